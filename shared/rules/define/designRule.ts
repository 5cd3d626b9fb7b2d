import type { Finding, Rule, RuleContext, TopologyReads } from './rule';

/** What a design-wide rule says, subjects included; the rule adds its id and its source (unless the verdict names its own). */
export type DesignVerdict = Omit<Finding, 'rule' | 'source'> & { source?: string };

export interface DesignRuleSpec {
  id: string;
  title: string;
  source: string;
  /** The rule reads only the topology, so an edit to user groups cannot change its findings (Rule.structural). */
  structural?: boolean;
  /** What of the topology a structural rule reads, when less than all of it (Rule.reads). */
  reads?: TopologyReads;
  check: (context: RuleContext) => DesignVerdict[];
}

/**
 * A rule about the design as a whole (the sites, the names, the pairs, the computers): `check` judges it all at
 * once and says whom each verdict is about. The finding is built here, rule first and source last, in the order
 * the report's JSON prints it; a check that finds nothing hands back its own empty list.
 */
export function defineDesignRule(spec: DesignRuleSpec): Rule {
  const { id, source } = spec;
  return {
    id,
    title: spec.title,
    source,
    ...(spec.structural ? { structural: true } : {}),
    ...(spec.structural && spec.reads ? { reads: spec.reads } : {}),
    check(context) {
      const said = spec.check(context);
      return said.length === 0
        ? (said as Finding[])
        : said.map(({ source: own, ...verdict }) => ({ rule: id, ...verdict, source: own ?? source }));
    },
  };
}
