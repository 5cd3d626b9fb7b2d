import type { DesignIndex } from '../../analysis/designIndex';
import type { LinkFigures } from '../../analysis/linkDemand';
import type { PoolFigures } from '../../analysis/poolLoad';
import type { SiteFigures } from '../../analysis/siteLoad';
import type { Association } from '../../model/association';
import type { Design } from '../../model/design';
import type { Link } from '../../model/link';
import type { Pool } from '../../model/pool';
import type { Server } from '../../model/server';
import type { ResolvedBandwidthSettings } from '../../model/settings';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** One thing the validator says about a design (cli.md's JSON shape). */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Ids of the entities the finding is about; the first is the one to select. */
  subjects: string[];
  message: string;
  /** Present whenever the rule compares a number with a limit. */
  value?: number;
  limit?: number;
  source: string;
}

export interface Figures {
  pools: Map<string, PoolFigures>;
  links: Map<string, LinkFigures>;
  sites: Map<string, SiteFigures>;
}

/** What every rule reads: the design, its lookups and the derived figures, computed once per validation. */
export interface RuleContext {
  design: Design;
  index: DesignIndex;
  figures: Figures;
  /** Exact per-direction link demand in tenths of a kbps. */
  demandTenths: Map<string, number>;
  /** The design's bandwidth settings with the documented defaults filled in. */
  bandwidth: ResolvedBandwidthSettings;
  /** Concurrent non-bypass PSTN calls per Mediation (analysis/pstnCalls). */
  pstnCalls: Map<string, number>;
  /**
   * The design is one state of a migration plan (migration.md): a few rules judge a state in the middle of a
   * migration more mildly than a finished topology (two federating Edge pools are expected during the cut-over).
   */
  inPlan: boolean;
}

/** A documented limit as a small object: a stable id, where it comes from, and a pure check. */
export interface Rule {
  id: string;
  title: string;
  source: string;
  check(context: RuleContext): Finding[];
  /**
   * Rules about one pool, one link or one site at a time say so, so that after an edit the validator re-runs
   * them for just the subjects the edit touched. `evaluate` gives the findings about one subject.
   */
  scope?: { kind: 'pool' | 'link' | 'site'; evaluate(subjectId: string, context: RuleContext): Finding[] };
  /**
   * The rule reads only the topology (sites, pools, servers, links, associations), never user groups or the
   * figures derived from them, so an edit to user groups cannot change its findings.
   */
  structural?: boolean;
  /**
   * For a structural rule, everything it reads of the topology, when less than all of it: the collections it reads
   * and, of each, the fields beyond the id (its messages' included). A step or an edit that adds, removes, reorders
   * or changes in a listed field no entity of a listed collection cannot change what the rule says, so the
   * incremental validator keeps its findings (a state after "move the CMS" needs no new FQDN check).
   */
  reads?: TopologyReads;
}

/** The fields of the topology's entities a rule reads, by collection; an absent collection is not read at all. */
export interface TopologyReads {
  pools?: readonly PoolField[];
  servers?: readonly (keyof Server)[];
  associations?: readonly (keyof Association)[];
  links?: readonly (keyof Link)[];
}

/** Any field of any pool shape (the roles' shapes differ). */
export type PoolField = Pool extends infer P ? (P extends unknown ? keyof P : never) : never;

/** What `describePool` and `roleName` read of a pool: every message that names a pool reads these. */
export const POOL_NAME_FIELDS = ['role', 'edition', 'fqdn'] as const satisfies readonly PoolField[];
