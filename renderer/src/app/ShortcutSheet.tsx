import { useUi } from '../state/uiStore';
import { ModalBackdrop } from '../ui/ModalBackdrop';
import { SHORTCUTS, type Shortcut } from './shortcuts';

const groups: ReadonlyArray<Shortcut['group']> = ['File', 'Edit', 'Selection', 'View', 'Plan'];

/** The `?` sheet: every shortcut, drawn from the same table the keyboard handler reads. */
export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutSheetOpen);
  if (!open) return null;
  const close = () => useUi.setState({ shortcutSheetOpen: false });
  return (
    <ModalBackdrop onDismiss={close}>
      <div
        className="modal modal-wide shortcut-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-title"
        data-testid="shortcut-sheet"
      >
        <h2 id="shortcut-title" className="modal-title">
          Keyboard shortcuts
        </h2>
        <div className="shortcut-columns">
          {groups.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                  <div key={shortcut.what} className="shortcut-row">
                    <dt>
                      {shortcut.keys.map((keys) => (
                        <kbd key={keys}>{keys}</kbd>
                      ))}
                    </dt>
                    <dd>{shortcut.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="muted">On a Mac, Cmd stands for Ctrl.</p>
        <div className="modal-buttons">
          {/* biome-ignore lint/a11y/noAutofocus: a modal sheet takes the focus so that Enter or Escape closes it. */}
          <button type="button" className="button button-primary" onClick={close} autoFocus>
            Close
          </button>
        </div>
      </div>
    </ModalBackdrop>
  );
}
