import { deleteEntities, idsToDelete } from '../../../shared/commands/deleteEntities';
import type { Design } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { applyCommand, setSelection, shownDesign, useDocument } from '../state/documentStore';
import { ask, useUi } from '../state/uiStore';

/** "3 pools, 12 servers and 2 user groups": what a delete takes with it beyond what was selected. */
export function describeCascade(design: Design, selected: ReadonlySet<string>, gone: ReadonlySet<string>): string {
  const extra = (list: ReadonlyArray<{ id: string }>, one: string, many: string) => {
    const n = list.filter((entity) => gone.has(entity.id) && !selected.has(entity.id)).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  const parts = [
    ...extra(design.pools, 'pool', 'pools'),
    ...extra(design.servers, 'server', 'servers'),
    ...extra(design.userGroups, 'user group', 'user groups'),
    ...extra(design.links, 'WAN link', 'WAN links'),
    ...extra(design.associations, 'association', 'associations'),
  ];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Deletes the selection. When that takes more with it (a site's pools, a pool's servers), the planner
 * confirms first, even though Ctrl+Z brings it all back: a site can hold more than the screen shows.
 */
export async function deleteSelection(): Promise<void> {
  const { selection } = useDocument.getState();
  const design = shownDesign();
  if (!design || selection.length === 0) return;
  const selected = new Set(selection);
  // At a step of a plan a pool is decommissioned, not erased: its users stay, homed on it, until they are moved.
  const atStep = (useUi.getState().selectedState ?? START_STATE) !== START_STATE;
  const options = { keepHomedGroups: atStep };
  const cascade = describeCascade(design, selected, idsToDelete(design, selection, options));
  if (cascade) {
    const choice = await ask({
      title: 'Delete',
      message: `Deleting ${selection.length === 1 ? 'this item' : `these ${selection.length} items`} also deletes ${cascade}. Ctrl+Z brings everything back.`,
      buttons: [
        { id: 'delete', label: 'Delete', kind: 'danger' },
        { id: 'cancel', label: 'Cancel' },
      ],
    });
    if (choice?.button !== 'delete') return;
  }
  if (applyCommand((current) => deleteEntities(current, { ids: selection, ...options }))) setSelection([]);
}
