import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { addAssociation } from '../../../shared/commands/addAssociation';
import { associationKindsFor } from '../../../shared/commands/associationKinds';
import { deleteEntities } from '../../../shared/commands/deleteEntities';
import { type AssociationKind, associationKinds } from '../../../shared/model/association';
import { type PoolRole, poolRoles } from '../../../shared/model/pool';
import { rules } from '../../../shared/rules/define/registry';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { paletteItemByKey } from '../palette/paletteItems';
import { AssociationInspector } from './AssociationInspector';
import {
  DESIGN_FIELDS,
  type EditableField,
  LINK_FIELDS,
  POOL_FIELDS,
  SERVER_FIELDS,
  SITE_FIELDS,
  USER_GROUP_FIELDS,
} from './editableFields';
import { RULE_FIXES, type RuleFix } from './ruleFixes';

const keys = (fields: ReadonlyArray<EditableField>) => fields.map((field) => field.key as string);

/**
 * Draws an association of `kind` as the canvas does (a connection from one pool to the other, stored with the most
 * common kind), then sets its kind in the association inspector; true when the inspector offers that kind.
 */
function canDraw(kind: AssociationKind): boolean {
  for (const from of poolRoles)
    for (const to of poolRoles) {
      if (!associationKindsFor(from, to).includes(kind)) continue;
      const b = new DesignBuilder();
      const site = b.site('Dallas');
      const [a, c] = [b.pool(site, from), b.pool(site, to)];
      const design = addAssociation(b.design, { id: 'drawn', from: a, to: c });
      const association = design.associations.find((x) => x.id === 'drawn')!;
      const html = renderToStaticMarkup(<AssociationInspector association={association} design={design} />);
      if (html.includes(`value="${kind}"`)) return true;
    }
  return false;
}

/** Selects an entity of the kind and deletes it, as Delete does on the canvas. */
function canDelete(entity: 'pool' | 'association'): boolean {
  const b = new DesignBuilder();
  const site = b.site('Dallas');
  const pool = b.wellFormedFrontEnd(site, 3);
  const id = entity === 'pool' ? pool : b.design.associations[0]!.id;
  const after = deleteEntities(b.design, { ids: [id] });
  return ![...after.pools, ...after.associations].some((x) => x.id === id);
}

/** Why a fix cannot be carried out in the app, or undefined when it can. */
function problemWith(fix: RuleFix): string | undefined {
  const missing = (where: string, key: string) => `${where} has no field ${key}`;
  switch (fix.kind) {
    case 'pool': {
      const without = fix.roles.filter((role: PoolRole) => !POOL_FIELDS[role].includes(fix.field));
      return without.length > 0 ? missing(`the pool inspector of ${without.join(', ')}`, fix.field) : undefined;
    }
    case 'server':
      return SERVER_FIELDS.includes(fix.field) ? undefined : missing('the server inspector', fix.field);
    case 'site':
      return keys(SITE_FIELDS).includes(fix.field) ? undefined : missing('the site inspector', fix.field);
    case 'link':
      return keys(LINK_FIELDS).includes(fix.field) ? undefined : missing('the link inspector', fix.field);
    case 'userGroup':
      return keys(USER_GROUP_FIELDS).includes(fix.field) ? undefined : missing('the user group inspector', fix.field);
    case 'design':
      return keys(DESIGN_FIELDS).includes(fix.field) ? undefined : missing('the design inspector', fix.field);
    case 'association':
      return canDraw(fix.association) ? undefined : `a ${fix.association} association cannot be drawn`;
    case 'palette':
      return paletteItemByKey.has(fix.item) ? undefined : `the palette has no ${fix.item}`;
    case 'delete':
      return canDelete(fix.entity) ? undefined : `a ${fix.entity} cannot be deleted`;
  }
}

describe('every finding can be fixed in the app', () => {
  it('every registered rule has a fix, and every fix belongs to a registered rule', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.filter((id) => !(RULE_FIXES[id]?.length ?? 0))).toEqual([]);
    expect(Object.keys(RULE_FIXES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(rules.map((rule) => rule.id))('%s: each of its fixes is there to use', (id) => {
    expect((RULE_FIXES[id] ?? []).flatMap((fix) => problemWith(fix) ?? [])).toEqual([]);
  });

  it('catches a fix the app does not have', () => {
    expect(problemWith({ kind: 'pool', roles: ['director'], field: 'loadBalancingInternal' })).toBe(
      'the pool inspector of director has no field loadBalancingInternal',
    );
    expect(problemWith({ kind: 'palette', item: 'pool:witness' })).toBe('the palette has no pool:witness');
    expect(problemWith({ kind: 'site', field: 'latencyMs' as never })).toBe(
      'the site inspector has no field latencyMs',
    );
  });

  it('every association kind of the format can be drawn', () => {
    expect(associationKinds.filter((kind) => !canDraw(kind))).toEqual([]);
  });
});
