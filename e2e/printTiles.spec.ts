import { expect, test } from '@playwright/test';
import { placeNodes } from '../shared/commands/placeNodes';
import { DesignBuilder } from '../shared/testing/designBuilder';
import { openFile, snapshot } from './support/appActions';
import { writeFixture } from './support/sampleDesigns';

/** Twelve sites side by side, each with a Front End pool: a diagram far wider than it is tall. */
function wideEstate(): string {
  const b = new DesignBuilder('Twelve sites in a row');
  const places: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (let i = 0; i < 12; i++) {
    const site = b.site(`Site ${i + 1}`);
    b.pool(site, 'frontEnd', { servers: 3, fqdn: `pool${String(i + 1).padStart(2, '0')}.contoso.com` });
    places[site] = { x: i * 520, y: 0, width: 480, height: 320 };
  }
  return writeFixture(placeNodes(b.design, { places }), 'wide-estate');
}

test('tiles of a wide estate leave out the rows that would print blank, and fit to one says when it is too small to read', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, wideEstate());
  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();

  await expect(page.getByTestId('print-summary')).toContainText('1 diagram page (1 × 1)');
  await expect(page.getByTestId('print-note')).toHaveText(
    /^At \d+% on A4, captions print too small to read \(under 40%\): A3 prints at \d+%; \d × \d pages print at \d+%\.$/,
  );

  await page.getByLabel('Fit to pages').check();
  await expect(page.getByTestId('print-summary')).toContainText('2 diagram pages (2 × 1)');
  await expect(page.getByTestId('print-page')).toHaveCount(2);
  await expect(page.getByTestId('print-note')).toHaveText(
    '2 × 1 pages instead of 2 × 2: more would leave pages mostly blank at this shape of diagram.',
  );
  await snapshot(page, 'print-wide-2x1');
});
