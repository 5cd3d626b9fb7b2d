import { expect, type Page, test } from '@playwright/test';
import { openFile, snapshot } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

async function openLinkOfEditingFixture(page: Page) {
  await page.goto('/');
  await openFile(page, editingFixture());
  await expect(page.getByTestId('design-name')).toHaveText('Editing fixture');
  await page.getByTestId('link-label').click();
  await expect(page.getByTestId('inspector')).toContainText('WAN link Dallas – Austin');
}

/** Runs the browser's own Undo on the focused field, as the Edit menu or the context menu does. */
async function browserUndo(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  // A key nothing in the app handles, carrying the editing command as a menu item would.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'F24', code: 'F24', commands: ['undo'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'F24', code: 'F24' });
  await cdp.detach();
}

test('one undo history: Ctrl+Z in a field undoes the last design change, every inspector change is a step', async ({
  page,
}) => {
  await openLinkOfEditingFixture(page);
  const latency = page.getByLabel('Latency (one way)');
  const policy = page.getByLabel('Bandwidth policy on this link');
  const undoButton = page.getByTestId('undo');
  const redoButton = page.getByTestId('redo');
  await expect(undoButton).toBeDisabled();

  // Typing a value is one step, however many keys it takes.
  await latency.click();
  await latency.pressSequentially('200');
  await expect(latency).toHaveValue('200');

  // Ticking a checkbox is a step; Ctrl+Z with the focus on it takes it back, and Redo can bring it again.
  await policy.check();
  await expect(page.getByLabel('Audio limit')).toBeVisible();
  await policy.press('Control+z');
  await expect(policy).not.toBeChecked();
  await expect(redoButton).toBeEnabled();
  await policy.press('Control+Shift+z');
  await expect(policy).toBeChecked();

  // The caret in the latency field, nothing typed since: Ctrl+Z undoes the policy, not the field's text.
  await latency.click();
  await latency.press('Control+z');
  await expect(policy).not.toBeChecked();
  await expect(latency).toHaveValue('200');
  await expect(latency).toBeFocused();
  // Once more: the typed 200 goes as one step, and that was the first change.
  await latency.press('Control+z');
  await expect(latency).toHaveValue('');
  await expect(undoButton).toBeDisabled();
  await latency.press('Control+y');
  await expect(latency).toHaveValue('200');
  await expect(redoButton).toBeEnabled();

  // Typing the design does not take yet is what Ctrl+Z takes back first, leaving the history as it was.
  await latency.fill('20x');
  await expect(page.getByRole('alert')).toBeVisible();
  await latency.press('Control+z');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(latency).toHaveValue('200');
  await expect(redoButton).toBeEnabled();
  await snapshot(page, 'field-undo');
});

test("the browser's own text undo never brings a value back behind the design's back", async ({ page }) => {
  await openLinkOfEditingFixture(page);
  const latency = page.getByLabel('Latency (one way)');
  await latency.fill('200');
  await latency.blur();
  // Cleared: the design has no latency; a new typing session, so its own step.
  await latency.click();
  await latency.press('Control+a');
  await latency.press('Backspace');
  await expect(latency).toHaveValue('');
  await expect(page.getByTestId('link-label')).toBeVisible();

  // The Edit menu's Undo in the field is the design's undo: the cleared 200 comes back as an undo step, with Redo.
  await browserUndo(page);
  await expect(latency).toHaveValue('200');
  await expect(page.getByTestId('redo')).toBeEnabled();
  await latency.press('Control+Shift+z');
  await expect(latency).toHaveValue('');
  await latency.blur();
  await expect(latency).toHaveValue('');
  await expect(page.getByTestId('redo')).toBeDisabled();
  // The design holds what the field shows: no latency, so the inspector shows it empty after reselecting.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.getByTestId('link-label').click();
  await expect(page.getByLabel('Latency (one way)')).toHaveValue('');
});
