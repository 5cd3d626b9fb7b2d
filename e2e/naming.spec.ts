import { expect, test } from '@playwright/test';
import { dropFromPalette, newDesign, snapshot } from './support/appActions';

test("new names: a file store's first server takes its name, and the design's default SIP domain replaces contoso.com", async ({
  page,
}) => {
  await page.goto('/');
  await newDesign(page, 'Naming');
  const inspector = page.getByTestId('inspector');
  await inspector.getByLabel('Default SIP domain').fill('fabrikam.com');
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 40 });
  const site = page.getByTestId('site-node').first();
  await dropFromPalette(page, 'pool:frontEnd', site, { x: 60, y: 90 });
  const frontEnd = page.getByTestId('pool-node').filter({ hasText: 'pool01.fabrikam.com' });
  await expect(frontEnd).toBeVisible();
  await dropFromPalette(page, 'server', frontEnd, { x: 60, y: 30 });
  await expect(page.locator('.server-name', { hasText: /^fe01$/ })).toBeVisible();

  await dropFromPalette(page, 'pool:fileStore', site, { x: 480, y: 90 });
  const fileStore = page.getByTestId('pool-node').filter({ hasText: 'fs01.fabrikam.com' });
  await expect(fileStore).toBeVisible();
  await dropFromPalette(page, 'server', fileStore, { x: 60, y: 30 });
  await expect(page.getByTestId('server-node')).toHaveCount(2);
  await expect(page.locator('.server-name', { hasText: /^fs01$/ })).toBeVisible();
  await expect(page.locator('.server-name', { hasText: /^fs02$/ })).toHaveCount(0);
  await snapshot(page, 'naming-default-domain');
});
