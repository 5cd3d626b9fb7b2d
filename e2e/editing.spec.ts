import { expect, type Locator, type Page, test } from '@playwright/test';
import { dropFromPalette, openFile, snapshot } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });
const server = (page: Page, host: string) =>
  page
    .locator('.react-flow__node-server')
    .filter({ has: page.locator('.server-name', { hasText: new RegExp(`^${host}$`) }) });
const site = (page: Page, name: string) =>
  page
    .locator('.react-flow__node-site')
    .filter({ has: page.locator('.site-name', { hasText: new RegExp(`^${name}$`) }) });
const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });
const selectedIds = (page: Page) => page.locator('.react-flow__node.selected');

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A mouse drag by (dx, dy) from a point inside `locator` (its header by default), in small steps like a hand. */
async function drag(page: Page, locator: Locator, to: { x: number; y: number }, from?: { x: number; y: number }) {
  const start = from ?? (await centre(locator));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

async function openEditingFixture(page: Page) {
  await page.goto('/');
  await openFile(page, editingFixture());
  await expect(page.getByTestId('design-name')).toHaveText('Editing fixture');
  await expect(page.getByTestId('server-node')).toHaveCount(6);
}

test('a drag is one undo step; Ctrl+Z and Ctrl+Shift+Z, the toolbar buttons and Ctrl+Y agree', async ({ page }) => {
  await openEditingFixture(page);
  await expect(page.getByTestId('undo')).toBeDisabled();
  const sql = pool(page, 'sqlpool01.contoso.com');
  const before = (await sql.boundingBox())!;
  const header = { x: before.x + 60, y: before.y + 20 };
  await drag(page, sql, { x: header.x + 10, y: header.y + 170 }, header);
  const moved = (await sql.boundingBox())!;
  expect(moved.y - before.y).toBeGreaterThan(60);
  await expect(page.getByTestId('dirty')).toBeVisible();

  // Selecting is not a step: the undo brings back the position, not the selection.
  await server(page, 'fe01').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await sql.boundingBox())!.y).toBeCloseTo(before.y, 0);
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await expect(server(page, 'fe01')).toHaveClass(/selected/);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await sql.boundingBox())!.y).toBeCloseTo(moved.y, 0);
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await sql.boundingBox())!.y).toBeCloseTo(before.y, 0);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await sql.boundingBox())!.y).toBeCloseTo(moved.y, 0);
  await expect(page.getByTestId('redo')).toBeDisabled();
});

test('a server moves between pools of its role, and is refused by a pool of another role with the reason', async ({
  page,
}) => {
  await openEditingFixture(page);
  const pool1 = pool(page, 'pool01.contoso.com');
  const pool2 = pool(page, 'pool02.contoso.com');
  const sql = pool(page, 'sqlpool01.contoso.com');
  await drag(page, server(page, 'fe03'), await centre(sql.locator('.pool-header')));
  await expect(
    toast(
      page,
      'fe03.contoso.com is a Front End server; Back End SQL store sqlpool01.contoso.com takes only Back End SQL store servers.',
    ),
  ).toBeVisible();
  await expect(pool1.getByTestId('pool-server-count')).toHaveText('3 servers');
  await expect(sql.getByTestId('pool-server-count')).toHaveText('1 server');
  await snapshot(page, 'editing-1-drop-refused');

  await drag(page, server(page, 'fe03'), await centre(pool2.locator('.pool-header')));
  await expect(pool1.getByTestId('pool-server-count')).toHaveText('2 servers');
  await expect(pool2.getByTestId('pool-server-count')).toHaveText('3 servers');
  await page.keyboard.press('Control+z');
  await expect(pool1.getByTestId('pool-server-count')).toHaveText('3 servers');
});

test('a pool dropped outside every site asks which site it belongs to', async ({ page }) => {
  await openEditingFixture(page);
  // Bare canvas below the sites.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const dallas = (await site(page, 'Dallas').boundingBox())!;
  await dropFromPalette(page, 'pool:edge', undefined, { x: 30, y: dallas.y - canvas.y + dallas.height + 40 });
  const dialog = page.getByRole('dialog', { name: 'Which site is this pool in?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Austin' }).click();
  await dialog.getByRole('button', { name: 'Add pool' }).click();
  const edge = pool(page, 'edgepool01.contoso.com');
  await expect(edge).toBeVisible();
  await expect(page.getByLabel('Pool FQDN')).toHaveValue('edgepool01.contoso.com');
  // It sits inside Austin's box.
  const austin = (await site(page, 'Austin').boundingBox())!;
  const placed = (await edge.boundingBox())!;
  expect(placed.x).toBeGreaterThan(austin.x);
  expect(placed.y).toBeGreaterThan(austin.y);
  expect(placed.x + placed.width).toBeLessThan(austin.x + austin.width + 1);

  // Cancelling adds nothing.
  await dropFromPalette(page, 'pool:director', undefined, { x: 30, y: dallas.y - canvas.y + dallas.height + 40 });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.react-flow__node-pool').filter({ hasText: 'Director' })).toHaveCount(0);
});

test("box and Shift+click select several; Ctrl+A selects all, Escape none; Delete asks about a pool's servers", async ({
  page,
}) => {
  await openEditingFixture(page);
  await server(page, 'fe01').click();
  await server(page, 'fe02').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('inspector')).toContainText('2 items selected.');

  // A box drawn with Shift held over the three servers of pool01.
  const first = (await server(page, 'fe01').boundingBox())!;
  const last = (await server(page, 'fe03').boundingBox())!;
  await page.keyboard.press('Escape');
  await expect(selectedIds(page)).toHaveCount(0);
  await page.keyboard.down('Shift');
  await page.mouse.move(first.x - 6, first.y - 6);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width + 6, last.y + last.height + 6, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('inspector')).toContainText('3 items selected.');
  await snapshot(page, 'editing-2-box-selection');

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  // 2 sites, 3 pools, 6 servers, 2 user groups and the link.
  await expect(page.getByTestId('inspector')).toContainText('14 items selected.');
  await page.keyboard.press('Escape');
  await expect(selectedIds(page)).toHaveCount(0);

  await pool(page, 'pool02.contoso.com').locator('.pool-fqdn').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete' });
  await expect(confirm).toContainText('also deletes 2 servers, 1 user group and 1 association.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('server-node')).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('server-node')).toHaveCount(6);
});

test('copy, paste and duplicate give new ids and the next FQDNs', async ({ page }) => {
  await openEditingFixture(page);
  await server(page, 'fe03').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(server(page, 'fe04')).toBeVisible();
  await expect(server(page, 'fe04')).toHaveClass(/selected/);
  await expect(pool(page, 'pool01.contoso.com').getByTestId('pool-server-count')).toHaveText('4 servers');
  await page.keyboard.press('Control+v');
  await expect(server(page, 'fe05')).toBeVisible();

  // Ctrl+D on a pool: a new pool, its servers numbered after every name in use (fe12 is taken: fe13, fe14).
  await pool(page, 'pool02.contoso.com').locator('.pool-fqdn').click();
  await page.keyboard.press('Control+d');
  const copy = pool(page, 'pool03.contoso.com');
  await expect(copy).toBeVisible();
  await expect(copy.getByTestId('pool-server-count')).toHaveText('2 servers');
  await expect(server(page, 'fe13')).toBeVisible();
  await expect(server(page, 'fe14')).toBeVisible();
  await snapshot(page, 'editing-3-pasted');
  await page.keyboard.press('Control+z');
  await expect(copy).toHaveCount(0);

  // Ctrl+D on a branch: the copy keeps its WAN link to Dallas and brings its 300 users.
  await expect(page.getByTestId('link-label')).toHaveCount(1);
  await site(page, 'Austin').locator('.site-name').click();
  await page.keyboard.press('Control+d');
  await expect(site(page, 'Austin 2')).toBeVisible();
  await expect(page.getByTestId('link-label')).toHaveCount(2);
  await expect(page.getByTestId('user-group-node').filter({ hasText: '300 users' })).toHaveCount(2);
});

test('arrow keys nudge the selection by the grid step', async ({ page }) => {
  await openEditingFixture(page);
  const austin = site(page, 'Austin');
  await austin.locator('.site-name').click();
  const zoom = await page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    return new DOMMatrix(transform).a;
  });
  const before = (await austin.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await austin.boundingBox())!.x - before.x).toBeCloseTo(8 * zoom, 0);
  await expect.poll(async () => (await austin.boundingBox())!.y - before.y).toBeCloseTo(40 * zoom, 0);
});

test('automatic layout of the whole design is one step that Ctrl+Z takes back', async ({ page }) => {
  await openEditingFixture(page);
  const austin = site(page, 'Austin');
  const dallas = site(page, 'Dallas');
  const before = { austin: (await austin.boundingBox())!, dallas: (await dallas.boundingBox())! };
  await page.getByTestId('layout-menu').click();
  await page.getByRole('menuitem', { name: 'Whole design: hubs and spokes' }).click();
  await expect(toast(page, 'Laid out 2 sites as hubs and spokes.')).toBeVisible();
  await page.getByTestId('zoom-fit').click();
  await page.waitForTimeout(400);
  // The branch is now above its hub (the first spoke points up), and nothing overlaps.
  const after = { austin: (await austin.boundingBox())!, dallas: (await dallas.boundingBox())! };
  expect(after.austin.y + after.austin.height).toBeLessThan(after.dallas.y);
  await snapshot(page, 'editing-4-hub-and-spokes');
  await page.keyboard.press('Control+z');
  await page.getByTestId('zoom-fit').click();
  await page.waitForTimeout(400);
  const undone = { austin: (await austin.boundingBox())!, dallas: (await dallas.boundingBox())! };
  // Back where they were: Austin to the right of Dallas, level with it, as before the layout (zoom may differ).
  const gap = (b: typeof before) => (b.austin.x - b.dallas.x) / b.dallas.width;
  expect(gap(undone)).toBeCloseTo(gap(before), 2);
  expect(Math.abs(undone.austin.y - undone.dallas.y)).toBeLessThan(2);
  expect(Math.abs(before.austin.y - before.dallas.y)).toBeLessThan(2);
});

test('search finds a server by FQDN and centres it; the ? sheet lists the shortcuts', async ({ page }) => {
  await openEditingFixture(page);
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type('fe12');
  await expect(page.getByTestId('search-results')).toContainText('Server in pool02.contoso.com');
  await page.keyboard.press('Enter');
  const target = server(page, 'fe12');
  await expect(target).toHaveClass(/selected/);
  await page.waitForTimeout(500);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const point = await centre(target);
  expect(Math.abs(point.x - (canvas.x + canvas.width / 2))).toBeLessThan(30);
  expect(Math.abs(point.y - (canvas.y + canvas.height / 2))).toBeLessThan(30);
  await snapshot(page, 'editing-5-search');

  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toContainText('Undo');
  await expect(sheet).toContainText('Paste (FQDNs numbered on: fe03 → fe04)');
  await snapshot(page, 'editing-6-shortcut-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('a collapsed site is one box with its totals and the worst finding inside', async ({ page }) => {
  await openEditingFixture(page);
  const dallas = site(page, 'Dallas');
  await dallas.getByTestId('site-collapse').click();
  await expect(page.getByTestId('server-node')).toHaveCount(0);
  await expect(dallas.getByTestId('site-collapsed-body')).toContainText('3 pools · 6 servers · 8,000 users');
  await expect(dallas.getByTestId('site-collapsed-body')).toContainText('worst:');
  await snapshot(page, 'editing-7-collapsed-site');
  await dallas.getByTestId('site-collapse').click();
  await expect(page.getByTestId('server-node')).toHaveCount(6);
});

test('dragging a pool level with its neighbour shows an alignment guide and snaps to it', async ({ page }) => {
  await openEditingFixture(page);
  const sql = pool(page, 'sqlpool01.contoso.com');
  const pool2 = pool(page, 'pool02.contoso.com');
  const box = (await sql.boundingBox())!;
  const start = { x: box.x + 60, y: box.y + 20 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y + 90, { steps: 10 });
  // Back up slowly until the pool comes level with one of pool02's lines and a guide appears.
  const guide = page.getByTestId('alignment-guide');
  let seen = false;
  for (let dy = 90; dy >= -20 && !seen; dy -= 2) {
    await page.mouse.move(start.x, start.y + dy);
    seen = (await guide.count()) > 0;
  }
  expect(seen).toBe(true);
  await snapshot(page, 'editing-8-alignment-guide');
  await page.mouse.up();
  await expect(guide).toHaveCount(0);
  // Dropped level: one of its top, middle or bottom lines is on one of pool02's.
  const lines = (b: { y: number; height: number }) => [b.y, b.y + b.height / 2, b.y + b.height];
  const mine = lines((await sql.boundingBox())!);
  const theirs = lines((await pool2.boundingBox())!);
  expect(Math.min(...mine.flatMap((a) => theirs.map((b) => Math.abs(a - b))))).toBeLessThan(1);
});

test('the dark theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEditingFixture(page);
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.inspector')!).backgroundColor);
  expect(background).toBe('rgb(17, 24, 39)');
  await snapshot(page, 'editing-9-dark');
});
