import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openFile, snapshot } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

async function openEditingFixture(page: Page, change?: (design: { servers: Array<{ fqdn: string }> }) => void) {
  const path = editingFixture();
  if (change) {
    const design = JSON.parse(readFileSync(path, 'utf8'));
    change(design);
    writeFileSync(path, JSON.stringify(design));
  }
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('server-node')).toHaveCount(6);
}

/** The scale React Flow applies to the diagram, read from the viewport's transform. */
const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);

for (const width of [960, 1280, 1440]) {
  test(`at ${width} px wide every toolbar button and the whole inspector are inside the window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openEditingFixture(page);
    // The findings list has long rows; they wrap instead of widening the page.
    await expect(page.getByTestId('finding').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const name of [
      'Undo',
      'Layout ▾',
      'New',
      'Open…',
      'Library',
      'Save',
      'Save As…',
      'Print…',
      'Export…',
      'Close',
    ]) {
      const box = (await page.getByRole('banner').getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, `${name} ends inside the window`).toBeLessThanOrEqual(width);
    }
    const inspector = (await page.locator('.inspector').boundingBox())!;
    expect(inspector.x + inspector.width).toBeLessThanOrEqual(width);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(300);
    await snapshot(page, `window-${width}`);
  });
}

test('zoomed out past 30% the canvas keeps boxes, site names and link colours and leaves out the small print', async ({
  page,
}) => {
  // fe02 renamed to fe01: a server listed twice, so a server carries a badge too.
  await openEditingFixture(page, (design) => (design.servers[1]!.fqdn = design.servers[0]!.fqdn));
  await expect(page.locator('.react-flow__node-server .finding-badge')).toHaveCount(1);
  const canvas = page.getByTestId('canvas');
  const load = page.getByTestId('pool-load').first();
  const dallas = page.locator('.site-name', { hasText: 'Dallas' });
  await expect(load).toBeVisible();
  await expect(page.getByTestId('link-label')).toBeVisible();
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.3);

  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  while ((await zoomOf(page)) >= 0.3) await zoomOut.click();
  await expect(canvas).toHaveClass(/is-far/);
  await expect(load).toBeHidden();
  await expect(page.getByTestId('link-label')).toBeHidden();
  await expect(page.locator('.server-name').first()).toBeHidden();
  await expect(dallas).toBeVisible();
  await expect(page.locator('.pool-meter').first()).toBeVisible();
  // Every badge stays, on pools and servers alike.
  const badges = page.locator('.react-flow__node .finding-badge');
  expect(await badges.count()).toBeGreaterThan(0);
  for (const badge of await badges.all()) await expect(badge).toBeVisible();
  await expect(page.locator('.react-flow__edge-path.link-edge')).toHaveCount(1);
  // The link's figures are still one hover away.
  await expect(page.locator('.react-flow__edge-link title')).toHaveText(
    /^[\d,.]+ kbps of 10,000 kbps each way \([\d.]+%\); real-time share 3,000 kbps$/,
  );
  await snapshot(page, 'canvas-far');

  // An edit made while zoomed out is there when zooming back in.
  await page.getByTestId('user-group-node').first().click();
  await page.getByLabel('Users', { exact: true }).fill('9000');
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByTestId('zoom-fit').click();
  await expect(canvas).not.toHaveClass(/is-far/);
  await expect(load).toBeVisible();
  await expect(page.locator('.user-group-count').first()).toHaveText('9,000 users');
  await expect(page.getByTestId('link-label')).toBeVisible();
});

test('the overview draws sites and pools; a click in it brings that part into view, dragging pans, the wheel zooms', async ({
  page,
}) => {
  await openEditingFixture(page);
  const minimap = page.getByTestId('minimap');
  await expect(minimap.locator('.minimap-central')).toHaveCount(1);
  await expect(minimap.locator('.minimap-branch')).toHaveCount(1);
  await expect(minimap.locator('.minimap-pool')).toHaveCount(3);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();

  const centreOf = async (box: { x: number; y: number; width: number; height: number } | null) => ({
    x: box!.x + box!.width / 2,
    y: box!.y + box!.height / 2,
  });
  const flow = await centreOf(await page.locator('.react-flow').boundingBox());
  const austin = page
    .locator('.react-flow__node-site')
    .filter({ has: page.locator('.site-name', { hasText: 'Austin' }) });
  const target = await centreOf(await minimap.locator('.minimap-branch').boundingBox());
  await page.mouse.click(target.x, target.y);
  await expect.poll(async () => Math.abs((await centreOf(await austin.boundingBox())).x - flow.x)).toBeLessThan(20);
  expect(Math.abs((await centreOf(await austin.boundingBox())).y - flow.y)).toBeLessThan(20);

  // Dragging the frame to Dallas's first pool follows the pointer.
  const pool = await centreOf(await minimap.locator('.minimap-pool').first().boundingBox());
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(pool.x, pool.y, { steps: 8 });
  await page.mouse.up();
  const firstPool = page.locator('.react-flow__node-pool').first();
  await expect.poll(async () => Math.abs((await centreOf(await firstPool.boundingBox())).x - flow.x)).toBeLessThan(40);

  const before = await zoomOf(page);
  await page.mouse.move(pool.x, pool.y);
  await page.mouse.wheel(0, -100);
  await expect.poll(() => zoomOf(page)).toBeCloseTo(before * 1.2, 3);
  await snapshot(page, 'canvas-overview');
});
