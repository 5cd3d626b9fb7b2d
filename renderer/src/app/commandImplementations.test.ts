import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_COMMAND_IDS } from '../../../shared/appCommands/appCommands';
import { DesignBuilder } from '../../../shared/testing/designBuilder';

// The test runs in Node: bare objects stand in for the page (the contract client looks for `window.lyncplan`).
vi.stubGlobal('window', {});
vi.stubGlobal('document', { activeElement: null, querySelector: () => null });
vi.stubGlobal('HTMLElement', class {});

let implementations: typeof import('./commandImplementations');
let state: typeof import('./commandState');
let store: typeof import('../state/documentStore');
let ui: typeof import('../state/uiStore');
let preferences: typeof import('../state/preferences');
beforeAll(async () => {
  implementations = await import('./commandImplementations');
  state = await import('./commandState');
  store = await import('../state/documentStore');
  ui = await import('../state/uiStore');
  preferences = await import('../state/preferences');
});

function openDesign() {
  const b = new DesignBuilder('Menus');
  const pool = b.frontEnd(b.site('Dallas'), 2);
  store.loadDesign(b.design, {}, { dirty: false });
  return pool;
}

describe('the renderer’s half of the command table', () => {
  it('implements every command id exactly once, and nothing the table does not name', () => {
    expect(Object.keys(implementations.COMMAND_IMPLEMENTATIONS).sort()).toEqual([...APP_COMMAND_IDS].sort());
  });

  it('tells the menu: no design, nothing to save; nothing selected, Delete disabled; a selection, Delete enabled', () => {
    store.closeDesign();
    let menu = state.currentMenuState();
    expect(menu.enabled).toContain('file.open');
    expect(menu.enabled).not.toContain('file.save');
    expect(menu.enabled).not.toContain('edit.undo');
    const pool = openDesign();
    menu = state.currentMenuState();
    expect(menu.enabled).toContain('file.save');
    expect(menu.enabled).not.toContain('edit.delete');
    store.setSelection([pool]);
    expect(state.currentMenuState().enabled).toContain('edit.delete');
    expect(state.currentMenuState().textField).toBe(false);
  });

  it('disables every command while a dialog of the app is open', () => {
    openDesign();
    ui.useUi.setState({ exportOpen: true });
    expect(state.currentMenuState().enabled).toEqual([]);
    ui.useUi.setState({ exportOpen: false });
    expect(state.currentMenuState().enabled.length).toBeGreaterThan(10);
  });

  it('checks the findings panel and the overview map while they show', () => {
    openDesign();
    preferences.usePreferences.setState({ findingsPanelCollapsed: false, overviewMapVisible: false });
    expect(state.currentMenuState().checked).toEqual(['view.findings']);
    preferences.usePreferences.setState({ findingsPanelCollapsed: true, overviewMapVisible: true });
    expect(state.currentMenuState().checked).toEqual(['view.overview-map']);
  });

  it('collapses every site and expands them again from View ▸ Collapse All Sites, which is then checked', () => {
    openDesign();
    const view = {} as import('../canvas/useCanvasView').CanvasView;
    state.runMenuCommand('view.collapse-sites', { view });
    expect(ui.useUi.getState().collapsedSites.size).toBe(1);
    expect(state.currentMenuState().checked).toContain('view.collapse-sites');
    state.runMenuCommand('view.collapse-sites', { view });
    expect(ui.useUi.getState().collapsedSites.size).toBe(0);
  });

  it('drops a menu command that cannot run now (Delete with nothing selected leaves the design as it is)', () => {
    openDesign();
    const before = store.useDocument.getState().design;
    state.runMenuCommand('edit.delete', { view: {} as import('../canvas/useCanvasView').CanvasView });
    expect(store.useDocument.getState().design).toBe(before);
  });
});
