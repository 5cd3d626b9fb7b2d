import { nextFreeFqdn } from '../../commands/nextFreeName';
import type { Design } from '../../model/design';

/**
 * The names a generated plan gives its 2013 servers. The pilot pool's FQDN "cannot match the name of the currently
 * deployed Lync Server 2010 pool, or any other servers" (deploy-lync-server-2013-pilot-pool.md, MIG-SIDE-BY-SIDE-ONLY),
 * so every proposed name is checked against every FQDN the file holds, in every state (the file is their union), and
 * against the names the plan has already handed out.
 */
export class NameBook {
  private readonly taken: Set<string>;

  constructor(design: Design) {
    this.taken = new Set([...design.pools, ...design.servers].map((entity) => entity.fqdn.toLowerCase()));
  }

  has(fqdn: string): boolean {
    return this.taken.has(fqdn.toLowerCase());
  }

  /** `wanted` when it is free, else the next free number after it (`pool2013` -> `pool2014`, `sql` -> `sql2`). */
  claim(wanted: string): string {
    const fqdn = this.has(wanted) ? nextFreeFqdn(wanted, this.taken) : wanted;
    this.taken.add(fqdn.toLowerCase());
    return fqdn;
  }

  /** Reserves a name the user chose (the form's target name), so that no generated name takes it. */
  reserve(fqdn: string): void {
    this.taken.add(fqdn.toLowerCase());
  }
}

/**
 * The 2013 counterpart of a 2010 name: `2010` in its host name becomes `2013` (`pool2010-dal` -> `pool2013-dal`), and a
 * host name without it gets `-2013` (`sql-dal` -> `sql-dal-2013`); the domain stays.
 */
export function counterpartName(legacyFqdn: string): string {
  const dot = legacyFqdn.indexOf('.');
  const host = dot < 0 ? legacyFqdn : legacyFqdn.slice(0, dot);
  const domain = dot < 0 ? '' : legacyFqdn.slice(dot);
  const renamed = host.includes('2010') ? host.replaceAll('2010', '2013') : `${host}-2013`;
  return `${renamed}${domain}`;
}

/** A server of a new pool: `<pool host>-01.<domain>`, as the samples name them (samplePieces.poolPiece). */
export function serverName(poolFqdn: string, index: number): string {
  const dot = poolFqdn.indexOf('.');
  const host = dot < 0 ? poolFqdn : poolFqdn.slice(0, dot);
  const domain = dot < 0 ? '' : poolFqdn.slice(dot);
  return `${host}-${String(index + 1).padStart(2, '0')}${domain}`;
}

/** An id for a new entity from its FQDN's host name, in idSchema's characters. */
export const idFrom = (fqdn: string): string =>
  (fqdn.split('.')[0] ?? fqdn).replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'pool';
