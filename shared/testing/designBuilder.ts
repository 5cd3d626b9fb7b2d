import { createDesign } from '../commands/createDesign';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { FrontEndEdition, Pool, PoolRole } from '../model/pool';
import type { Settings, Traffic } from '../model/settings';
import type { SiteKind } from '../model/site';

/**
 * Builds valid designs in a few lines, for tests and benchmarks. Ids are sequential and readable
 * (`s-1`, `p-2`, `v-3`), so a failing test names the entity it means.
 */
export class DesignBuilder {
  private next = 0;
  readonly design: Design;

  constructor(name = 'Test design', settings?: Settings) {
    // A builder's design has no layout, like a file written by another tool: the canvas places everything.
    const { layout: _none, ...empty } = createDesign({
      id: '00000000-0000-4000-8000-000000000001',
      name,
      now: '2026-01-01T00:00:00.000Z',
    });
    this.design = settings ? { ...empty, settings } : empty;
  }

  private id(prefix: string): string {
    this.next += 1;
    return `${prefix}-${this.next}`;
  }

  site(name: string, kind: SiteKind = 'central', centralSiteId?: string): string {
    const id = this.id('s');
    this.design.sites.push({ id, name, kind, ...(centralSiteId ? { centralSiteId } : {}) });
    return id;
  }

  /** A pool of `servers` servers; Front End pools default to Enterprise Edition. */
  pool(
    siteId: string,
    role: PoolRole,
    options: { servers?: number; edition?: FrontEndEdition; fqdn?: string; extra?: Partial<Pool> } = {},
  ): string {
    const id = this.id('p');
    const fqdn = options.fqdn ?? `${role.toLowerCase()}${this.next}.contoso.com`;
    const roleFields =
      role === 'frontEnd'
        ? { edition: options.edition ?? 'enterprise' }
        : role === 'backEnd'
          ? { ha: 'none' as const }
          : {};
    this.design.pools.push({ id, siteId, role, fqdn, ...roleFields, ...options.extra } as Pool);
    this.servers(id, options.servers ?? (role === 'frontEnd' ? 1 : 0));
    return id;
  }

  frontEnd(siteId: string, servers: number, edition: FrontEndEdition = 'enterprise'): string {
    return this.pool(siteId, 'frontEnd', { servers, edition });
  }

  /**
   * A Front End pool as Topology Builder would accept it: a mirrored Back End and a file store in its site, and
   * the Central Management store on the first such pool. For tests about capacity that must not trip on topology.
   */
  wellFormedFrontEnd(siteId: string, servers: number, edition: FrontEndEdition = 'enterprise'): string {
    const pool = this.pool(siteId, 'frontEnd', { servers, edition });
    const entity = this.design.pools.find((p) => p.id === pool)!;
    if (entity.role === 'frontEnd' && !this.design.pools.some((p) => p.role === 'frontEnd' && p.hostsCms))
      entity.hostsCms = true;
    if (edition === 'enterprise')
      this.associate(
        'backEnd',
        pool,
        this.pool(siteId, 'backEnd', { servers: 2, extra: { ha: 'mirroring' } as Partial<Pool> }),
      );
    this.associate('fileStore', pool, this.pool(siteId, 'fileStore', { servers: 1 }));
    return pool;
  }

  /** Marks a pool as Lync Server 2010 (a legacy pool of a migration) and gives its id back. */
  legacy(poolId: string): string {
    const pool = this.design.pools.find((p) => p.id === poolId)!;
    pool.version = 2010;
    return poolId;
  }

  servers(poolId: string, count: number, options: { running?: boolean } = {}): string[] {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = this.id('v');
      this.design.servers.push({
        id,
        poolId,
        fqdn: `srv${this.next}.contoso.com`,
        ...(options.running === false ? { running: false } : {}),
      });
      ids.push(id);
    }
    return ids;
  }

  users(siteId: string, homePoolId: string, count: number, traffic?: Traffic): string {
    const id = this.id('g');
    this.design.userGroups.push({ id, siteId, homePoolId, count, ...(traffic ? { traffic } : {}) });
    return id;
  }

  link(siteA: string, siteB: string, capacityKbps: number, extra: Partial<Link> = {}): string {
    const id = this.id('l');
    this.design.links.push({ id, siteA, siteB, capacityKbps, ...extra });
    return id;
  }

  associate(kind: Design['associations'][number]['kind'], from: string, to: string): string {
    const id = this.id('a');
    this.design.associations.push({ id, kind, from, to });
    return id;
  }
}

/** Traffic with every kind at 0, so a test switches on exactly the media it means. */
export const NO_TRAFFIC: Required<Traffic> = {
  p2pAudioPercent: 0,
  p2pVideoPercent: 0,
  conferencePercent: 0,
  conferenceVideoPercent: 0,
  pstnPercent: 0,
};
