import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { parseDesign } from '../shared/format/parseDesign';
import type { Design } from '../shared/model/design';
import type { Action } from '../shared/model/migration';
import { checkPlan } from '../shared/plan/checkPlan';
import { planStates } from '../shared/plan/planStates';
import { dropFromPalette, findingsOf, openFile, saveAs, snapshot } from './support/appActions';
import { copyIntoFilesFolder, e2eFolder } from './support/filesFolder';

/** Issue 13, "Editing records into the plan": with a step selected, the canvas and the inspector edit the plan. */

// A copy in the web host's files folder, the only folder it opens files from.
const SAMPLE = copyIntoFilesFolder(
  fileURLToPath(new URL('../samples/fabrikam-2010-migration.lyncplan', import.meta.url)),
);
const RULE = 'MIG-POOL-EMPTY-BEFORE-DECOM';

/** A saved file as the core reads it: what the spec checks of the plan comes from here, not from the page. */
function read(path: string): Design {
  const parsed = parseDesign(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`cannot read ${path}: ${JSON.stringify(parsed)}`);
  return parsed.design;
}

const actionsOf = (design: Design, stepId: string): readonly Action[] =>
  design.migration!.steps.find((step) => step.id === stepId)!.actions;

const selectedOption = (page: Page) =>
  page.getByRole('listbox', { name: 'States of the plan' }).locator('[aria-selected="true"]');
const option = (page: Page, id: string) => page.locator(`[data-testid="step-option"][data-state="${id}"]`);
const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });
const poolNode = (page: Page, fqdn: string) => pool(page, fqdn).getByTestId('pool-node');

async function openPlan(page: Page) {
  await page.goto('/');
  await openFile(page, SAMPLE);
  await expect(page.getByTestId('plan-strip')).toBeVisible();
}

async function selectOnCanvas(page: Page, search: string) {
  await page.getByTestId('search-input').fill(search);
  await page.getByTestId('search-input').press('Enter');
}

async function deletePool(page: Page, fqdn: string) {
  await selectOnCanvas(page, fqdn);
  await expect(page.getByTestId('inspector').getByLabel('Pool FQDN')).toHaveValue(fqdn);
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete' });
  // A pool with servers asks first (the dialog comes a moment after the key); one without deletes at once.
  await confirm
    .getByRole('button', { name: 'Delete' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
}

const savedPath = (name: string) => join(e2eFolder('lyncplan-plan-editing-'), name);

test('deleting a pool that still homes users at a phase 8 step is a MIG finding; moving them first clears it', async ({
  page,
}) => {
  await openPlan(page);
  // A new phase 8 step after the Seattle decommissioning: it takes the Oslo 2010 SBA away, users and all.
  await option(page, 'sea-8-decommission').click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('dialog').getByLabel('Step name').fill('Decommission the Oslo SBA');
  await page.getByRole('dialog').getByRole('button', { name: 'Add step' }).click();
  await expect(selectedOption(page)).toContainText('Decommission the Oslo SBA');
  const newStep = (await selectedOption(page).getAttribute('data-state'))!;
  const badge = option(page, newStep);
  await expect(badge).toHaveAttribute('data-errors', '0');
  await expect(findingsOf(page, RULE)).toHaveCount(0);

  await deletePool(page, 'sba-osl.fabrikam.com');
  await expect(poolNode(page, 'sba-osl.fabrikam.com')).toHaveAttribute('data-mark', 'removed');
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await expect(findingsOf(page, RULE)).toContainText('Move the');
  await expect(findingsOf(page, RULE)).toContainText('homed on Survivable Branch Appliance sba-osl.fabrikam.com');
  await expect(badge.getByTestId('step-errors')).toBeVisible();
  const errorsWithFinding = Number(await badge.getAttribute('data-errors'));
  expect(errorsWithFinding).toBeGreaterThanOrEqual(1);
  await snapshot(page, 'plan-editing-1-sba-removed');

  // In the step before, the Oslo users go to the Dallas 2013 pool (the inspector): the finding goes.
  await option(page, 'sea-8-decommission').click();
  await selectOnCanvas(page, 'Oslo office');
  await expect(page.getByTestId('inspector').getByLabel('Homed on')).toHaveValue('sba-osl');
  await page.getByTestId('inspector').getByLabel('Homed on').selectOption('fe2013-dal');
  await expect(badge).toHaveAttribute('data-errors', String(errorsWithFinding - 1));
  await badge.click();
  await expect(findingsOf(page, RULE)).toHaveCount(0);

  // Undo and redo walk these plan edits; the badge and the panel follow.
  await page.keyboard.press('Control+z');
  await expect(badge).toHaveAttribute('data-errors', String(errorsWithFinding));
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(badge).toHaveAttribute('data-errors', '0');
  await expect(findingsOf(page, RULE)).toHaveCount(0);
  await expect(poolNode(page, 'sba-osl.fabrikam.com')).not.toHaveAttribute('data-mark', 'removed');
  await page.keyboard.press('Control+Shift+z');
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(badge).toHaveAttribute('data-errors', String(errorsWithFinding - 1));
  await expect(findingsOf(page, RULE)).toHaveCount(0);

  // The file says it: `remove` in the new step, `moveUsers` in the one before; the badges are the core's counts.
  const path = savedPath('oslo.lyncplan');
  await saveAs(page, path);
  const saved = read(path);
  expect(actionsOf(saved, newStep)).toEqual([
    // The appliance's server and registrar association go with it (a `remove` takes what depends on what it names);
    // its users do not: a decommissioned pool's users stay until they are moved, here in the step before.
    { op: 'remove', ids: ['sba-osl'] },
  ]);
  const after = planStates(saved).state(newStep)!;
  expect(after.userGroups.find((group) => group.id === 'ug-osl')?.homePoolId).toBe('fe2013-dal');
  expect(actionsOf(saved, 'sea-8-decommission').at(-1)).toEqual({
    op: 'moveUsers',
    groupIds: ['ug-osl'],
    to: 'fe2013-dal',
  });
  const check = checkPlan(saved);
  expect(check.findings.filter((finding) => finding.rule === RULE)).toEqual([]);
  for (const id of [newStep, 'sea-8-decommission'])
    await expect(option(page, id)).toHaveAttribute(
      'data-errors',
      String(check.findings.filter((finding) => finding.steps.includes(id) && finding.severity === 'error').length),
    );
});

test('a pool drawn at a step is added there; a pool deleted at a step is its ghost there and gone after', async ({
  page,
}) => {
  await openPlan(page);
  await option(page, 'dal-5-pilot-edge').click();
  const before = await page.locator('.react-flow__node-pool').count();
  await dropFromPalette(page, 'pool:frontEnd', page.getByTestId('site-node').filter({ hasText: 'Dallas' }).first(), {
    x: 40,
    y: 60,
  });
  await expect(page.locator('.react-flow__node-pool')).toHaveCount(before + 1);
  const added = page.locator('[data-testid="pool-node"][data-mark="added"]');
  await expect(added).toHaveCount(2); // the step's 2013 Edge pool and the pool just drawn
  const fqdn = (await page.getByTestId('inspector').getByLabel('Pool FQDN').inputValue()) as string;
  await expect(poolNode(page, fqdn)).toHaveAttribute('data-mark', 'added');
  // The step before does not have it; the step after has it, unmarked.
  await option(page, 'dal-4-pilot-users').click();
  await expect(pool(page, fqdn)).toHaveCount(0);
  await option(page, 'dal-6-federation').click();
  await expect(pool(page, fqdn)).toHaveCount(1);
  await expect(poolNode(page, fqdn)).not.toHaveAttribute('data-mark', /./);

  // The Dallas reverse proxy deleted at the same step: a ghost, struck through, not selectable; gone in the next.
  await option(page, 'dal-5-pilot-edge').click();
  await deletePool(page, 'rp-dal.fabrikam.com');
  const ghost = poolNode(page, 'rp-dal.fabrikam.com');
  await expect(ghost).toHaveAttribute('data-mark', 'removed');
  await expect(ghost.locator('.pool-fqdn')).toHaveCSS('text-decoration-line', 'line-through');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await ghost.locator('.pool-fqdn').click({ force: true });
  await expect(page.getByTestId('inspector').getByLabel('Pool FQDN')).toHaveCount(0);
  // Closer, over the ghost and the new pool, for a person to look at the marks.
  const at = (await ghost.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.wheel(0, -100);
  await expect(ghost.locator('.pool-fqdn')).toBeVisible();
  await snapshot(page, 'plan-editing-2-step-diff');
  await option(page, 'dal-6-federation').click();
  await expect(pool(page, 'rp-dal.fabrikam.com')).toHaveCount(0);
  await option(page, 'dal-4-pilot-users').click();
  await expect(pool(page, 'rp-dal.fabrikam.com')).toHaveCount(1);

  const path = savedPath('drawn.lyncplan');
  await saveAs(page, path);
  const saved = read(path);
  const drawnId = saved.pools.find((candidate) => candidate.fqdn === fqdn)!.id;
  const step = actionsOf(saved, 'dal-5-pilot-edge');
  expect(step).toContainEqual({ op: 'add', ids: expect.arrayContaining([drawnId]) });
  expect(step).toContainEqual({ op: 'remove', ids: ['rp-dal'] });
});

test('“Move CMS here” and “Move hosted objects to…” with a step selected record moveCms and moveHosted', async ({
  page,
}) => {
  await openPlan(page);
  await option(page, 'dal-6-users').click();
  await selectOnCanvas(page, 'pool2010-dal.fabrikam.com');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByLabel('Pool FQDN')).toHaveValue('pool2010-dal.fabrikam.com');
  // The 2010 pool holds the store: nothing to move here, and the button says why.
  await expect(inspector.getByRole('button', { name: 'Move CMS here' })).toBeDisabled();
  await expect(inspector.getByTestId('move-cms-reason')).toContainText('holds the Central Management store already');

  // Its hosted objects: a picker of the Front End pools of this state, and of the kinds it hosts.
  await inspector.getByRole('button', { name: 'Move hosted objects to…' }).click();
  const dialog = page.getByTestId('move-hosted-dialog');
  await dialog.getByLabel('To', { exact: true }).selectOption('fe2013-dal');
  await dialog.getByLabel('Response groups').uncheck();
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toHaveCount(0);

  await selectOnCanvas(page, 'pool2013-dal.fabrikam.com');
  await expect(inspector.getByLabel('Pool FQDN')).toHaveValue('pool2013-dal.fabrikam.com');
  // It homes what just moved, so it can pass them on in turn.
  await expect(inspector.getByRole('button', { name: 'Move hosted objects to…' })).toBeEnabled();
  await inspector.getByRole('button', { name: 'Move CMS here' }).click();
  await expect(inspector.getByLabel('Hosts the Central Management store')).toBeChecked();
  await expect(inspector.getByRole('button', { name: 'Move CMS here' })).toBeDisabled();
  await snapshot(page, 'plan-editing-3-cms-moved');
  // The step before still has the store on the 2010 pool.
  await option(page, 'dal-6-federation').click();
  await expect(inspector.getByLabel('Pool FQDN')).toHaveValue('pool2013-dal.fabrikam.com');
  await expect(inspector.getByLabel('Hosts the Central Management store')).not.toBeChecked();

  const path = savedPath('cms.lyncplan');
  await saveAs(page, path);
  const saved = read(path);
  const actions = actionsOf(saved, 'dal-6-users');
  expect(actions).toContainEqual({ op: 'moveCms', to: 'fe2013-dal' });
  expect(actions).toContainEqual({
    op: 'moveHosted',
    from: 'fe2010-dal',
    to: 'fe2013-dal',
    what: ['conferenceDirectories', 'dialInNumbers', 'callParkOrbits', 'commonAreaPhones', 'analogDevices'],
  });
});

test('an Edge’s federation turned off at a step is a `set` of that step', async ({ page }) => {
  await openPlan(page);
  await option(page, 'dal-6-users').click();
  await selectOnCanvas(page, 'edge2013-dal.fabrikam.com');
  const federation = page.getByTestId('inspector').getByLabel('Federation enabled');
  await expect(federation).toBeChecked();
  await federation.uncheck();
  await expect(federation).not.toBeChecked();
  // The step before still federates through it.
  await option(page, 'dal-6-federation').click();
  await expect(page.getByTestId('inspector').getByLabel('Federation enabled')).toBeChecked();
  const path = savedPath('federation.lyncplan');
  await saveAs(page, path);
  expect(actionsOf(read(path), 'dal-6-users')).toContainEqual({
    op: 'set',
    id: 'edge2013-dal',
    fields: { federation: false },
  });
});

test('a design without a plan starts one from the design’s inspector: its first step, selected', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByLabel('Design name').fill('Plan by hand');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('plan-strip')).toHaveCount(0);
  // Nothing selected: the design's inspector offers to start a plan by hand.
  const start = page.getByTestId('inspector').getByRole('button', { name: 'Add a migration step' });
  await snapshot(page, 'plan-editing-4-start-a-plan');
  await start.click();
  await page.getByRole('dialog').getByLabel('Step name').fill('Deploy the pilot pool');
  await page.getByRole('dialog').getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByTestId('plan-strip')).toBeVisible();
  await expect(selectedOption(page)).toContainText('Deploy the pilot pool');
  await expect(start).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('plan-strip')).toHaveCount(0);
});

test('a user group dragged onto a pool at a step is that step’s moveUsers', async ({ page }) => {
  await openPlan(page);
  await option(page, 'sea-4-pilot-users').click();
  await selectOnCanvas(page, 'Seattle engineering');
  await expect(page.getByTestId('inspector').getByLabel('Homed on')).toHaveValue('fe2010-sea');
  const group = page.locator('.react-flow__node-userGroup.selected');
  const at = (await group.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.wheel(0, -100);
  await group.dragTo(poolNode(page, 'pool2013-sea.fabrikam.com'));
  await expect(page.getByTestId('inspector').getByLabel('Homed on')).toHaveValue('fe2013-sea');
  await option(page, 'sea-3-edge').click();
  await expect(page.getByTestId('inspector').getByLabel('Homed on')).toHaveValue('fe2010-sea');
  const path = savedPath('dragged.lyncplan');
  await saveAs(page, path);
  expect(actionsOf(read(path), 'sea-4-pilot-users')).toEqual([
    { op: 'moveUsers', groupIds: ['ug-sea-pilot', 'ug-sea-eng'], to: 'fe2013-sea' },
  ]);
});
