import { Fragment, type ReactNode } from 'react';
import { BY_VERSION, figureFor } from '../../../shared/catalog/byVersion';
import { PERSISTENT_CHAT } from '../../../shared/catalog/persistentChat';
import { addServer } from '../../../shared/commands/addServer';
import { makeRoom } from '../../../shared/commands/makeRoom';
import { concurrentCountField, fqdnField, positiveCountField } from '../../../shared/model/fields';
import type { Pool, PoolOfRole } from '../../../shared/model/pool';
import { formatCount } from '../../../shared/wording/numbers';
import { applyCommand, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { styleOfPool } from '../ui/roleStyle';
import { editEntity } from './edit';
import { POOL_FIELD, type PoolFieldName, shownPoolFields } from './editableFields';
import { Figure, Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { PoolPlanActions } from './PoolPlanActions';

type Edit = (patch: Record<string, unknown>) => string | undefined;
type Lb = 'dns' | 'hardware';

const lbOptions: ReadonlyArray<{ value: '' | Lb; label: string }> = [
  { value: '', label: 'Not set' },
  { value: 'dns', label: 'DNS load balancing' },
  { value: 'hardware', label: 'Hardware load balancer' },
];

/**
 * One interface's load balancing. The format keeps both interfaces together, and they must match (TOPO-EDGE-LB-SAME),
 * so choosing one while neither is set sets both; "Not set" clears both.
 */
function setLoadBalancing(pool: PoolOfRole<'edge'>, side: 'internal' | 'external', value: '' | Lb) {
  if (value === '') return { loadBalancing: undefined };
  return {
    loadBalancing: pool.loadBalancing ? { ...pool.loadBalancing, [side]: value } : { internal: value, external: value },
  };
}

/** Each field the pool inspector can show, given the pool and its label; `editableFields.ts` says which, in what order. */
function control(name: PoolFieldName, pool: Pool, edit: Edit): ReactNode {
  const { label } = POOL_FIELD[name];
  const frontEnd = pool.role === 'frontEnd' ? pool : undefined;
  switch (name) {
    case 'fqdn':
      return <TextField label={label} value={pool.fqdn} schema={fqdnField} onCommit={(fqdn) => edit({ fqdn })} />;
    case 'version':
      return (
        <SelectField
          label={label}
          value={String(pool.version ?? 2013) as '2013' | '2010'}
          options={[
            { value: '2013', label: 'Lync Server 2013' },
            { value: '2010', label: 'Lync Server 2010 (legacy)' },
          ]}
          onCommit={(v) => edit({ version: v === '2010' ? 2010 : undefined })}
        />
      );
    case 'edition':
      return frontEnd ? (
        <SelectField
          label={label}
          value={frontEnd.edition}
          options={[
            { value: 'enterprise', label: 'Enterprise Edition pool' },
            { value: 'standard', label: 'Standard Edition server' },
          ]}
          onCommit={(edition) => edit({ edition })}
        />
      ) : null;
    case 'hostsCms':
      return frontEnd ? (
        <CheckboxField
          label={label}
          checked={frontEnd.hostsCms === true}
          onCommit={(hostsCms) => edit({ hostsCms: hostsCms || undefined })}
        />
      ) : null;
    case 'mediationCollocated':
      return frontEnd ? (
        <CheckboxField
          label={label}
          checked={frontEnd.mediationCollocated !== false}
          onCommit={(on) => edit({ mediationCollocated: on ? undefined : false })}
        />
      ) : null;
    case 'callAdmissionControl':
      return frontEnd ? (
        <CheckboxField
          label={label}
          checked={frontEnd.callAdmissionControl === true}
          onCommit={(on) => edit({ callAdmissionControl: on || undefined })}
          hint="The pool that runs the Bandwidth Policy Service: one per central site whose links have policies."
        />
      ) : null;
    case 'largeMeetings':
      return frontEnd ? (
        <CheckboxField
          label={label}
          checked={frontEnd.largeMeetings === true}
          onCommit={(on) =>
            edit(on ? { largeMeetings: true } : { largeMeetings: undefined, concurrentLargeMeetings: undefined })
          }
        />
      ) : null;
    case 'maxMeetingSize':
      return frontEnd ? (
        <NumberField
          label={label}
          value={frontEnd.maxMeetingSize}
          schema={positiveCountField}
          optional
          unit="people"
          onCommit={(maxMeetingSize) => edit({ maxMeetingSize })}
        />
      ) : null;
    case 'concurrentLargeMeetings':
      return frontEnd ? (
        <NumberField
          label={label}
          value={frontEnd.concurrentLargeMeetings}
          schema={positiveCountField}
          optional
          hint="Empty: one."
          onCommit={(concurrentLargeMeetings) => edit({ concurrentLargeMeetings })}
        />
      ) : null;
    case 'ha':
      return pool.role === 'backEnd' ? (
        <SelectField
          label={label}
          value={pool.ha}
          options={[
            { value: 'none', label: 'None (single server)' },
            { value: 'mirroring', label: 'Synchronous SQL mirroring' },
            { value: 'clustering', label: 'SQL failover clustering' },
            { value: 'asyncMirroring', label: 'Asynchronous mirroring (unsupported)' },
          ]}
          onCommit={(ha) => edit({ ha })}
        />
      ) : null;
    case 'loadBalancingInternal':
    case 'loadBalancingExternal': {
      if (pool.role !== 'edge') return null;
      const side = name === 'loadBalancingInternal' ? 'internal' : 'external';
      return (
        <SelectField
          label={label}
          value={pool.loadBalancing?.[side] ?? ''}
          options={lbOptions}
          onCommit={(value) => edit(setLoadBalancing(pool, side, value))}
        />
      );
    }
    case 'federation':
      return pool.role === 'edge' ? (
        <CheckboxField
          label={label}
          checked={pool.federation === true}
          onCommit={(federation) => edit({ federation: federation || undefined })}
        />
      ) : null;
    case 'concurrentCalls':
      return pool.role === 'mediation' ? (
        <NumberField
          label={label}
          value={pool.concurrentCalls}
          schema={concurrentCountField}
          optional
          hint="Empty: the PSTN calls of the user groups it serves."
          onCommit={(concurrentCalls) => edit({ concurrentCalls })}
        />
      ) : null;
    case 'concurrentUsers':
      return pool.role === 'persistentChat' ? (
        <NumberField
          label={label}
          value={pool.concurrentUsers}
          schema={concurrentCountField}
          optional
          hint={`Empty: the user model's ${PERSISTENT_CHAT.userPercent.value}% of the site's users.`}
          onCommit={(concurrentUsers) => edit({ concurrentUsers })}
        />
      ) : null;
    case 'mediaBypass':
      return pool.role === 'pstnGateway' ? (
        <CheckboxField
          label={label}
          checked={pool.mediaBypass === true}
          onCommit={(mediaBypass) => edit({ mediaBypass: mediaBypass || undefined })}
          hint="PSTN media of this site's users stays off the WAN."
        />
      ) : null;
  }
}

export function PoolInspector({ pool }: { pool: Pool }) {
  const figures = useDocument((s) => s.view?.validation.figures.pools.get(pool.id));
  const edit: Edit = (patch) => editEntity('pools', pool.id, patch);
  return (
    <>
      <Section title={styleOfPool(pool).label}>
        {shownPoolFields(pool).map((name) => (
          <Fragment key={name}>{control(name, pool, edit)}</Fragment>
        ))}
      </Section>
      <Section title="Load">
        <Figure label="Users homed" testId="pool-users">
          {formatCount(figures?.users ?? 0)}
        </Figure>
        <Figure label="Servers" testId="pool-servers">
          {figures?.servers ?? 0}
          {figures && figures.runningServers !== figures.servers ? ` (${figures.runningServers} running)` : ''}
        </Figure>
        {figures?.requiredServers !== undefined ? (
          <Figure
            label={`Servers needed at ${formatCount(figureFor(pool, BY_VERSION.frontEndUsersPerServer)!.value)} users each`}
          >
            {figures.requiredServers}
          </Figure>
        ) : null}
        {figures?.capacityUsers !== undefined ? (
          <Figure label="Capacity">{formatCount(figures.capacityUsers)} users</Figure>
        ) : null}
      </Section>
      <div className="inspector-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            applyCommand((d) => makeRoom(addServer(d, { id: newId('v'), poolId: pool.id }), { around: [pool.id] }))
          }
        >
          Add server
        </button>
      </div>
      <PoolPlanActions pool={pool} />
    </>
  );
}
