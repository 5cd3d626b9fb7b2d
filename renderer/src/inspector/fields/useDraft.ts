import { useEffect, useState } from 'react';

export type Parse<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

/**
 * A field's text as typed, kept apart from the document: every valid value is committed at once, an invalid
 * one stays in the field with its reason and never reaches the design.
 */
export function useDraft<T>(
  value: T,
  format: (value: T) => string,
  parse: Parse<T>,
  commit: (value: T) => string | undefined,
) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | undefined>();
  // The document changed under the field (undo, another panel): show its value unless the user is mid-error.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value re-syncs the text; `format` is a fresh closure each render and `error` is read, not watched.
  useEffect(() => {
    if (error === undefined) setText(format(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!parsed.ok) return setError(parsed.message);
    const refused = Object.is(parsed.value, value) ? undefined : commit(parsed.value);
    setError(refused);
  };
  const reset = () => {
    setText(format(value));
    setError(undefined);
  };
  return { text, error, change, reset };
}
