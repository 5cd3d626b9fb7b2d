import { associationKindsFor, associationLabels } from '../../../shared/commands/associationKinds';
import type { Association } from '../../../shared/model/association';
import type { Design } from '../../../shared/model/design';
import { editEntity } from './edit';
import { Figure, Section } from './Figure';
import { SelectField } from './fields/SelectField';

/** An association's kind and target; both edits go through editEntity, so at a step the target is a `set`. */
export function AssociationInspector({ association, design }: { association: Association; design: Design }) {
  const from = design.pools.find((p) => p.id === association.from);
  const to = design.pools.find((p) => p.id === association.to);
  const kinds = from && to ? associationKindsFor(from.role, to.role) : [association.kind];
  // The pools of the state on screen it may point to instead: a step's cut-over (next hop, media) is a new target.
  const targets = from
    ? design.pools.filter((pool) => associationKindsFor(from.role, pool.role).includes(association.kind))
    : to
      ? [to]
      : [];
  return (
    <Section title="Association">
      <SelectField
        label="Kind"
        value={association.kind}
        options={kinds.map((kind) => ({ value: kind, label: associationLabels[kind] }))}
        onCommit={(kind) => editEntity('associations', association.id, { kind })}
      />
      <Figure label="From">{from?.fqdn}</Figure>
      <SelectField
        label="To"
        value={association.to}
        options={targets.map((pool) => ({ value: pool.id, label: pool.fqdn }))}
        onCommit={(target) => editEntity('associations', association.id, { to: target })}
      />
    </Section>
  );
}
