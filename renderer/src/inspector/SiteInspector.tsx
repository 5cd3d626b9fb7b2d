import { useState } from 'react';
import { addLink } from '../../../shared/commands/addLink';
import type { Design } from '../../../shared/model/design';
import { nameField } from '../../../shared/model/fields';
import type { Site } from '../../../shared/model/site';
import { formatCount } from '../../../shared/wording/numbers';
import { NEW_LINK_KBPS } from '../canvas/defaults';
import { applyCommand, setSelection } from '../state/documentStore';
import { newId } from '../state/ids';
import { editEntity } from './edit';
import { Figure, Section } from './Figure';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

export function SiteInspector({ site, design }: { site: Site; design: Design }) {
  const centrals = design.sites.filter((s) => s.kind === 'central' && s.id !== site.id);
  const others = design.sites.filter(
    (s) =>
      s.id !== site.id &&
      !design.links.some((l) => (l.siteA === site.id && l.siteB === s.id) || (l.siteB === site.id && l.siteA === s.id)),
  );
  const [linkTarget, setLinkTarget] = useState('');
  const users = design.userGroups.filter((g) => g.siteId === site.id).reduce((sum, g) => sum + g.count, 0);
  const pools = design.pools.filter((p) => p.siteId === site.id);
  return (
    <>
      <Section title="Site">
        <TextField
          label="Name"
          value={site.name}
          schema={nameField}
          onCommit={(name) => editEntity('sites', site.id, { name })}
        />
        <SelectField
          label="Kind"
          value={site.kind}
          options={[
            { value: 'central', label: 'Central site' },
            { value: 'branch', label: 'Branch site' },
          ]}
          onCommit={(kind) =>
            editEntity('sites', site.id, kind === 'branch' ? { kind, centralSiteId: centrals[0]?.id } : { kind })
          }
        />
        {site.kind === 'branch' ? (
          <SelectField
            label="Central site"
            value={site.centralSiteId ?? ''}
            options={[{ value: '', label: '(none)' }, ...centrals.map((c) => ({ value: c.id, label: c.name }))]}
            onCommit={(centralSiteId) => editEntity('sites', site.id, { centralSiteId: centralSiteId || undefined })}
          />
        ) : null}
      </Section>
      <Section title="At this site">
        <Figure label="Users">{formatCount(users)}</Figure>
        <Figure label="Pools">{pools.length}</Figure>
        <Figure label="Servers">{design.servers.filter((v) => pools.some((p) => p.id === v.poolId)).length}</Figure>
      </Section>
      {others.length > 0 ? (
        <Section title="WAN link">
          <div className="inline-action">
            <select
              aria-label="Link to site"
              className="field-input"
              value={linkTarget}
              onChange={(e) => setLinkTarget(e.target.value)}
            >
              <option value="">Choose a site…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={!linkTarget}
              onClick={() => {
                const id = newId('l');
                if (
                  applyCommand((d) =>
                    addLink(d, { id, siteA: site.id, siteB: linkTarget, capacityKbps: NEW_LINK_KBPS }),
                  )
                ) {
                  setLinkTarget('');
                  setSelection([id]);
                }
              }}
            >
              Add link
            </button>
          </div>
        </Section>
      ) : null}
    </>
  );
}
