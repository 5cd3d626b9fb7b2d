import type { Design } from '../../../shared/model/design';

/** What a person calls an entity: a pool or server by its FQDN, a site by its name, a link by its two sites. */
export function subjectName(design: Design, id: string | undefined): string {
  if (id === undefined) return '(design)';
  const site = design.sites.find((s) => s.id === id);
  if (site) return site.name;
  const named = [...design.pools, ...design.servers].find((entity) => entity.id === id);
  if (named) return named.fqdn;
  const link = design.links.find((l) => l.id === id);
  if (link) return `${subjectName(design, link.siteA)} – ${subjectName(design, link.siteB)}`;
  const group = design.userGroups.find((g) => g.id === id);
  if (group) return group.name ?? `${group.count} users at ${subjectName(design, group.siteId)}`;
  return id;
}
