import { expect, type Locator, type Page, test } from '@playwright/test';
import { dropFromPalette, openFile, snapshot } from './support/appActions';
import { crowdedFixture } from './support/crowdedDesign';

type Box = { x: number; y: number; width: number; height: number };

const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });
const site = (page: Page, name: string) =>
  page
    .locator('.react-flow__node-site')
    .filter({ has: page.locator('.site-name', { hasText: new RegExp(`^${name}$`) }) });

const boxesOf = async (locator: Locator) =>
  Promise.all((await locator.all()).map(async (l) => (await l.boundingBox())!));
const overlapping = (a: Box, b: Box) =>
  a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;

/** No two pools or user groups overlap on screen, and no two sites do. */
async function expectNothingOverlaps(page: Page) {
  for (const selector of ['.react-flow__node-site', '.react-flow__node-pool, .react-flow__node-userGroup']) {
    const boxes = await boxesOf(page.locator(selector));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlapping(boxes[i]!, boxes[j]!), `${selector} #${i} and #${j} overlap`).toBe(false);
  }
}

async function openCrowded(page: Page) {
  await page.goto('/');
  await openFile(page, crowdedFixture());
  await expect(page.getByTestId('design-name')).toHaveText('Crowded fixture');
  await expect(page.getByTestId('server-node')).toHaveCount(16);
  await expectNothingOverlaps(page);
}

test('a pool that grows to 13 servers moves its Back End down, as one undo step', async ({ page }) => {
  await openCrowded(page);
  const fe = pool(page, 'pool01.contoso.com');
  const sql = pool(page, 'sqlpool01.contoso.com');
  const before = (await sql.boundingBox())!;
  await dropFromPalette(page, 'server', fe, { x: 60, y: 30 });
  await expect(fe.getByTestId('pool-server-count')).toHaveText('13 servers');
  await expectNothingOverlaps(page);
  const after = (await sql.boundingBox())!;
  expect(after.y).toBeGreaterThan(before.y);
  expect(after.x).toBeCloseTo(before.x, 0);
  await snapshot(page, 'room-1-grown-pool');
  await page.keyboard.press('Control+z');
  await expect(fe.getByTestId('pool-server-count')).toHaveText('12 servers');
  await expect.poll(async () => (await sql.boundingBox())!.y).toBeCloseTo(before.y, 0);
});

test('a Director dropped on the Edge pool, and groups dropped on the file store and the SBA, land beside them', async ({
  page,
}) => {
  await openCrowded(page);
  const edge = pool(page, 'edgepool01.contoso.com');
  const edgeBefore = (await edge.boundingBox())!;
  await dropFromPalette(page, 'pool:director', edge, { x: 80, y: 40 });
  await expect(pool(page, 'dirpool01.contoso.com')).toBeVisible();
  expect((await edge.boundingBox())!).toEqual(edgeBefore);
  await dropFromPalette(page, 'userGroup', pool(page, 'files01.contoso.com'), { x: 60, y: 40 });
  await dropFromPalette(page, 'userGroup', pool(page, 'sba01.contoso.com'), { x: 60, y: 40 });
  await expect(page.getByTestId('user-group-node')).toHaveCount(4);
  await expectNothingOverlaps(page);
  await page.keyboard.press('Escape');
  await snapshot(page, 'room-2-drops');
});

test('a duplicated site goes to free space, not onto the original or its neighbours', async ({ page }) => {
  await openCrowded(page);
  await site(page, 'Austin').locator('.site-name').click();
  await page.keyboard.press('Control+d');
  await expect(site(page, 'Austin 2')).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(site(page, 'Austin 3')).toBeVisible();
  await page.getByTestId('zoom-fit').click();
  await page.waitForTimeout(400);
  await expectNothingOverlaps(page);
  await snapshot(page, 'room-3-pasted-sites');
});
