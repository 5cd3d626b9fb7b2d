import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { asTyping, redo, undo } from '../../state/documentStore';
import { historyStepOfInput, historyStepOfKey } from '../../ui/historyKeys';

export type Parse<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

/**
 * A field's text as typed, kept apart from the document: every valid value is committed at once, an invalid
 * one stays in the field with its reason and never reaches the design. What is typed while the field keeps the
 * focus is one undo step. The field has no text undo of its own: Ctrl+Z, and the browser's Undo from a menu,
 * step through the design's one history, except that typing the design does not hold yet is taken back first.
 */
export function useDraft<T>(
  value: T,
  format: (value: T) => string,
  parse: Parse<T>,
  commit: (value: T) => string | undefined,
) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | undefined>();
  const fieldId = useId();
  const focusCount = useRef(0);
  // The document changed under the field (undo, another panel): show its value unless the user is mid-error.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value re-syncs the text; `format` is a fresh closure each render and `error` is read, not watched.
  useEffect(() => {
    if (error === undefined) setText(format(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!parsed.ok) return setError(parsed.message);
    const session = `${fieldId}#${focusCount.current}`;
    const refused = Object.is(parsed.value, value) ? undefined : asTyping(session, () => commit(parsed.value));
    setError(refused);
  };
  const reset = () => {
    setText(format(value));
    setError(undefined);
  };
  /** Typing the design does not hold: a refused value, shown with its reason. */
  const uncommitted = error !== undefined;
  const latest = useRef({ uncommitted, reset });
  latest.current = { uncommitted, reset };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return reset();
    const step = historyStepOfKey(event);
    if (!step || !uncommitted) return; // the app's shortcuts take it: the design's undo or redo
    reset();
    if (step === 'redo') return;
    event.preventDefault();
    event.stopPropagation();
  };
  // The browser's own history would put back earlier text and commit it as a new value: the design's steps instead.
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      const step = historyStepOfInput(event);
      if (!step) return;
      event.preventDefault();
      event.stopPropagation();
      const { uncommitted: pending, reset: takeBack } = latest.current;
      if (pending) takeBack();
      if (!pending || step === 'redo') void (step === 'undo' ? undo() : redo());
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, []);

  return {
    text,
    error,
    change,
    reset,
    /** The input element's focus, keys and history handling. */
    inputProps: {
      ref,
      onKeyDown,
      onFocus: () => {
        focusCount.current += 1;
      },
      onBlur: () => {
        if (uncommitted) reset();
      },
    },
  };
}
