import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openFile } from './support/appActions';
import { e2eFolder } from './support/filesFolder';

/** DiagramSvg's LEGACY_DASH, the dash of a printed 2010 border (the renderer's modules do not load in the runner). */
const LEGACY_DASH = '5 3';

// Issue 13, "What a reader sees": Lync 2010 objects are drawn apart from 2013 ones, with a "2010" tag, in the
// legend too, on screen and in print.
test('a Lync Server 2010 pool is dashed and tagged "2010" on the canvas and in print, and both legends say so', async ({
  page,
}) => {
  // A copy, so that nothing the app writes can touch the committed sample.
  const path = join(e2eFolder('lyncplan-legacy-'), 'fabrikam.lyncplan');
  copyFileSync(join('samples', 'fabrikam-2010-migration.lyncplan'), path);
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('toast').filter({ hasText: `Opened ${path}` })).toBeVisible();

  const legacyPool = page.getByTestId('pool-node').filter({ hasText: 'pool2010-dal.fabrikam.com' });
  await expect(legacyPool).toHaveAttribute('data-legacy', 'true');
  await expect(legacyPool.getByTestId('version-tag')).toHaveText('2010');
  // Not colour alone: its border is dashed, and its servers' too.
  expect(await legacyPool.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('dashed');
  const legacyServer = page.getByTestId('server-node').and(page.locator('[data-legacy="true"]')).first();
  expect(await legacyServer.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('dashed');
  // A 2013 pool of the plan has neither (the canvas may show the union of the plan's states here).
  const pool2013 = page.getByTestId('pool-node').filter({ hasText: 'pool2013-dal.fabrikam.com' });
  if ((await pool2013.count()) > 0) {
    await expect(pool2013.getByTestId('version-tag')).toHaveCount(0);
    expect(await pool2013.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('solid');
  }

  const legend = page.getByTestId('canvas-legend');
  await expect(legend.getByTestId('legend-legacy')).toHaveText(/Lync Server 2010/);
  await expect(legend.getByTestId('legend-legacy')).toContainText('2010');
  // Zoomed in on the Dallas 2010 pool, so the screenshot shows the tag and the dashes.
  const box = (await legacyPool.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await expect(legacyPool.getByTestId('version-tag')).toBeVisible();
  await page.getByTestId('canvas').screenshot({ path: 'test-results/screens/legacy-style-canvas.png' });

  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  const sheet = page.getByTestId('print-page').first();
  await expect(sheet.getByTestId('print-legend-legacy')).toHaveText(/Lync Server 2010/);
  // The printed 2010 pool: its caption tagged, its border dashed.
  const svg = sheet.getByTestId('diagram-svg').first();
  await expect(svg.locator('text', { hasText: 'FRONT END · 2010' }).first()).toBeAttached();
  await expect(svg.locator(`rect[stroke-dasharray="${LEGACY_DASH}"]`).first()).toBeAttached();
  await sheet.screenshot({ path: 'test-results/screens/legacy-style-print.png' });
});
