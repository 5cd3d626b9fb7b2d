import { Fragment, type ReactNode } from 'react';
import { fqdnField, positiveCountField, ramGBField } from '../../../shared/model/fields';
import type { Hardware, Server } from '../../../shared/model/server';
import { editEntity } from './edit';
import { SERVER_FIELD, SERVER_FIELDS, type ServerFieldName } from './editableFields';
import { Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Edit = (patch: Record<string, unknown>) => string | undefined;

/** The server's hardware with one value changed; an emptied value leaves the record, an empty record the server. */
function withHardware(server: Server, change: Partial<Record<keyof Hardware, number | boolean | undefined>>) {
  const merged = Object.fromEntries(
    Object.entries({ ...server.hardware, ...change }).filter(([, value]) => value !== undefined),
  );
  return { hardware: Object.keys(merged).length > 0 ? merged : undefined };
}

function control(name: ServerFieldName, server: Server, edit: Edit): ReactNode {
  const { label } = SERVER_FIELD[name];
  const hardware = server.hardware ?? {};
  switch (name) {
    case 'fqdn':
      return <TextField label={label} value={server.fqdn} schema={fqdnField} onCommit={(fqdn) => edit({ fqdn })} />;
    case 'running':
      return (
        <CheckboxField
          label={label}
          checked={server.running !== false}
          onCommit={(running) => edit({ running: running ? undefined : false })}
          hint="Clear to ask: what if this server is down?"
        />
      );
    case 'standby':
      return (
        <CheckboxField
          label={label}
          checked={server.standby === true}
          onCommit={(standby) => edit({ standby: standby || undefined })}
        />
      );
    case 'cores':
    case 'nics':
      return (
        <NumberField
          label={label}
          value={hardware[name]}
          schema={positiveCountField}
          optional
          hint={name === 'nics' ? 'An Edge Server has 2; other Lync servers are not multi-homed.' : undefined}
          onCommit={(value) => edit(withHardware(server, { [name]: value }))}
        />
      );
    case 'ramGB':
      return (
        <NumberField
          label={label}
          value={hardware.ramGB}
          schema={ramGBField}
          optional
          unit="GB"
          onCommit={(ramGB) => edit(withHardware(server, { ramGB }))}
        />
      );
    case 'hyperThreading':
      // On unless cleared: the capacity figures assume it (capacity-planning page), Mediation sizing too.
      return (
        <CheckboxField
          label={label}
          checked={hardware.hyperThreading !== false}
          onCommit={(on) => edit(withHardware(server, { hyperThreading: on ? undefined : false }))}
        />
      );
    case 'virtual':
      return (
        <CheckboxField
          label={label}
          checked={hardware.virtual === true}
          onCommit={(on) => edit(withHardware(server, { virtual: on || undefined }))}
        />
      );
  }
}

export function ServerInspector({ server }: { server: Server }) {
  const edit: Edit = (patch) => editEntity('servers', server.id, patch);
  return (
    <Section title="Server">
      {SERVER_FIELDS.map((name) => (
        <Fragment key={name}>{control(name, server, edit)}</Fragment>
      ))}
    </Section>
  );
}
