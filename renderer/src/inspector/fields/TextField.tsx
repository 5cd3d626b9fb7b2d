import { useId } from 'react';
import type { z } from 'zod';
import { FieldShell } from './FieldShell';
import { useDraft } from './useDraft';

/** A text value checked against a field schema (an FQDN, a name) before it is committed. */
export function TextField({
  label,
  value,
  schema,
  onCommit,
  hint,
  multiline,
}: {
  label: string;
  value: string;
  schema: z.ZodType<string>;
  onCommit: (value: string) => string | undefined;
  hint?: string;
  multiline?: boolean;
}) {
  const id = useId();
  const draft = useDraft(
    value,
    (v) => v,
    (text) => {
      const parsed = schema.safeParse(text);
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, message: parsed.error.issues[0]?.message ?? 'Not valid here' };
    },
    onCommit,
  );
  const props = {
    id,
    value: draft.text,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': draft.error ? `${id}-error` : undefined,
    ...draft.inputProps,
  };
  return (
    <FieldShell id={id} label={label} error={draft.error} hint={hint}>
      {multiline ? (
        <textarea className="field-input" rows={3} {...props} onChange={(e) => draft.change(e.target.value)} />
      ) : (
        <input
          className="field-input"
          type="text"
          spellCheck={false}
          {...props}
          onChange={(e) => draft.change(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
