import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { shownAccelerator } from '../../../shared/appCommands/accelerators';
import { APP_COMMANDS, type AppCommandSpec } from '../../../shared/appCommands/appCommands';
import { ShortcutSheetContent } from './ShortcutSheet';

const html = renderToStaticMarkup(<ShortcutSheetContent onClose={() => undefined} />);
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The sheet's rows, as "keys | description". */
const rows = [...html.matchAll(/<div class="shortcut-row"><dt>(.*?)<\/dt><dd>(.*?)<\/dd><\/div>/g)].map(
  ([, keys, description]) => `${text(keys!).trim()} | ${text(description!).trim()}`,
);

describe('the shortcut sheet, drawn from the command table', () => {
  it('lists every command with keys, with the keys the table gives it', () => {
    for (const spec of APP_COMMANDS as readonly AppCommandSpec[]) {
      if (!spec.accelerator) continue;
      expect(rows, spec.id).toContainEqual(expect.stringMatching(new RegExp(`\\| ${escapeRegExp(spec.description)}$`)));
      const row = rows.find((candidate) => candidate.endsWith(`| ${spec.description}`))!;
      expect(row.startsWith(shownAccelerator(spec.accelerator)), row).toBe(true);
    }
  });

  it('prints the keys as a user reads them, alternatives apart, Shift+arrow left to the nudge’s own line', () => {
    expect(rows).toContain('Ctrl+Shift+S | Save as a .lyncplan file');
    expect(rows).toContain('Ctrl+Shift+Z Ctrl+Y | Redo');
    expect(rows).toContain('Delete Backspace | Delete the selection');
    expect(rows).toContain('← ↑ → ↓ | Nudge the selection 8 px (Shift: 40 px)');
    expect(rows).toContain('Alt+Shift+← | Move the selected step one place earlier');
    expect(rows).toContain('M | Show or hide the overview map');
    expect(rows).toContain('Shift+drag | Select with a box');
  });

  it('has the columns File, Edit, Selection, View and Plan', () => {
    expect([...html.matchAll(/<h3>(.*?)<\/h3>/g)].map(([, title]) => title)).toEqual([
      'File',
      'Edit',
      'Selection',
      'View',
      'Plan',
    ]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
