import { useId } from 'react';
import type { z } from 'zod';
import { parseTypedNumber } from '../../../../shared/input/typedNumber';
import { FieldShell } from './FieldShell';
import { localeNumberConvention } from './localeNumbers';
import { useDraft } from './useDraft';

/**
 * A number as people type it (plain digits, or grouped in the user's locale or in en-US: "12.000" in de-DE and
 * "12,000" are both 12,000; see parseTypedNumber), checked against a field schema before it is committed.
 */
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
      if (text.trim() === '')
        return optional ? { ok: true, value: undefined } : { ok: false, message: 'Enter a number' };
      const typed = parseTypedNumber(text, localeNumberConvention());
      if (!typed.ok) return typed;
      const parsed = schema.safeParse(typed.value);
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
          {...draft.inputProps}
        />
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
    </FieldShell>
  );
}
