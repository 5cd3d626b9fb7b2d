import { expect, type Page, test } from '@playwright/test';
import { openFile, snapshot } from './support/appActions';
import { fabrikamFixture } from './support/sampleDesigns';

type Box = { x: number; y: number; width: number; height: number };

const intersects = (a: Box, b: Box) =>
  a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;

const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });

/** Every label is off every box, and is the topmost thing at its centre. */
async function expectLabelsClear(page: Page) {
  const boxes = await nodeBoxes(page);
  for (const label of await page.locator('.association-label').all()) {
    const text = await label.textContent();
    const box = (await label.boundingBox())!;
    for (const node of boxes) expect(intersects(box, node), `"${text}" is off every box`).toBe(false);
  }
}

/** Every box a label could be hidden under: pools, servers and user groups. */
async function nodeBoxes(page: Page): Promise<Box[]> {
  const nodes = page.locator('.react-flow__node-pool, .react-flow__node-server, .react-flow__node-userGroup');
  return Promise.all((await nodes.all()).map(async (node) => (await node.boundingBox())!));
}

/** Points every 2 px along an edge's drawn path, in page coordinates. */
async function pathPoints(page: Page, edgeId: string): Promise<Array<{ x: number; y: number }>> {
  return page
    .locator(`.react-flow__edge[data-id="${edgeId}"] path.association-edge`)
    .evaluate((path: SVGPathElement) => {
      const matrix = path.getScreenCTM()!;
      const out: Array<{ x: number; y: number }> = [];
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        out.push({ x: p.x, y: p.y });
      }
      return out;
    });
}

test('association lines go round the boxes they do not join, and their labels show whole, off every box', async ({
  page,
}) => {
  await page.goto('/');
  const fabrikam = fabrikamFixture();
  await openFile(page, fabrikam.path);
  await expect(page.getByTestId('design-name')).toHaveText('Fabrikam');
  const labels = page.locator('.association-label');
  await expect(labels).toHaveCount(5);
  await page.waitForTimeout(300);
  const boxes = await nodeBoxes(page);
  expect(boxes.length).toBe(6 + 10 + 1);

  for (const text of ['File store', 'Next hop', 'Edge (media)', 'Back End', 'Office Web Apps']) {
    const label = labels.filter({ hasText: text });
    await expect(label).toHaveText(text);
    // Whole: the text fits its box (nothing cut off or ellipsized), no box covers it, and it is the topmost thing
    // at its centre.
    const fits = await label.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits, `"${text}" fits its box`).toBe(true);
    const box = (await label.boundingBox())!;
    for (const node of boxes) expect(intersects(box, node), `"${text}" is off every box`).toBe(false);
    const onTop = await label.evaluate((element) => {
      const r = element.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === element;
    });
    expect(onTop, `"${text}" is not hidden`).toBe(true);
  }

  // The Front End → Edge line does not run through the SQL pool between them.
  const sql = (await pool(page, 'sql01.fabrikam.com').boundingBox())!;
  const points = await pathPoints(page, fabrikam.ids.feToEdge);
  expect(points.length).toBeGreaterThan(20);
  const inside = points.filter(
    (p) => p.x > sql.x + 1 && p.x < sql.x + sql.width - 1 && p.y > sql.y + 1 && p.y < sql.y + sql.height - 1,
  );
  expect(inside).toEqual([]);
  await snapshot(page, 'association-routes');
  await page.getByTestId('canvas').screenshot({ path: 'test-results/screens/association-routes-canvas.png' });
});

test('a line follows a dragged pool, and routes again round what was dropped in its way or taken out of it', async ({
  page,
}) => {
  await page.goto('/');
  const fabrikam = fabrikamFixture();
  await openFile(page, fabrikam.path);
  await expect(page.locator('.association-label')).toHaveCount(5);
  const feToEdge = page.locator(`.react-flow__edge[data-id="${fabrikam.ids.feToEdge}"] path.association-edge`);
  const backEnd = page.locator('.association-label').filter({ hasText: 'Back End' });
  const bracket = await feToEdge.getAttribute('d');
  expect(bracket!.split('L')).toHaveLength(4);

  // The SQL pool dragged out of the column, to the right of the staff group: its own line follows it as it moves.
  const sql = pool(page, 'sql01.fabrikam.com');
  const from = (await sql.locator('.pool-header').boundingBox())!;
  const staff = (await page.getByTestId('user-group-node').boundingBox())!;
  const owa = (await pool(page, 'owa01.fabrikam.com').boundingBox())!;
  const sqlBox = (await sql.boundingBox())!;
  const dx = staff.x - sqlBox.x;
  const dy = owa.y - sqlBox.y;
  const before = (await backEnd.boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 20 + dx / 2, from.y + 10 + dy / 2, { steps: 8 });
  await expect.poll(async () => (await backEnd.boundingBox())!.x).toBeGreaterThan(before.x + 20);
  await page.mouse.move(from.x + 20 + dx, from.y + 10 + dy, { steps: 8 });
  await page.mouse.up();

  // Dropped: nothing stands between the Front End and Edge pools now, so that line runs straight down the column.
  await expect.poll(async () => (await feToEdge.getAttribute('d'))!.split('L').length).toBe(2);
  await expectLabelsClear(page);
  await snapshot(page, 'association-routes-dragged');
});
