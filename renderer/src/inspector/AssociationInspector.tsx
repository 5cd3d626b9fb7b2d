import { associationKindsFor, associationLabels } from '../../../shared/commands/associationKinds';
import type { Association } from '../../../shared/model/association';
import type { Design } from '../../../shared/model/design';
import { editEntity } from './edit';
import { Figure, Section } from './Figure';
import { SelectField } from './fields/SelectField';

export function AssociationInspector({ association, design }: { association: Association; design: Design }) {
  const from = design.pools.find((p) => p.id === association.from);
  const to = design.pools.find((p) => p.id === association.to);
  const kinds = from && to ? associationKindsFor(from.role, to.role) : [association.kind];
  return (
    <Section title="Association">
      <SelectField
        label="Kind"
        value={association.kind}
        options={kinds.map((kind) => ({ value: kind, label: associationLabels[kind] }))}
        onCommit={(kind) => editEntity('associations', association.id, { kind })}
      />
      <Figure label="From">{from?.fqdn}</Figure>
      <Figure label="To">{to?.fqdn}</Figure>
    </Section>
  );
}
