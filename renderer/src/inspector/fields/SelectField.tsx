import { useId } from 'react';
import { FieldShell } from './FieldShell';

export function SelectField<T extends string>({
  label,
  value,
  options,
  onCommit,
  hint,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onCommit: (value: T) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint}>
      <select id={id} className="field-input" value={value} onChange={(e) => onCommit(e.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
