import { MEDIA_PAGE_AUDIO } from '../../../shared/catalog/codecs';
import { DEFAULT_BANDWIDTH_SETTINGS, DEFAULT_TRAFFIC } from '../../../shared/catalog/traffic';
import { updateMeta } from '../../../shared/commands/updateMeta';
import { updateSettings } from '../../../shared/commands/updateSettings';
import type { Design } from '../../../shared/model/design';
import {
  nameField,
  notesField,
  optionalDomainField,
  optionalNameField,
  percentField,
} from '../../../shared/model/fields';
import { type AudioCodec, audioCodecs, type ResolvedTraffic, videoResolutions } from '../../../shared/model/settings';
import { runCommand } from '../state/documentStore';
import { Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { StartPlanSection } from './StartPlanSection';

const codecOptions = audioCodecs.map((codec: AudioCodec) => ({ value: codec, label: MEDIA_PAGE_AUDIO[codec].label }));
const trafficFields: ReadonlyArray<{ key: keyof ResolvedTraffic; label: string }> = [
  { key: 'conferencePercent', label: 'In conferences at once' },
  { key: 'conferenceVideoPercent', label: '…with video' },
  { key: 'p2pAudioPercent', label: 'Peer-to-peer calls to other sites' },
  { key: 'p2pVideoPercent', label: '…with video' },
  { key: 'pstnPercent', label: 'PSTN calls at once' },
];

/** With nothing selected: the design's name and its planning assumptions, each with its documented default. */
export function DesignInspector({ design }: { design: Design }) {
  const meta = (patch: Parameters<typeof updateMeta>[1]) => runCommand((d) => updateMeta(d, patch)).refused;
  const bandwidth = { ...DEFAULT_BANDWIDTH_SETTINGS, ...design.settings?.bandwidth };
  const setBandwidth = (patch: Record<string, unknown>) =>
    runCommand((d) => updateSettings(d, { bandwidth: patch })).refused;
  return (
    <>
      <Section title="Design">
        <TextField
          label="Design name"
          value={design.meta.name}
          schema={nameField}
          onCommit={(name) => meta({ name })}
        />
        <TextField
          label="Author"
          value={design.meta.author ?? ''}
          schema={optionalNameField}
          onCommit={(author) => meta({ author })}
        />
        <TextField
          label="Notes"
          value={design.meta.notes ?? ''}
          schema={notesField}
          multiline
          onCommit={(notes) => meta({ notes })}
        />
        <TextField
          label="Default SIP domain"
          value={design.settings?.defaultSipDomain ?? ''}
          schema={optionalDomainField}
          hint="New pools and servers are named in it (fe01.<domain>). Empty: the domain the design's FQDNs use, or contoso.com."
          onCommit={(defaultSipDomain) => runCommand((d) => updateSettings(d, { defaultSipDomain })).refused}
        />
      </Section>
      <StartPlanSection />
      <Section title="Bandwidth model">
        <SelectField
          label="Method"
          value={bandwidth.method}
          options={[
            { value: 'codec', label: 'Codec tables (per-stream planning values)' },
            { value: 'simple', label: 'Flat 65 kbps audio / 500 kbps video' },
          ]}
          onCommit={(method) => setBandwidth({ method })}
        />
        {bandwidth.method === 'codec' ? (
          <>
            <SelectField
              label="Codec table"
              value={bandwidth.codecTable}
              options={[
                { value: 'media', label: 'Media traffic page (5 kbps RTCP)' },
                { value: 'cac', label: 'CAC page, conservative (10 kbps RTCP)' },
              ]}
              onCommit={(codecTable) => setBandwidth({ codecTable })}
            />
            <CheckboxField
              label="Plan for FEC (links with loss)"
              checked={bandwidth.fec}
              onCommit={(fec) => setBandwidth({ fec })}
            />
            <SelectField
              label="Peer-to-peer codec"
              value={bandwidth.p2pAudioCodec}
              options={codecOptions}
              onCommit={(p2pAudioCodec) => setBandwidth({ p2pAudioCodec })}
            />
            <SelectField
              label="Conference codec"
              value={bandwidth.conferenceAudioCodec}
              options={codecOptions}
              onCommit={(conferenceAudioCodec) => setBandwidth({ conferenceAudioCodec })}
            />
            <SelectField
              label="PSTN codec"
              value={bandwidth.pstnAudioCodec}
              options={codecOptions}
              onCommit={(pstnAudioCodec) => setBandwidth({ pstnAudioCodec })}
            />
            <SelectField
              label="Video resolution"
              value={bandwidth.videoResolution}
              options={videoResolutions.map((r) => ({ value: r, label: r }))}
              onCommit={(videoResolution) => setBandwidth({ videoResolution })}
            />
          </>
        ) : null}
        <NumberField
          label="Real-time share of each link"
          value={design.settings?.bandwidth?.rtcSharePercent}
          schema={percentField}
          optional
          unit="%"
          hint={`Empty: ${DEFAULT_BANDWIDTH_SETTINGS.rtcSharePercent}%.`}
          onCommit={(rtcSharePercent) => setBandwidth({ rtcSharePercent })}
        />
      </Section>
      <Section title="Busy-hour traffic (% of each group's people)">
        {trafficFields.map(({ key, label }) => (
          <NumberField
            key={key}
            label={label}
            value={design.settings?.traffic?.[key]}
            schema={percentField}
            optional
            unit="%"
            hint={`Empty: ${DEFAULT_TRAFFIC[key]}%.`}
            onCommit={(value) => runCommand((d) => updateSettings(d, { traffic: { [key]: value } })).refused}
          />
        ))}
      </Section>
    </>
  );
}
