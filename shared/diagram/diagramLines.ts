import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import { summarize } from '../validation/findingSummary';
import type { ValidationResult } from '../validation/fullValidation';
import { associationRouter } from './associationRoutes';
import type { AssociationLine, DiagramBox, DiagramLine, LinkLine } from './diagram';
import { type ChangeMark, marked, type StepGhosts } from './stepGhosts';

/**
 * The lines of the diagram between the boxes already placed: WAN links between sites, associations between pools
 * (or the collapsed site a pool stands in, `shownAs`). A step's removed links and associations come after the live
 * ones, as ghosts, between live or ghost boxes.
 */
export function diagramLines(
  design: Design,
  { index, figures, findingsBySubject }: ValidationResult,
  boxes: readonly DiagramBox[],
  shownAs: ReadonlyMap<string, string>,
  ghosts: StepGhosts | undefined,
  markOf: (id: string) => ChangeMark | undefined,
): DiagramLine[] {
  // Every site is drawn, and a pool is drawn or stands in its collapsed site: only an end that is neither (a
  // dangling reference, or a ghost site) needs the list of every box.
  let everyBox: Set<string> | undefined;
  const drawn = (id: string) => {
    everyBox ??= new Set(boxes.map((box) => box.id));
    return everyBox.has(id);
  };
  const lines: DiagramLine[] = [];
  const drawLink = (link: Link, ghost: boolean) => {
    if (!(index.sites.has(link.siteA) || drawn(link.siteA)) || !(index.sites.has(link.siteB) || drawn(link.siteB)))
      return;
    const line: LinkLine = {
      kind: 'link',
      id: link.id,
      source: link.siteA,
      target: link.siteB,
      figures: ghost ? undefined : figures.links.get(link.id),
      findings: ghost ? undefined : summarize(findingsBySubject.get(link.id)),
    };
    lines.push(marked(line, ghost ? 'removed' : markOf(link.id)));
  };
  for (const link of design.links) drawLink(link, false);
  if (ghosts) for (const link of ghosts.links) drawLink(link, true);

  const joined = new Set<string>();
  // Made when the first association needs it: a design without any pays nothing for routing.
  let route: ReturnType<typeof associationRouter> | undefined;
  const drawAssociation = (association: Association, ghost: boolean) => {
    const from = shownAs.get(association.from);
    const to = shownAs.get(association.to);
    const source = from ?? association.from;
    const target = to ?? association.to;
    if ((from === undefined && !drawn(source)) || (to === undefined && !drawn(target))) return;
    if (source !== association.from || target !== association.to) {
      // Into or out of a collapsed site: one line per pair of ends is enough; inside one collapsed site, none.
      const key = `${source}>${target}:${association.kind}`;
      if (source === target || joined.has(key)) return;
      joined.add(key);
    }
    route ??= associationRouter(boxes);
    const drawnRoute = route(source, target, association.kind);
    if (!drawnRoute) return;
    const line: AssociationLine = {
      kind: 'association',
      id: association.id,
      source,
      target,
      associationKind: association.kind,
      route: drawnRoute,
    };
    lines.push(marked(line, ghost ? 'removed' : markOf(association.id)));
  };
  for (const association of design.associations) drawAssociation(association, false);
  if (ghosts) for (const association of ghosts.associations) drawAssociation(association, true);
  return lines;
}
