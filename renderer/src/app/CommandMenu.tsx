import {
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  useEffect,
  useReducer,
  useRef,
  useState,
} from 'react';
import { type AppCommandId, appCommand } from '../../../shared/appCommands/appCommands';
import { useCanvasView } from '../canvas/useCanvasView';
import { useDocument } from '../state/documentStore';
import { usePreferences } from '../state/preferences';
import { useUi } from '../state/uiStore';
import { commandTooltip } from './CommandButton';
import { COMMAND_IMPLEMENTATIONS } from './commandImplementations';

/**
 * A toolbar button that drops down commands of the table, as a native submenu would (Layout ▾, Help and Theme): the
 * web host has no menu bar, and the desktop app's toolbar offers the same. A radio command of the table shows
 * which choice is in force; a disabled one is shown disabled. Escape or a click elsewhere closes it.
 */
/**
 * The keys of an open menu are its own, as a native menu's are: ↑ and ↓ (round the ends), Home and End move
 * between the items it can run, Enter or Space runs one (the button's own), and no key reaches the canvas's
 * shortcuts behind it (an arrow would nudge the selection, Delete delete it).
 */
function keysOfMenu(event: ReactKeyboardEvent<HTMLDivElement>): void {
  event.stopPropagation();
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  let next: number;
  switch (event.key) {
    case 'ArrowDown':
      next = at + 1;
      break;
    case 'ArrowUp':
      next = at <= 0 ? items.length - 1 : at - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = items.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  items[next % items.length]?.focus();
}

/** A part of the menu, parted from the one before by a line; a title heads it (`Theme`). */
export interface CommandMenuSection {
  title?: string;
  commands: readonly AppCommandId[];
}

export function CommandMenu({
  sections,
  label,
  ariaLabel,
  className = 'toolbar-button',
  testId,
  align = 'left',
}: {
  sections: readonly CommandMenuSection[];
  label: ReactNode;
  ariaLabel?: string;
  className?: string;
  testId?: string;
  /** Which edge of the button the menu lines up with: `right` near the window's right edge. */
  align?: 'left' | 'right';
}) {
  const view = useCanvasView();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Enabled and checked are read from the stores when drawn: while the menu is open, any change redraws it (a
  // closed menu subscribes to nothing, so a drag on the canvas never redraws the toolbar).
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!open) return;
    const unsubscribes = [useDocument.subscribe(redraw), useUi.subscribe(redraw), usePreferences.subscribe(redraw)];
    const closeOutside = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      if (menu.current?.contains(document.activeElement)) trigger.current?.focus();
      setOpen(false);
    };
    // As a native menu does, the first item it can run takes the focus, so the arrow keys start from it.
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape, true);
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape, true);
    };
  }, [open]);
  return (
    <div className="menu-anchor" ref={anchor}>
      <button
        ref={trigger}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={ariaLabel}
        title={ariaLabel}
        onClick={() => setOpen(!open)}
        data-testid={testId}
      >
        {label}
      </button>
      {open ? (
        <div className={`menu menu-align-${align}`} role="menu" ref={menu} onKeyDown={keysOfMenu}>
          {sections.map((section, at) => (
            <fieldset key={section.title ?? at} className="menu-section" aria-label={section.title}>
              {at > 0 ? <hr className="menu-separator" /> : null}
              {section.title ? <div className="menu-title">{section.title}</div> : null}
              {section.commands.map((id) => {
                const spec = appCommand(id);
                const implementation = COMMAND_IMPLEMENTATIONS[id];
                const enabled = implementation.enabled?.() ?? true;
                const checked = implementation.checked?.() ?? false;
                // A radio command says which choice is in force; the others are plain items.
                const kind = spec.radio
                  ? ({
                      role: 'menuitemradio',
                      'aria-checked': checked,
                      className: 'menu-item menu-item-radio',
                    } as const)
                  : ({ role: 'menuitem', className: 'menu-item' } as const);
                return (
                  <button
                    key={id}
                    type="button"
                    {...kind}
                    disabled={!enabled}
                    title={commandTooltip(id)}
                    onClick={() => {
                      setOpen(false);
                      implementation.run({ view });
                    }}
                  >
                    {spec.toolbarLabel ?? spec.label}
                  </button>
                );
              })}
            </fieldset>
          ))}
        </div>
      ) : null}
    </div>
  );
}
