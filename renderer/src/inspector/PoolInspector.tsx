import { FRONT_END } from '../../../shared/catalog/frontEnd';
import { addServer } from '../../../shared/commands/addServer';
import { makeRoom } from '../../../shared/commands/makeRoom';
import { fqdnField } from '../../../shared/model/fields';
import type { Pool } from '../../../shared/model/pool';
import { formatCount } from '../../../shared/wording/numbers';
import { applyCommand, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { styleOfPool } from '../ui/roleStyle';
import { editEntity } from './edit';
import { Figure, Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

export function PoolInspector({ pool }: { pool: Pool }) {
  const figures = useDocument((s) => s.validation?.figures.pools.get(pool.id));
  const edit = (patch: Record<string, unknown>) => editEntity('pools', pool.id, patch);
  return (
    <>
      <Section title={styleOfPool(pool).label}>
        <TextField label="Pool FQDN" value={pool.fqdn} schema={fqdnField} onCommit={(fqdn) => edit({ fqdn })} />
        <SelectField
          label="Version"
          value={String(pool.version ?? 2013) as '2013' | '2010'}
          options={[
            { value: '2013', label: 'Lync Server 2013' },
            { value: '2010', label: 'Lync Server 2010 (legacy)' },
          ]}
          onCommit={(v) => edit({ version: v === '2010' ? 2010 : undefined })}
        />
        {pool.role === 'frontEnd' ? (
          <>
            <SelectField
              label="Edition"
              value={pool.edition}
              options={[
                { value: 'enterprise', label: 'Enterprise Edition pool' },
                { value: 'standard', label: 'Standard Edition server' },
              ]}
              onCommit={(edition) => edit({ edition })}
            />
            <CheckboxField
              label="Hosts the Central Management store"
              checked={pool.hostsCms === true}
              onCommit={(hostsCms) => edit({ hostsCms: hostsCms || undefined })}
            />
            <CheckboxField
              label="Mediation collocated"
              checked={pool.mediationCollocated !== false}
              onCommit={(on) => edit({ mediationCollocated: on ? undefined : false })}
            />
          </>
        ) : null}
        {pool.role === 'backEnd' ? (
          <SelectField
            label="High availability"
            value={pool.ha}
            options={[
              { value: 'none', label: 'None (single server)' },
              { value: 'mirroring', label: 'Synchronous SQL mirroring' },
              { value: 'clustering', label: 'SQL failover clustering' },
              { value: 'asyncMirroring', label: 'Asynchronous mirroring (unsupported)' },
            ]}
            onCommit={(ha) => edit({ ha })}
          />
        ) : null}
        {pool.role === 'edge' ? (
          <CheckboxField
            label="Federation enabled"
            checked={pool.federation === true}
            onCommit={(federation) => edit({ federation: federation || undefined })}
          />
        ) : null}
        {pool.role === 'pstnGateway' ? (
          <CheckboxField
            label="Media bypass"
            checked={pool.mediaBypass === true}
            onCommit={(mediaBypass) => edit({ mediaBypass: mediaBypass || undefined })}
            hint="PSTN media of this site's users stays off the WAN."
          />
        ) : null}
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
          <Figure label={`Servers needed at ${formatCount(FRONT_END.usersPerServer.value)} users each`}>
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
    </>
  );
}
