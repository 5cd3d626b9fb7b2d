import { SOURCES } from '../catalog/sources';
import { fqdnField } from '../model/fields';
import type { Finding, Rule } from './define/rule';

/** FQDNs use only A-Z, a-z, 0-9 and hyphens, as public DNS and certificates need (no underscore, no Unicode). */
/** What fqdnField accepts, as one expression: names that match need no further look (the common case, fast). */
const VALID_FQDN =
  /^(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export const tbFqdnCharset: Rule = {
  id: 'TB-FQDN-CHARSET',
  title: 'FQDNs use letters, digits and hyphens only',
  source: SOURCES.defineFrontEndPool,
  structural: true,
  check({ design }) {
    const findings: Finding[] = [];
    for (const entity of [...design.pools, ...design.servers]) {
      if (VALID_FQDN.test(entity.fqdn)) continue;
      const result = fqdnField.safeParse(entity.fqdn);
      if (result.success) continue;
      findings.push({
        rule: this.id,
        severity: 'error',
        subjects: [entity.id],
        message: `${entity.fqdn}: ${result.error.issues[0]?.message ?? 'not a valid FQDN'}.`,
        source: this.source,
      });
    }
    return findings;
  },
};
