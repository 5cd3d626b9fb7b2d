import { useId } from 'react';
import type { z } from 'zod';
import { FieldShell } from './FieldShell';
import { useDraft } from './useDraft';

/** A number typed in plain digits ("1,024" is read as 1024), checked against a field schema before it is committed. */
export function NumberField({
  label,
  value,
  schema,
  onCommit,
  unit,
  hint,
  optional,
}: {
  label: string;
  value: number | undefined;
  schema: z.ZodType<number>;
  onCommit: (value: number | undefined) => string | undefined;
  unit?: string;
  hint?: string;
  /** Empty means "not set" (the documented default applies). */
  optional?: boolean;
}) {
  const id = useId();
  const draft = useDraft<number | undefined>(
    value,
    (v) => (v === undefined ? '' : String(v)),
    (text) => {
      const trimmed = text.trim().replace(/,/g, '');
      if (trimmed === '') return optional ? { ok: true, value: undefined } : { ok: false, message: 'Enter a number' };
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return { ok: false, message: 'Enter a number, such as 1024' };
      const parsed = schema.safeParse(Number(trimmed));
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, message: parsed.error.issues[0]?.message ?? 'Not valid here' };
    },
    onCommit,
  );
  return (
    <FieldShell id={id} label={label} error={draft.error} hint={hint}>
      <div className="field-number">
        <input
          id={id}
          className="field-input"
          inputMode="decimal"
          value={draft.text}
          aria-invalid={draft.error ? true : undefined}
          aria-describedby={draft.error ? `${id}-error` : undefined}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={() => draft.error && draft.reset()}
          onKeyDown={(e) => e.key === 'Escape' && draft.reset()}
        />
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
    </FieldShell>
  );
}
