import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { parseDesign } from '../shared/format/parseDesign';
import type { Design } from '../shared/model/design';
import { checkPlan } from '../shared/plan/checkPlan';
import { planStates } from '../shared/plan/planStates';
import { stateDiff } from '../shared/plan/stateDiff';
import { validatePlan } from '../shared/plan/validatePlan';
import { stepSummary } from '../shared/report/stepSummary';
import { formatCount } from '../shared/wording/numbers';
import { openFile, snapshot } from './support/appActions';
import { copyIntoFilesFolder } from './support/filesFolder';

// Copies in the web host's files folder, the only folder it opens files from.
const SAMPLE = copyIntoFilesFolder(
  fileURLToPath(new URL('../samples/fabrikam-2010-migration.lyncplan', import.meta.url)),
);
const MISTAKES = copyIntoFilesFolder(
  fileURLToPath(new URL('../samples/fabrikam-2010-migration-mistakes.lyncplan', import.meta.url)),
);

/** The sample as the core reads it: the figures the spec expects come from here, not from the page. */
function read(path: string): Design {
  const parsed = parseDesign(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`cannot read ${path}`);
  return parsed.design;
}

const options = (page: Page) => page.getByRole('listbox', { name: 'States of the plan' }).getByRole('option');
const selectedOption = (page: Page) =>
  page.getByRole('listbox', { name: 'States of the plan' }).locator('[aria-selected="true"]');
const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });

async function openPlan(page: Page, path: string) {
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('plan-strip')).toBeVisible();
}

test('stepping through the plan with Alt+Right shows each state: the pool’s load and the step’s summary', async ({
  page,
}) => {
  const design = read(SAMPLE);
  const plan = validatePlan(design);
  const states = planStates(design);
  await openPlan(page, SAMPLE);
  await expect(options(page)).toHaveCount(states.ids.length);
  await expect(selectedOption(page)).toHaveAttribute('data-state', 'start');
  // The phase groups carry the guide's names.
  await expect(page.getByRole('group', { name: 'Phase 3 — Deploy the pilot pool' })).toHaveCount(2);
  await snapshot(page, 'timeline-1440');

  await page.getByTestId('search-input').fill('pool2010-dal.fabrikam.com');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('inspector').getByLabel('Pool FQDN')).toHaveValue('pool2010-dal.fabrikam.com');
  // The keys walk the plan from its list (or anywhere outside a text field).
  await selectedOption(page).click();
  const usersOn = (id: string) => plan.byState.get(id)!.figures.pools.get('fe2010-dal')!.users;
  await expect(page.getByTestId('pool-users')).toContainText(formatCount(usersOn('start')));
  const seen = new Set<number>();
  for (let k = 0; k < 6; k++) {
    await page.keyboard.press('Alt+ArrowRight');
    const id = states.ids[k + 1]!;
    await expect(selectedOption(page)).toHaveAttribute('data-state', id);
    await expect(page.getByTestId('pool-users')).toContainText(formatCount(usersOn(id)));
    seen.add(usersOn(id));
    const before = states.stateAt(k - 1);
    const after = states.stateAt(k);
    await expect(page.getByTestId('step-summary-line')).toHaveText(
      stepSummary(stateDiff(before, after), before, after),
    );
  }
  // The users move off the 2010 pool on the way: the figure on screen changed with them.
  expect(seen.size).toBeGreaterThan(1);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(selectedOption(page)).toHaveAttribute('data-state', states.ids[5]!);
  await page.getByRole('button', { name: 'Previous state' }).click();
  await expect(selectedOption(page)).toHaveAttribute('data-state', states.ids[4]!);

  // The 2013 pool exists from its step on: not on the canvas at start.
  await page.getByRole('option', { name: /^Start,/ }).click();
  await expect(pool(page, 'pool2013-dal.fabrikam.com')).toHaveCount(0);
  await page.getByRole('option', { name: /^Step 1: / }).click();
  await expect(pool(page, 'pool2013-dal.fabrikam.com')).toHaveCount(1);
});

test('each state’s badge counts the error and warning findings `lyncplan check` gives that state', async ({ page }) => {
  for (const path of [SAMPLE, MISTAKES]) {
    const check = checkPlan(read(path));
    await openPlan(page, path);
    for (const id of check.validation.states.ids) {
      const holds = check.findings.filter((finding) => finding.steps.includes(id));
      const option = page.locator(`[data-testid="step-option"][data-state="${id}"]`);
      await expect(option).toHaveAttribute('data-errors', String(holds.filter((f) => f.severity === 'error').length));
      await expect(option).toHaveAttribute(
        'data-warnings',
        String(holds.filter((f) => f.severity === 'warning').length),
      );
    }
  }
  // The mistakes sample's decommissioning step breaks documented rules: its badge and the panel say so.
  const decommission = page.locator('[data-testid="step-option"][data-state="dal-8-decommission"]');
  await expect(decommission.getByTestId('step-errors')).toBeVisible();
  await decommission.click();
  await expect(page.locator('[data-testid="finding"][data-rule="MIG-CMS-MOVED-BEFORE-DECOM"]')).toHaveCount(1);
  await snapshot(page, 'timeline-mistakes-decommission');

  // All states: a finding of another state is listed with where it holds; a click shows that state first.
  await page.getByRole('option', { name: /^Start,/ }).click();
  await expect(page.locator('[data-testid="finding"][data-rule="MIG-CMS-MOVED-BEFORE-DECOM"]')).toHaveCount(0);
  await page.getByTestId('findings-all-states').check();
  const other = page.locator('[data-testid="finding"][data-rule="MIG-CMS-MOVED-BEFORE-DECOM"]');
  await expect(other).toHaveCount(1);
  await expect(other.getByTestId('finding-states')).toContainText('Decommission the Dallas 2010 pool');
  await other.click();
  await expect(selectedOption(page)).toHaveAttribute('data-state', 'dal-8-decommission');
  // A transition finding about clearing Archiving too early: its state, then the first of its entities there.
  await page.getByRole('option', { name: /^Start,/ }).click();
  await page.locator('[data-testid="finding"][data-rule="MIG-ARCH-MON-REMOVE-AFTER-USERS"]').first().click();
  await expect(selectedOption(page)).toHaveAttribute('data-state', 'dal-7-arch-mon');
  await expect(page.getByTestId('inspector').getByLabel('Pool FQDN')).toHaveValue('pool2010-dal.fabrikam.com');
});

test('steps are renamed, moved and deleted from the strip, each one undo step', async ({ page }) => {
  const design = read(SAMPLE);
  await openPlan(page, SAMPLE);
  const third = page.locator('[data-testid="step-option"][data-state="dal-4-pilot-users"]');
  await third.click();
  await expect(third).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Rename…' }).click();
  await page.getByRole('dialog').getByLabel('Step name').fill('Move the pilot group');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(third).toContainText('Move the pilot group');
  await expect(page.getByTestId('step-summary')).toContainText('Move the pilot group');

  await page.getByRole('button', { name: 'Notes…' }).click();
  await page.getByRole('dialog').getByLabel('Notes').fill('Only after the change board approves');
  await page.getByRole('dialog').getByRole('button', { name: 'Save notes' }).click();
  await expect(third.getByTestId('step-has-notes')).toBeVisible();
  await expect(third).toHaveAttribute('title', /Only after the change board approves/);
  await page.keyboard.press('Control+z');
  // The sample's step had notes of its own: undo brings them back.
  await expect(third).toHaveAttribute('title', `Move the pilot group\n\n${design.migration!.steps[2]!.notes}`);

  // Alt+Shift+Left: one place earlier; the keyboard keeps the step selected.
  await third.focus();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(options(page).nth(2)).toHaveAttribute('data-state', 'dal-4-pilot-users');
  await expect(page.getByTestId('step-summary')).toContainText('Step 2 of');

  // Delete: gone, the step before it shows, and a toast says how to bring it back.
  await page.getByRole('button', { name: 'Delete step' }).click();
  await expect(page.locator('[data-state="dal-4-pilot-users"]')).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: 'Ctrl+Z brings it back' })).toBeVisible();
  await expect(options(page)).toHaveCount(design.migration!.steps.length);
  await expect(selectedOption(page)).toHaveAttribute('data-state', 'dal-3-pilot-pool');

  await page.keyboard.press('Control+z');
  await expect(options(page).nth(2)).toHaveAttribute('data-state', 'dal-4-pilot-users');
  await page.keyboard.press('Control+z');
  await expect(options(page).nth(3)).toHaveAttribute('data-state', 'dal-4-pilot-users');
  await expect(third).toContainText('Move the pilot group');
  await page.keyboard.press('Control+z');
  await expect(third).toContainText(design.migration!.steps[2]!.name);
  await page.keyboard.press('Control+Shift+z');
  await expect(third).toContainText('Move the pilot group');

  // Dragging a step onto another puts it in that one's place.
  await third.dragTo(page.locator('[data-testid="step-option"][data-state="dal-3-pilot-pool"]'));
  await expect(options(page).nth(1)).toHaveAttribute('data-state', 'dal-4-pilot-users');
  await page.keyboard.press('Control+z');
  await expect(options(page).nth(3)).toHaveAttribute('data-state', 'dal-4-pilot-users');
});

test('Compare with… lists what differs between two states, by name', async ({ page }) => {
  await openPlan(page, SAMPLE);
  await page.locator('[data-testid="step-option"][data-state="dal-6-users"]').click();
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByTestId('compare-dialog');
  await dialog.getByLabel('Compare with').selectOption('start');
  await expect(dialog.getByTestId('compare-between')).toHaveText(
    'From Start to Step 6 — Move the remaining Dallas users',
  );
  await expect(dialog.getByTestId('compare-added')).toContainText('Front End pool pool2013-dal.fabrikam.com');
  await expect(dialog.getByTestId('compare-moved')).toContainText(
    'pool2010-dal.fabrikam.com → pool2013-dal.fabrikam.com',
  );
  await snapshot(page, 'timeline-compare');
  await dialog.getByLabel('Compare with').selectOption('dal-8-arch-mon');
  await expect(dialog.getByTestId('compare-removed')).toContainText('Front End pool pool2010-dal.fabrikam.com');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the strip fits a 960 px window', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 720 });
  await openPlan(page, SAMPLE);
  await page.locator('[data-testid="step-option"][data-state="dal-3-pilot-pool"]').click();
  const strip = (await page.getByTestId('plan-strip').boundingBox())!;
  expect(strip.width).toBeLessThanOrEqual(960);
  for (const name of ['Add step', 'Rename…', 'Notes…', 'Delete step', 'Compare with…']) {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(960);
  }
  // A 2010 design's toolbar has Plan… besides the usual buttons: all of them in the window, Close the last.
  const toolbar = page.getByRole('navigation', { name: 'File' }).getByRole('button');
  for (const button of await toolbar.all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width, (await button.textContent()) ?? '').toBeLessThanOrEqual(960);
  }
  await expect(page.getByRole('button', { name: 'Plan the migration…' })).toBeVisible();
  await snapshot(page, 'timeline-960');
});

test('the print preview’s diagram pages show the state on screen: its step’s ghosts, and which state it is', async ({
  page,
}) => {
  const design = read(SAMPLE);
  const states = planStates(design);
  const stepIndex = states.indexOf('sea-8-decommission')!;
  await openPlan(page, SAMPLE);
  await page.locator('[data-testid="step-option"][data-state="sea-8-decommission"]').click();
  await page.getByTestId('print-preview-button').click();
  const diagramPage = page.locator('[data-testid="print-page"]:not([data-runbook-state])').first();
  await expect(diagramPage.getByTestId('title-state')).toHaveText(`After step ${stepIndex + 1}`);
  // The decommissioned Seattle 2010 pool is drawn as a ghost, struck through; the pools after the step are there.
  const removed = stateDiff(states.stateAt(stepIndex - 1), states.stateAt(stepIndex)).removed;
  expect(removed.some(({ entity }) => entity.id === 'fe2010-sea')).toBe(true);
  await expect(diagramPage.locator('[data-mark="removed"]').first()).toBeAttached();
  const struck = diagramPage.locator('text[text-decoration="line-through"]');
  await expect(struck.filter({ hasText: /^pool2010-sea\.fabrikam\.com/ })).toHaveCount(1);
  await expect(diagramPage.getByText('pool2013-sea.fabrikam.com', { exact: false }).first()).toBeAttached();
  await snapshot(page, 'timeline-print-state');
});
