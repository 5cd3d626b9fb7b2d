import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDesign } from '../shared/format/parseDesign';
import { checkPlan } from '../shared/plan/checkPlan';
import { fabrikamMigration } from '../shared/samples/fabrikamMigration';
import { estateOf } from '../shared/testing/estateOf';
import { openFile, snapshot } from './support/appActions';
import { writeFixture } from './support/sampleDesigns';

// Issue 13, "A generated plan": "Plan the migration…" on a 2010 estate proposes a plan with no error in any state.
test('Plan the migration… on the Fabrikam 2010 estate writes a plan with no error in any state', async ({ page }) => {
  // The Fabrikam sample's estate without its plan: the two 2010 pools, Edge, Director, Archiving, Monitoring, SBA.
  const path = writeFixture(estateOf(fabrikamMigration()), 'fabrikam-2010-estate');
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('pool-node').first()).toBeVisible();

  await page.getByTestId('plan-migration-button').click();
  const dialog = page.getByTestId('plan-dialog');
  await expect(dialog.getByLabel('Migrate pool2010-dal.fabrikam.com')).toBeChecked();
  await expect(dialog.getByLabel('Migrate pool2010-sea.fabrikam.com')).toBeChecked();
  await expect(dialog.getByLabel('2013 pool for pool2010-dal.fabrikam.com')).toHaveValue('pool2013-dal.fabrikam.com');
  await expect(dialog.getByLabel('Pilot group size')).toHaveValue('100');
  await snapshot(page, 'generate-plan-dialog');

  // A 2010 name is refused in the dialog, which stays open.
  await dialog.getByLabel('2013 pool for pool2010-sea.fabrikam.com').fill('pool2010-dal.fabrikam.com');
  await dialog.getByRole('button', { name: 'Plan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('pool2010-dal.fabrikam.com is already the name of a pool');
  await dialog.getByLabel('2013 pool for pool2010-sea.fabrikam.com').fill('pool2013-seattle.fabrikam.com');
  await dialog.getByRole('button', { name: 'Plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByTestId('toast')
      .filter({ hasText: /^Planned \d+ steps for pool2010-dal\.fabrikam\.com, pool2010-sea\.fabrikam\.com$/ }),
  ).toBeVisible();
  await expect(page.getByText('pool2013-seattle.fabrikam.com').first()).toBeAttached();
  await snapshot(page, 'generate-plan-done');
  // The findings panel (whatever state it shows) lists no error.
  await expect(page.getByTestId('findings').locator('.finding-error')).toHaveCount(0);

  // The saved file, checked as `lyncplan check` checks it: no error finding in any state.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const parsed = parseDesign(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const steps = parsed.design.migration!.steps;
  expect(steps.length).toBeGreaterThan(15);
  expect(steps[0]!.name).toBe('Deploy the pilot pool pool2013-dal.fabrikam.com');
  const errors = checkPlan(parsed.design).findings.filter((finding) => finding.severity === 'error');
  expect(errors.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);

  // One undo step takes the whole plan back.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('pool2013-seattle.fabrikam.com')).toHaveCount(0);
});
