import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Pool } from '../../../shared/model/pool';
import { poolRoles } from '../../../shared/model/pool';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { AssociationInspector } from './AssociationInspector';
import { DesignInspector } from './DesignInspector';
import {
  ASSOCIATION_FIELDS,
  DESIGN_FIELDS,
  type EditableField,
  LINK_FIELDS,
  POOL_FIELD,
  POOL_FIELDS,
  SERVER_FIELD,
  SERVER_FIELDS,
  SITE_FIELDS,
  shownPoolFields,
  USER_GROUP_FIELDS,
} from './editableFields';
import { LinkInspector } from './LinkInspector';
import { PoolInspector } from './PoolInspector';
import { ServerInspector } from './ServerInspector';
import { SiteInspector } from './SiteInspector';
import { UserGroupInspector } from './UserGroupInspector';

const unescapeHtml = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The names of the controls an inspector renders, in order: its field labels, and the aria-label of an unlabelled control. */
function controlsOf(html: string): string[] {
  return [...html.matchAll(/<label[^>]*>([^<]*)<\/label>|aria-label="([^"]*)"/g)].map((m) =>
    unescapeHtml(m[1] ?? m[2]!),
  );
}

const labels = (fields: ReadonlyArray<EditableField>) => fields.map((field) => field.label);

/** A design for the inspectors that read it: Dallas (central, a pool) and Austin, a branch, not linked. */
function openDesign() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const austin = b.site('Austin', 'branch', dallas);
  const frontEnd = b.frontEnd(dallas, 2);
  const sql = b.pool(dallas, 'backEnd', { servers: 1 });
  const association = b.associate('backEnd', frontEnd, sql);
  const group = b.users(austin, frontEnd, 100);
  const link = b.link(dallas, b.site('Houston', 'branch', dallas), 1_000, {
    cac: { audioLimitKbps: 0, audioSessionLimitKbps: 175, videoLimitKbps: 0, videoSessionLimitKbps: 700 },
  });
  return { b, design: b.design, dallas, austin, frontEnd, association, group, link };
}

describe('every inspector shows exactly the fields editableFields.ts lists, in its order', () => {
  it.each(poolRoles)('the pool inspector of a %s pool', (role) => {
    const b = new DesignBuilder();
    const id = b.pool(b.site('Dallas'), role, { servers: 1 });
    const pool = b.design.pools.find((p) => p.id === id)!;
    // In the state that shows every field (a large-meeting pool shows how many at once).
    const full = (pool.role === 'frontEnd' ? { ...pool, largeMeetings: true } : pool) as Pool;
    expect(controlsOf(renderToStaticMarkup(<PoolInspector pool={full} />))).toEqual(
      POOL_FIELDS[role].map((name) => POOL_FIELD[name].label),
    );
  });

  it('hides how many large meetings at once on a pool that is not dedicated to them', () => {
    const b = new DesignBuilder();
    const id = b.frontEnd(b.site('Dallas'), 3);
    const pool = b.design.pools.find((p) => p.id === id)!;
    expect(shownPoolFields(pool)).not.toContain('concurrentLargeMeetings');
    expect(controlsOf(renderToStaticMarkup(<PoolInspector pool={pool} />))).toEqual(
      shownPoolFields(pool).map((name) => POOL_FIELD[name].label),
    );
  });

  it('the server inspector', () => {
    const { design } = openDesign();
    expect(controlsOf(renderToStaticMarkup(<ServerInspector server={design.servers[0]!} />))).toEqual(
      SERVER_FIELDS.map((name) => SERVER_FIELD[name].label),
    );
  });

  it('the site inspector of a branch with a site it is not linked to', () => {
    const { design, austin } = openDesign();
    const site = design.sites.find((s) => s.id === austin)!;
    expect(controlsOf(renderToStaticMarkup(<SiteInspector site={site} design={design} />))).toEqual(
      labels(SITE_FIELDS),
    );
  });

  it('the link inspector of a link with a bandwidth policy', () => {
    const { design, link } = openDesign();
    const entity = design.links.find((l) => l.id === link)!;
    expect(controlsOf(renderToStaticMarkup(<LinkInspector link={entity} design={design} />))).toEqual(
      labels(LINK_FIELDS),
    );
  });

  it('the user group, association and design inspectors', () => {
    const { design, group, association } = openDesign();
    expect(
      controlsOf(
        renderToStaticMarkup(
          <UserGroupInspector group={design.userGroups.find((g) => g.id === group)!} design={design} />,
        ),
      ),
    ).toEqual(labels(USER_GROUP_FIELDS));
    expect(
      controlsOf(
        renderToStaticMarkup(
          <AssociationInspector association={design.associations.find((a) => a.id === association)!} design={design} />,
        ),
      ),
    ).toEqual(labels(ASSOCIATION_FIELDS));
    expect(controlsOf(renderToStaticMarkup(<DesignInspector design={design} />))).toEqual(labels(DESIGN_FIELDS));
  });
});
