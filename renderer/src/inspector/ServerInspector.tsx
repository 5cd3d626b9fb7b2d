import { fqdnField } from '../../../shared/model/fields';
import type { Server } from '../../../shared/model/server';
import { editEntity } from './edit';
import { Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { TextField } from './fields/TextField';

export function ServerInspector({ server }: { server: Server }) {
  const edit = (patch: Record<string, unknown>) => editEntity('servers', server.id, patch);
  return (
    <Section title="Server">
      <TextField label="Server FQDN" value={server.fqdn} schema={fqdnField} onCommit={(fqdn) => edit({ fqdn })} />
      <CheckboxField
        label="Running"
        checked={server.running !== false}
        onCommit={(running) => edit({ running: running ? undefined : false })}
        hint="Clear to ask: what if this server is down?"
      />
      <CheckboxField
        label="Standby (Persistent Chat)"
        checked={server.standby === true}
        onCommit={(standby) => edit({ standby: standby || undefined })}
      />
    </Section>
  );
}
