import { useState } from 'react';
import { moveCmsTo } from '../../../shared/commands/moveCmsTo';
import { hostedKinds } from '../../../shared/model/hosts';
import type { Pool } from '../../../shared/model/pool';
import { applyCommand, useDocument } from '../state/documentStore';
import { MoveHostedDialog } from './MoveHostedDialog';

/**
 * A pool's migration moves (issue 13, "Editing records into the plan"): "Move CMS here" on a Front End pool and
 * "Move hosted objects to…" on a pool that homes contact objects. Both are the pure state commands through
 * applyCommand, so with a step selected they are recorded as `moveCms` and `moveHosted`; each says why when it
 * cannot apply, in the state on screen.
 */
export function PoolPlanActions({ pool }: { pool: Pool }) {
  const [moving, setMoving] = useState(false);
  // The state on screen: the Front End pools the objects can go to there.
  const pools = useDocument((s) => s.view?.design.pools);
  const frontEnds = (pools ?? []).filter((p) => p.role === 'frontEnd');
  const targets = frontEnds.filter((p) => p.id !== pool.id);
  const hosts = hostedKinds.some((kind) => (pool.hosts?.[kind] ?? 0) > 0);
  if (pool.role !== 'frontEnd' && !hosts) return null;
  const cmsReason = pool.role !== 'frontEnd' ? undefined : cmsRefusal(pool, frontEnds);
  const hostedReason = !hosts
    ? 'This pool hosts no conference directories, dial-in numbers, response groups, Call Park orbits or devices.'
    : targets.length === 0
      ? 'No other Front End pool in this state to move them to.'
      : undefined;
  return (
    <div className="inspector-actions inspector-plan-actions">
      {pool.role === 'frontEnd' ? (
        <>
          <button
            type="button"
            className="button"
            disabled={cmsReason !== undefined}
            title={cmsReason}
            onClick={() => applyCommand((design) => moveCmsTo(design, { poolId: pool.id }))}
          >
            Move CMS here
          </button>
          {cmsReason ? (
            <p className="field-hint" data-testid="move-cms-reason">
              {cmsReason}
            </p>
          ) : null}
        </>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={hostedReason !== undefined}
        title={hostedReason}
        onClick={() => setMoving(true)}
      >
        Move hosted objects to…
      </button>
      {hostedReason ? (
        <p className="field-hint" data-testid="move-hosted-reason">
          {hostedReason}
        </p>
      ) : null}
      {moving ? <MoveHostedDialog from={pool} targets={targets} onClose={() => setMoving(false)} /> : null}
    </div>
  );
}

/** Why the store cannot move here: it is here already, alone (moveCmsTo would change nothing). */
function cmsRefusal(pool: Pool, frontEnds: readonly Pool[]): string | undefined {
  const here = pool.role === 'frontEnd' && pool.hostsCms === true;
  const elsewhere = frontEnds.some((p) => p.id !== pool.id && p.role === 'frontEnd' && p.hostsCms === true);
  return here && !elsewhere ? 'This pool holds the Central Management store already.' : undefined;
}
