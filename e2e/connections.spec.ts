import { expect, type Locator, type Page, test } from '@playwright/test';
import { dropFromPalette, findingsOf, newDesign, snapshot } from './support/appActions';

/** Drags from one node's connection handle to another's, as a planner draws an edge. */
async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  // Hovering a node's header shows its handle.
  await to
    .locator('header')
    .first()
    .hover({ position: { x: 10, y: 10 } });
  const end = (await to.locator('.connect-handle').boundingBox())!;
  await from
    .locator('header')
    .first()
    .hover({ position: { x: 10, y: 10 } });
  const start = (await from.locator('.connect-handle').boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('pools are associated and sites linked by drawing between them', async ({ page }) => {
  await page.goto('/');
  await newDesign(page, 'Connections');
  await dropFromPalette(page, 'site:central', undefined, { x: 40, y: 30 });
  const central = page.getByTestId('site-node').first();
  await dropFromPalette(page, 'pool:frontEnd', central, { x: 30, y: 70 });
  await dropFromPalette(page, 'pool:backEnd', central, { x: 30, y: 240 });
  const frontEnd = page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: /^pool01\.contoso\.com$/ }) });
  const backEnd = page.locator('.react-flow__node-pool').filter({ hasText: 'Back End' });
  await expect(backEnd).toContainText('sqlpool01.contoso.com');

  // Front End pool -> SQL store: a "Back End" association; its kind can be changed to another that fits the roles.
  await connect(page, frontEnd, backEnd);
  const label = page.locator('.association-label');
  await expect(label).toHaveText('Back End');
  await page.getByLabel('Kind').selectOption('monitoring');
  await expect(label).toHaveText('Monitoring');
  await expect(page.getByLabel('Kind').locator('option')).toHaveText(['Back End', 'Monitoring', 'Archiving']);

  // Sites: drawing from a branch's header to the central site adds a WAN link, selected for its capacity.
  await page.locator('[data-palette="site:branch"]').click();
  await page.locator('.react-flow__controls-fitview').click();
  const branch = page.locator('.react-flow__node-site').filter({ hasText: 'Branch site 1' });
  await connect(page, branch, page.locator('.react-flow__node-site').filter({ hasText: 'Central site 1' }));
  await expect(page.getByTestId('link-label')).toContainText('/ 2,048 kbps');
  await expect(page.getByLabel('Capacity (per direction)')).toHaveValue('2048');

  // A typed FQDN with an underscore is refused in the field, and the pool keeps its name.
  await frontEnd.locator('.pool-header').click();
  await page.getByLabel('Pool FQDN').fill('pool_01.contoso.com');
  await expect(page.getByRole('alert')).toHaveText('An FQDN cannot contain "_" (use letters, digits and hyphens)');
  await expect(frontEnd).toContainText('pool01.contoso.com');
  await page.getByLabel('Pool FQDN').press('Escape');
  await snapshot(page, '5-connections');

  // Deleting a site that holds pools asks first, and says what would go with it.
  await page.locator('.react-flow__node-site').filter({ hasText: 'Central site 1' }).locator('.site-name').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete' });
  await expect(confirm).toContainText('Deleting this item also deletes 2 pools, 1 WAN link and 1 association.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('pool-node')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await page.getByRole('dialog', { name: 'Delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('pool-node')).toHaveCount(0);
  await expect(page.getByTestId('site-node')).toHaveCount(1);
});

test('clicking a finding selects its subject and brings it into view', async ({ page }) => {
  await page.goto('/');
  await newDesign(page, 'Centre');
  await dropFromPalette(page, 'site:central', undefined, { x: 40, y: 30 });
  const site = page.getByTestId('site-node').first();
  await dropFromPalette(page, 'pool:frontEnd', site, { x: 30, y: 70 });
  await dropFromPalette(page, 'userGroup', site, { x: 420, y: 90 });
  await page.getByLabel('Users', { exact: true }).fill('90000');
  await expect(findingsOf(page, 'CAP-FE-POOL-MAX-USERS')).toContainText(
    'homes 90,000 users; a Front End pool supports at most 80,000',
  );

  // Pan the pool out of sight, then ask the finding where it is.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const pool = page.getByTestId('pool-node');
  await page.keyboard.press('Escape');
  // Drag the empty pane at the top right (clear of the site and the minimap) to the left, twice.
  for (let i = 0; i < 2; i++) {
    await page.mouse.move(canvas.x + canvas.width - 20, canvas.y + 16);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 20, canvas.y + 40, { steps: 8 });
    await page.mouse.up();
  }
  const away = (await pool.boundingBox())!;
  expect(away.x + away.width).toBeLessThan(canvas.x);

  await findingsOf(page, 'CAP-FE-POOL-MAX-USERS').click();
  await expect(page.getByLabel('Pool FQDN')).toHaveValue('pool01.contoso.com');
  await expect(async () => {
    const shown = (await pool.boundingBox())!;
    expect(shown.x).toBeGreaterThan(canvas.x);
    expect(shown.x + shown.width).toBeLessThan(canvas.x + canvas.width);
    expect(shown.y).toBeGreaterThan(canvas.y);
  }).toPass();
});
