import { SOURCES } from '../catalog/sources';
import { fqdnField } from '../model/fields';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/** What fqdnField accepts, as one expression: names that match need no further look (the common case, fast). */
const VALID_FQDN =
  /^(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** FQDNs use only A-Z, a-z, 0-9 and hyphens, as public DNS and certificates need (no underscore, no Unicode). */
export const tbFqdnCharset = defineDesignRule({
  id: 'TB-FQDN-CHARSET',
  title: 'FQDNs use letters, digits and hyphens only',
  source: SOURCES.defineFrontEndPool,
  structural: true,
  // Names alone (the subjects are ids): a step that adds, removes or renames no pool or server keeps the findings.
  reads: { pools: ['fqdn'], servers: ['fqdn'] },
  check({ design }) {
    return [...verdictsOf(design.pools), ...verdictsOf(design.servers)];
  },
});

type Named = { id: string; fqdn: string };

/**
 * What the rule says of a list of pools or servers, and of one of them, kept per list and per object: the states of
 * a migration plan share the lists a step does not touch and the entities it does not change, so a plan of many
 * states on a large design checks each name once.
 */
const byList = new WeakMap<readonly Named[], DesignVerdict[]>();
const byEntity = new WeakMap<Named, DesignVerdict | null>();

function verdictsOf(entities: readonly Named[]): DesignVerdict[] {
  let verdicts = byList.get(entities);
  if (verdicts) return verdicts;
  verdicts = [];
  for (const entity of entities) {
    let verdict = byEntity.get(entity);
    if (verdict === undefined) {
      verdict = verdictOf(entity);
      byEntity.set(entity, verdict);
    }
    if (verdict) verdicts.push(verdict);
  }
  byList.set(entities, verdicts);
  return verdicts;
}

function verdictOf(entity: Named): DesignVerdict | null {
  if (VALID_FQDN.test(entity.fqdn)) return null;
  const result = fqdnField.safeParse(entity.fqdn);
  if (result.success) return null;
  return {
    severity: 'error',
    subjects: [entity.id],
    message: `${entity.fqdn}: ${result.error.issues[0]?.message ?? 'not a valid FQDN'}.`,
  };
}
