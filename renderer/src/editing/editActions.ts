import {
  copyFragment,
  type Fragment,
  fragmentIds,
  fragmentIsEmpty,
  fragmentRoots,
} from '../../../shared/commands/fragment';
import { pasteFragment } from '../../../shared/commands/pasteFragment';
import { placeInFreeSpace } from '../../../shared/commands/placeInFreeSpace';
import { placeNodes } from '../../../shared/commands/placeNodes';
import type { Design } from '../../../shared/model/design';
import { type Arrangement, layoutDesign, layoutSite } from '../autoLayout/autoLayout';
import { applyCommand, setSelection, shownDesign, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { notify } from '../state/uiStore';

/** Each paste of the same copy lands a step further down and right, so copies never hide one another. */
const PASTE_STEP = 32;

/** The in-app clipboard: a fragment of a design, which may be pasted into this design or another one. */
let clipboard: { fragment: Fragment; pastes: number } | null = null;

export function copySelection(): boolean {
  const { selection } = useDocument.getState();
  const design = shownDesign();
  if (!design || selection.length === 0) return false;
  const fragment = copyFragment(design, selection);
  if (fragmentIsEmpty(fragment)) return false;
  clipboard = { fragment, pastes: 0 };
  return true;
}

/** Pastes the clipboard's copy and selects it; pools and groups from another design go into the selected site. */
export function paste(): boolean {
  if (!clipboard) return false;
  clipboard.pastes += 1;
  return pasteCopy(clipboard.fragment, clipboard.pastes);
}

/** Ctrl+D: a copy of the selection beside it, without touching the clipboard. */
export function duplicateSelection(): boolean {
  const { selection } = useDocument.getState();
  const design = shownDesign();
  if (!design || selection.length === 0) return false;
  const fragment = copyFragment(design, selection);
  return !fragmentIsEmpty(fragment) && pasteCopy(fragment, 1);
}

function pasteCopy(fragment: Fragment, step: number): boolean {
  const { selection } = useDocument.getState();
  const design = shownDesign();
  if (!design) return false;
  const idMap = Object.fromEntries(fragmentIds(fragment).map(({ id, prefix }) => [id, newId(prefix)]));
  const targetSiteId = siteOf(design, selection[0]);
  const offset = { x: PASTE_STEP * step, y: PASTE_STEP * step };
  const roots = fragmentRoots(fragment).map((id) => idMap[id]!);
  // The copy goes to the free place nearest the original (plus the step), never on top of it or anything else.
  const pasted = applyCommand((current) =>
    placeInFreeSpace(pasteFragment(current, { fragment, idMap, offset, ...(targetSiteId ? { targetSiteId } : {}) }), {
      ids: roots,
    }),
  );
  if (pasted) setSelection(roots);
  return pasted;
}

/** The site an entity is in (itself, for a site). */
function siteOf(design: Design, id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (design.sites.some((site) => site.id === id)) return id;
  const pool =
    design.pools.find((candidate) => candidate.id === id) ??
    design.pools.find((candidate) => candidate.id === design.servers.find((server) => server.id === id)?.poolId);
  return pool?.siteId ?? design.userGroups.find((group) => group.id === id)?.siteId;
}

/** Ctrl+A: every site, pool, server, user group and WAN link. */
export function selectAll(): void {
  const design = shownDesign();
  if (!design) return;
  setSelection(
    [...design.sites, ...design.pools, ...design.servers, ...design.userGroups, ...design.links].map(
      (entity) => entity.id,
    ),
  );
}

/** Lays out the whole design (one undo step). */
export function layOutDesign(arrangement: Arrangement): boolean {
  const design = shownDesign();
  if (!design || design.sites.length === 0) return false;
  const changed = applyCommand((current) => placeNodes(current, { places: layoutDesign(current, arrangement) }));
  if (changed)
    notify(
      `Laid out ${design.sites.length} ${design.sites.length === 1 ? 'site' : 'sites'} ${arrangement === 'leftToRight' ? 'left to right' : 'as hubs and spokes'}. Ctrl+Z undoes it.`,
      'success',
    );
  return changed;
}

/** Lays out the inside of the selected site (or the site of the selected item), keeping the site where it is. */
export function layOutSelectedSite(positionOf: (id: string) => { x: number; y: number } | undefined): boolean {
  const { selection } = useDocument.getState();
  const design = shownDesign();
  const siteId = design ? siteOf(design, selection[0]) : undefined;
  const position = siteId ? positionOf(siteId) : undefined;
  if (!siteId || !position) {
    notify('Select a site (or something in it) to lay it out.', 'error');
    return false;
  }
  return applyCommand((current) => placeNodes(current, { places: layoutSite(current, siteId, position) }));
}
