import { useMemo, useState } from 'react';
import type { Design } from '../../../shared/model/design';
import { defaultPlanOptions, generatePlan, legacyPoolsToPlan } from '../../../shared/plan/generatePlan';
import { formatCount } from '../../../shared/wording/numbers';
import { runCommand, useDocument } from '../state/documentStore';
import { notify } from '../state/uiStore';
import { DialogProblem, ModalDialog } from '../ui/ModalDialog';
import { closePlanDialog, usePlanDialog } from './planDialogState';

/** "Plan the migration…": the form opens on the design as it is when asked, and proposes the plan's defaults. */
export function PlanMigrationDialog() {
  const open = usePlanDialog((s) => s.open);
  const design = useDocument((s) => s.design);
  if (!open || !design) return null;
  return <PlanMigrationForm design={design} />;
}

function PlanMigrationForm({ design }: { design: Design }) {
  const pools = useMemo(() => legacyPoolsToPlan(design), [design]);
  const defaults = useMemo(() => defaultPlanOptions(design), [design]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(defaults.legacyPoolIds));
  const [targets, setTargets] = useState<Record<string, string>>(() => ({ ...defaults.targetFqdns }));
  const [pilot, setPilot] = useState(String(defaults.pilotUsers));
  const [problem, setProblem] = useState<string>();
  const appends = (design.migration?.steps.length ?? 0) > 0;

  const submit = () => {
    const legacyPoolIds = pools.filter((pool) => chosen.has(pool.id)).map((pool) => pool.id);
    const before = design.migration?.steps.length ?? 0;
    let planned = 0;
    const outcome = runCommand((current) => {
      const next = generatePlan(current, { legacyPoolIds, targetFqdns: targets, pilotUsers: Number(pilot) });
      planned = (next.migration?.steps.length ?? 0) - before;
      return next;
    });
    if (outcome.refused) {
      setProblem(outcome.refused);
      return;
    }
    const names = pools.filter((pool) => chosen.has(pool.id)).map((pool) => pool.fqdn);
    notify(`Planned ${formatCount(planned)} steps for ${names.join(', ')}`);
    closePlanDialog();
  };

  return (
    <ModalDialog
      title="Plan the migration"
      onClose={closePlanDialog}
      onKey={(event) => {
        if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) submit();
      }}
      className="plan-dialog"
      testId="plan-dialog"
    >
      <p className="modal-detail">
        {pools.length === 0
          ? 'Every Lync Server 2010 pool of the design is already in the plan, or gone by its last step.'
          : `A plan per pool following the migration guide: phase 3 a 2013 pilot pool beside it, phase 4 a pilot group, phase 5 a 2013 Edge without federation, phase 6 the cut-over and the remaining users, phase 7 the hosted objects, phase 8 the CMS, the SIP SRV record and decommissioning.${appends ? ' The steps follow those the plan already has.' : ''}`}
      </p>
      {pools.length > 0 ? (
        <table className="plan-pools">
          <thead>
            <tr>
              <th scope="col">Lync 2010 pool</th>
              <th scope="col">2013 pool</th>
            </tr>
          </thead>
          <tbody>
            {pools.map((pool) => (
              <tr key={pool.id}>
                <td>
                  <label className="plan-pool">
                    <input
                      type="checkbox"
                      checked={chosen.has(pool.id)}
                      aria-label={`Migrate ${pool.fqdn}`}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(pool.id);
                        else next.delete(pool.id);
                        setChosen(next);
                      }}
                    />
                    {pool.fqdn}
                  </label>
                </td>
                <td>
                  <input
                    className="field-input"
                    aria-label={`2013 pool for ${pool.fqdn}`}
                    value={targets[pool.id] ?? ''}
                    disabled={!chosen.has(pool.id)}
                    spellCheck={false}
                    onChange={(event) => setTargets({ ...targets, [pool.id]: event.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <label className="modal-input">
        <span>Pilot group size (test users moved first to each pilot pool)</span>
        <input
          className="field-input plan-pilot"
          inputMode="numeric"
          value={pilot}
          aria-label="Pilot group size"
          onChange={(event) => setPilot(event.target.value)}
        />
      </label>
      <DialogProblem problem={problem} />
      <div className="modal-buttons">
        <button type="button" className="button" onClick={closePlanDialog}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={submit}
          disabled={pools.length === 0 || chosen.size === 0}
        >
          Plan
        </button>
      </div>
    </ModalDialog>
  );
}
