import { SHEET_GROUPS } from '../../../shared/appCommands/appCommands';
import { useUi } from '../state/uiStore';
import { ModalBackdrop } from '../ui/ModalBackdrop';
import { shortcutRows } from './shortcutRows';

/** The `?` sheet: every shortcut, drawn from the command table the keyboard handler and the menu read. */
export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutSheetOpen);
  if (!open) return null;
  return <ShortcutSheetContent onClose={() => useUi.setState({ shortcutSheetOpen: false })} />;
}

/** The sheet itself, apart from its store, so a test renders it as it is drawn. */
export function ShortcutSheetContent({ onClose: close }: { onClose: () => void }) {
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
          {SHEET_GROUPS.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {shortcutRows(group).map((row) => (
                  <div key={row.description} className="shortcut-row">
                    <dt>
                      {row.keys.map((keys) => (
                        <kbd key={keys}>{keys}</kbd>
                      ))}
                    </dt>
                    <dd>{row.description}</dd>
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
