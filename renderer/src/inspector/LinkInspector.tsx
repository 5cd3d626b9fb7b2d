import type { Design } from '../../../shared/model/design';
import { capacityKbpsField, kbpsField, latencyMsField } from '../../../shared/model/fields';
import type { Link } from '../../../shared/model/link';
import { formatKbps } from '../../../shared/wording/numbers';
import { useDocument } from '../state/documentStore';
import { editEntity } from './edit';
import { Figure, Section } from './Figure';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';

/** The CAC defaults a new bandwidth policy starts from (175 / 700 kbps sessions, CAC example page). */
const NEW_CAC = { audioLimitKbps: 0, audioSessionLimitKbps: 175, videoLimitKbps: 0, videoSessionLimitKbps: 700 };

export function LinkInspector({ link, design }: { link: Link; design: Design }) {
  const figures = useDocument((s) => s.view?.validation.figures.links.get(link.id));
  const name = (id: string) => design.sites.find((s) => s.id === id)?.name ?? id;
  const edit = (patch: Record<string, unknown>) => editEntity('links', link.id, patch);
  const cac = link.cac;
  return (
    <>
      <Section title={`WAN link ${name(link.siteA)} – ${name(link.siteB)}`}>
        <NumberField
          label="Capacity (per direction)"
          value={link.capacityKbps}
          schema={capacityKbpsField}
          unit="kbps"
          onCommit={(capacityKbps) => edit({ capacityKbps })}
        />
        <NumberField
          label="Latency (one way)"
          value={link.latencyMs}
          schema={latencyMsField}
          optional
          unit="ms"
          onCommit={(latencyMs) => edit({ latencyMs })}
        />
      </Section>
      {figures ? (
        <Section title="Busy-hour media">
          <Figure label="Demand each way" testId="link-demand">
            {formatKbps(figures.demandKbps)}
          </Figure>
          <Figure label="Utilization">{figures.utilizationPercent}%</Figure>
          <Figure label="Real-time share">{formatKbps(figures.rtcAllowanceKbps)}</Figure>
          <Figure label="Streams each way">
            {figures.audioStreams} audio, {figures.videoStreams} video
          </Figure>
          {figures.audioSessionsAdmitted !== undefined ? (
            <Figure label="CAC admits">
              {figures.audioSessionsAdmitted} audio, {figures.videoSessionsAdmitted} video sessions
            </Figure>
          ) : null}
        </Section>
      ) : null}
      <Section title="Call admission control">
        <CheckboxField
          label="Bandwidth policy on this link"
          checked={cac !== undefined}
          onCommit={(on) => edit({ cac: on ? NEW_CAC : undefined })}
        />
        {cac ? (
          <>
            <NumberField
              label="Audio limit"
              value={cac.audioLimitKbps}
              schema={kbpsField}
              unit="kbps"
              onCommit={(v) => edit({ cac: { ...cac, audioLimitKbps: v } })}
            />
            <NumberField
              label="Audio session limit"
              value={cac.audioSessionLimitKbps}
              schema={kbpsField}
              unit="kbps"
              onCommit={(v) => edit({ cac: { ...cac, audioSessionLimitKbps: v } })}
            />
            <NumberField
              label="Video limit"
              value={cac.videoLimitKbps}
              schema={kbpsField}
              unit="kbps"
              onCommit={(v) => edit({ cac: { ...cac, videoLimitKbps: v } })}
            />
            <NumberField
              label="Video session limit"
              value={cac.videoSessionLimitKbps}
              schema={kbpsField}
              unit="kbps"
              onCommit={(v) => edit({ cac: { ...cac, videoSessionLimitKbps: v } })}
            />
          </>
        ) : null}
      </Section>
    </>
  );
}
