import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { Step } from '../model/migration';
import { LEGACY_ASSOCIATIONS, LEGACY_POOLS, LINKS, SITES, USER_GROUPS } from './fabrikamEstate';
import { FABRIKAM_STEPS } from './fabrikamPlan';
import { TARGET_ASSOCIATIONS, TARGET_POOLS } from './fabrikamTarget';
import { sampleLayout } from './sampleLayout';
import { DOMAIN, type PoolPiece } from './samplePieces';

/** A fixed identity and date, so that the generator writes the committed sample byte for byte. */
const CREATED = '2026-01-01T00:00:00.000Z';

/**
 * Fabrikam's Lync Server 2010 estate (`fabrikamEstate.ts`), what the migration deploys in 2013
 * (`fabrikamTarget.ts`) and a plan: pure and deterministic, the source of `samples/*.lyncplan`. The file holds every
 * entity once, as it is when it first exists (migration.md, "The states"); the plan decides when each exists.
 */
export function fabrikamDesign(options: {
  id: string;
  name: string;
  notes: string;
  pools: readonly PoolPiece[];
  associations: readonly Association[];
  steps: Step[];
}): Design {
  const pieces = options.pools;
  const design: Design = {
    format: 'lyncplan',
    formatVersion: 2,
    meta: { id: options.id, name: options.name, notes: options.notes, createdAt: CREATED, modifiedAt: CREATED },
    settings: { defaultSipDomain: DOMAIN },
    sites: SITES.map((site) => ({ ...site })),
    pools: pieces.map((piece) => ({ ...piece.pool })),
    servers: pieces.flatMap((piece) => piece.servers.map((server) => ({ ...server }))),
    userGroups: USER_GROUPS.map((group) => ({ ...group })),
    links: LINKS.map((link) => ({ ...link })),
    associations: options.associations.map((a) => ({ ...a })),
    migration: { steps: options.steps },
  };
  return { ...design, layout: { nodes: sampleLayout(design) } };
}

/** The complete plan through phase 8: no error finding in any state (samples/README.md). */
export function fabrikamMigration(): Design {
  return fabrikamDesign({
    id: 'fab12010-0000-4000-8000-000000000001',
    name: 'Fabrikam: Lync Server 2010 to 2013 migration',
    notes:
      'Two central sites (Dallas, Seattle) and the Oslo branch migrated side by side from Lync Server 2010 to 2013, following the migration guide’s phases per legacy pool. A sample of lyncplan: see samples/README.md.',
    pools: [...LEGACY_POOLS, ...TARGET_POOLS],
    associations: [...LEGACY_ASSOCIATIONS, ...TARGET_ASSOCIATIONS],
    steps: JSON.parse(JSON.stringify(FABRIKAM_STEPS)) as Step[],
  });
}
