import { useId } from 'react';

export function CheckboxField({
  label,
  checked,
  onCommit,
  hint,
}: {
  label: string;
  checked: boolean;
  onCommit: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? <div className="field-hint">{hint}</div> : null}
    </div>
  );
}
