import type { Design } from '../../../shared/model/design';
import { optionalNameField, percentField, userCountField } from '../../../shared/model/fields';
import { homingRoles } from '../../../shared/model/pool';
import type { Traffic } from '../../../shared/model/settings';
import type { UserGroup } from '../../../shared/model/userGroup';
import { editEntity } from './edit';
import { Section } from './Figure';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

/** The busy-hour figures a group may set for itself, over the design's traffic model. */
const trafficOverrides: ReadonlyArray<{ key: keyof Traffic; label: string }> = [
  { key: 'conferencePercent', label: 'In conferences at once' },
  { key: 'p2pAudioPercent', label: 'Peer-to-peer calls to other sites' },
  { key: 'pstnPercent', label: 'PSTN calls at once' },
];

export function UserGroupInspector({ group, design }: { group: UserGroup; design: Design }) {
  const homes = design.pools.filter((pool) => homingRoles.includes(pool.role));
  const edit = (patch: Record<string, unknown>) => editEntity('userGroups', group.id, patch);
  return (
    <Section title="User group">
      <TextField
        label="Name"
        value={group.name ?? ''}
        schema={optionalNameField}
        onCommit={(name) => edit({ name: name || undefined })}
      />
      <NumberField
        label="Users"
        value={group.count}
        schema={userCountField}
        onCommit={(count) => edit({ count })}
        unit="people"
      />
      <SelectField
        label="Homed on"
        value={group.homePoolId}
        options={homes.map((pool) => ({ value: pool.id, label: pool.fqdn }))}
        onCommit={(homePoolId) => edit({ homePoolId })}
      />
      <NumberField
        label="Remote (through Edge)"
        value={group.remotePercent}
        schema={percentField}
        optional
        unit="%"
        hint="Empty: the user model's 30%."
        onCommit={(remotePercent) => edit({ remotePercent })}
      />
      {trafficOverrides.map(({ key, label }) => (
        <NumberField
          key={key}
          label={label}
          value={group.traffic?.[key]}
          schema={percentField}
          optional
          unit="%"
          hint="Empty: the design's traffic model."
          onCommit={(value) => edit({ traffic: withTraffic(group, { [key]: value }) })}
        />
      ))}
    </Section>
  );
}

function withTraffic(group: UserGroup, change: Record<string, number | undefined>) {
  const merged = Object.fromEntries(
    Object.entries({ ...group.traffic, ...change }).filter(([, value]) => value !== undefined),
  );
  return Object.keys(merged).length > 0 ? merged : undefined;
}
