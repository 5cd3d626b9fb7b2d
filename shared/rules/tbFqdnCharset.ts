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
  check({ design }) {
    const verdicts: DesignVerdict[] = [];
    for (const entity of [...design.pools, ...design.servers]) {
      if (VALID_FQDN.test(entity.fqdn)) continue;
      const result = fqdnField.safeParse(entity.fqdn);
      if (result.success) continue;
      verdicts.push({
        severity: 'error',
        subjects: [entity.id],
        message: `${entity.fqdn}: ${result.error.issues[0]?.message ?? 'not a valid FQDN'}.`,
      });
    }
    return verdicts;
  },
});
