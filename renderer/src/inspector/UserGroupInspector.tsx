import { optionalNameField, percentField, userCountField } from '../../../shared/model/fields';
import { homingRoles } from '../../../shared/model/pool';
import type { UserGroup } from '../../../shared/model/userGroup';
import { useDocument } from '../state/documentStore';
import { editEntity } from './edit';
import { Section } from './Figure';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

export function UserGroupInspector({ group }: { group: UserGroup }) {
  const design = useDocument((s) => s.design)!;
  const homes = design.pools.filter((pool) => homingRoles.includes(pool.role));
  const edit = (patch: Record<string, unknown>) => editEntity('userGroups', group.id, patch);
  return (
    <Section title="User group">
      <TextField label="Name" value={group.name ?? ''} schema={optionalNameField} onCommit={(name) => edit({ name: name || undefined })} />
      <NumberField label="Users" value={group.count} schema={userCountField} onCommit={(count) => edit({ count })} unit="people" />
      <SelectField label="Homed on" value={group.homePoolId} options={homes.map((pool) => ({ value: pool.id, label: pool.fqdn }))} onCommit={(homePoolId) => edit({ homePoolId })} />
      <NumberField label="Remote (through Edge)" value={group.remotePercent} schema={percentField} optional unit="%" hint="Empty: the user model's 30%." onCommit={(remotePercent) => edit({ remotePercent })} />
      <NumberField
        label="In conferences at once"
        value={group.traffic?.conferencePercent}
        schema={percentField}
        optional
        unit="%"
        hint="Empty: the design's traffic model."
        onCommit={(conferencePercent) => edit({ traffic: withTraffic(group, { conferencePercent }) })}
      />
      <NumberField
        label="Peer-to-peer calls to other sites"
        value={group.traffic?.p2pAudioPercent}
        schema={percentField}
        optional
        unit="%"
        onCommit={(p2pAudioPercent) => edit({ traffic: withTraffic(group, { p2pAudioPercent }) })}
      />
      <NumberField label="PSTN calls at once" value={group.traffic?.pstnPercent} schema={percentField} optional unit="%" onCommit={(pstnPercent) => edit({ traffic: withTraffic(group, { pstnPercent }) })} />
    </Section>
  );
}

function withTraffic(group: UserGroup, change: Record<string, number | undefined>) {
  const merged = Object.fromEntries(Object.entries({ ...group.traffic, ...change }).filter(([, value]) => value !== undefined));
  return Object.keys(merged).length > 0 ? merged : undefined;
}
