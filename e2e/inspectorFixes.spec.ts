import { expect, type Page, test } from '@playwright/test';
import { findingsOf, openFile, snapshot } from './support/appActions';
import { inspectorFixesFixture } from './support/sampleDesigns';

const pool = (page: Page, fqdn: string) =>
  page
    .locator('.react-flow__node-pool')
    .filter({ has: page.locator('.pool-fqdn', { hasText: new RegExp(`^${fqdn.replace(/\./g, '\\.')}$`) }) });

/**
 * Issue 11, item 4: every finding can be fixed in the app. The two that asked for settings the inspector lacked,
 * DNS load balancing on an Edge pool and call admission control on a Front End pool, go away when they are set.
 */
test('DNS load balancing and call admission control, set in the inspector, clear their findings', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto('/');
  await openFile(page, inspectorFixesFixture());
  await expect(page.getByTestId('design-name')).toHaveText('Inspector fixes');
  await expect(findingsOf(page, 'TOPO-EE-NEEDS-LB')).toHaveCount(1);
  await expect(findingsOf(page, 'TOPO-EE-NEEDS-LB')).toContainText(
    'Edge pool edgepool01.contoso.com has 2 servers but no load balancing set; choose DNS or hardware load balancing for its interfaces.',
  );
  await expect(findingsOf(page, 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE')).toHaveCount(1);

  // The finding selects the Edge pool; one interface set to DNS sets both (they must match), and the warning goes.
  await findingsOf(page, 'TOPO-EE-NEEDS-LB').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Edge pool');
  const internal = inspector.getByLabel('Internal interface load balancing');
  const external = inspector.getByLabel('External interface load balancing');
  await expect(internal).toHaveValue('');
  await internal.selectOption({ label: 'DNS load balancing' });
  await expect(findingsOf(page, 'TOPO-EE-NEEDS-LB')).toHaveCount(0);
  await expect(external).toHaveValue('dns');
  await expect(findingsOf(page, 'TOPO-EDGE-LB-SAME')).toHaveCount(0);
  await snapshot(page, 'inspector-fixes-1-edge-dns-load-balancing');

  // A mismatch is its own error, and setting the other side back clears it.
  await external.selectOption({ label: 'Hardware load balancer' });
  await expect(findingsOf(page, 'TOPO-EDGE-LB-SAME')).toHaveCount(1);
  await external.selectOption({ label: 'DNS load balancing' });
  await expect(findingsOf(page, 'TOPO-EDGE-LB-SAME')).toHaveCount(0);

  // Call admission control runs on one Front End pool of the central site: tick it on pool01 and the error goes.
  await page.locator('.react-flow__controls-fitview').click();
  await pool(page, 'pool01.contoso.com').locator('.pool-fqdn').click();
  await expect(inspector).toContainText('Front End pool');
  const cac = inspector.getByLabel('Runs call admission control for its central site');
  await expect(cac).not.toBeChecked();
  await cac.check();
  await expect(findingsOf(page, 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE')).toHaveCount(0);
  await snapshot(page, 'inspector-fixes-2-call-admission-control');

  expect(consoleErrors).toEqual([]);
});
