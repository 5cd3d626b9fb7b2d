import { useEffect, useRef, useState } from 'react';
import { useUi } from '../state/uiStore';
import { ModalBackdrop } from '../ui/ModalBackdrop';

/** The one modal dialog at a time, answered with a button, Enter (the primary button) or Escape (dismiss). */
export function DialogHost() {
  const dialog = useUi((s) => s.dialog);
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!dialog) return;
    setText(dialog.input?.value ?? '');
    requestAnimationFrame(() => (dialog.input ? inputRef.current?.select() : primaryRef.current?.focus()));
  }, [dialog]);
  if (!dialog) return null;
  const primary = dialog.buttons.find((b) => b.kind === 'primary') ?? dialog.buttons[0];
  return (
    <ModalBackdrop onDismiss={() => dialog.resolve(null)}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') dialog.resolve(null);
          if (e.key === 'Enter' && primary && !(e.target instanceof HTMLButtonElement))
            dialog.resolve({ button: primary.id, text });
        }}
      >
        <h2 id="dialog-title" className="modal-title">
          {dialog.title}
        </h2>
        <p className="modal-message" data-testid="dialog-message">
          {dialog.message}
        </p>
        {dialog.detail ? <p className="modal-detail">{dialog.detail}</p> : null}
        {dialog.list ? (
          <ul className="modal-list" data-testid="dialog-list">
            {dialog.list.map((line) => (
              <li key={line}>
                {dialog.input ? (
                  <button type="button" className="link-button" onClick={() => setText(line)}>
                    {line}
                  </button>
                ) : (
                  line
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {dialog.input ? (
          <label className="modal-input">
            <span>{dialog.input.label}</span>
            <input
              ref={inputRef}
              className="field-input"
              value={text}
              onChange={(e) => setText(e.target.value)}
              spellCheck={false}
            />
          </label>
        ) : null}
        <div className="modal-buttons">
          {dialog.buttons.map((button) => (
            <button
              key={button.id}
              ref={button === primary ? primaryRef : undefined}
              type="button"
              className={`button${button.kind === 'primary' ? ' button-primary' : button.kind === 'danger' ? ' button-danger' : ''}`}
              onClick={() => dialog.resolve({ button: button.id, text })}
            >
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </ModalBackdrop>
  );
}
