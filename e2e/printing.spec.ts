import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openFile, snapshot } from './support/appActions';
import { e2eFolder } from './support/filesFolder';
import { editingFixture } from './support/sampleDesigns';

/** Pages in a PDF, as poppler's pdfinfo counts them. */
const pdfPages = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
/** Page size in points, as pdfinfo reports it ("841.89 x 595.276 pts (A4)"). */
const pdfPageSize = (path: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+) pts/
    .exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))!
    .slice(1, 3)
    .map(Number);
const out = e2eFolder('lyncplan-print-');

async function openPreview(page: Page) {
  await page.goto('/');
  await openFile(page, editingFixture());
  await expect(page.getByTestId('server-node')).toHaveCount(6);
  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
}

/** The browser's print of the preview route, with the page size the route sets (as Print does in a browser). */
async function printToPdf(page: Page, name: string): Promise<string> {
  const path = join(out, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '50', path, join('test-results', 'screens', `print-${name}`)]);
  return path;
}

test('A4 landscape, fit to one page: one page with the title block, the same in the PDF', async ({ page }) => {
  await openPreview(page);
  await page.getByLabel('Paper').selectOption('A4');
  await page.getByLabel('Landscape').check();
  await page.getByLabel('Fit to one page').check();
  await expect(page.getByTestId('print-page')).toHaveCount(1);
  const sheet = page.getByTestId('print-page').first();
  await expect(sheet.getByTestId('title-block')).toContainText('Editing fixture');
  await expect(sheet.getByTestId('page-number')).toHaveText('Page 1 of 1');
  await expect(sheet.getByTestId('title-block')).toContainText('Front End');
  await expect(sheet.getByTestId('diagram-svg')).toContainText('pool01.contoso.com');
  // The page is A4 landscape on screen: 297 x 210 mm at 96 px per inch.
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeCloseTo((297 * 96) / 25.4, 0);
  expect(box.height).toBeCloseTo((210 * 96) / 25.4, 0);
  await snapshot(page, 'print-1-preview-fit-to-one');

  const pdf = await printToPdf(page, 'a4-landscape-fit-to-one');
  expect(pdfPages(pdf)).toBe(1);
  const [width, height] = pdfPageSize(pdf);
  expect(width).toBeCloseTo((297 / 25.4) * 72, 0);
  expect(height).toBeCloseTo((210 / 25.4) * 72, 0);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Editing fixture');
  expect(text).toContain('Page 1 of 1');
  expect(text).toContain('pool01.contoso.com');
  // The toolbar and the setup panel are not printed.
  expect(text).not.toContain('Print preview');
  expect(text).not.toContain('Library');
});

test('fit to 2 x 2 pages is four tiles with marks; extra pages follow; the setup is kept in the design', async ({
  page,
}) => {
  await openPreview(page);
  await page.getByLabel('Fit to pages').check();
  await expect(page.getByLabel('Pages across')).toHaveValue('2');
  await expect(page.getByTestId('print-page')).toHaveCount(4);
  await expect(page.getByTestId('tile-marks')).toHaveCount(4);
  await expect(page.getByTestId('print-page').nth(1).getByTestId('title-block')).toContainText(
    'row 1 of 2, column 2 of 2',
  );
  await expect(page.getByTestId('print-summary')).toContainText('4 diagram pages (2 × 2)');
  await snapshot(page, 'print-2-preview-2x2');
  const tiles = await printToPdf(page, 'a4-landscape-2x2');
  expect(pdfPages(tiles)).toBe(4);

  await page.getByLabel('Findings, by severity, with sources').check();
  await page.getByLabel('Bill of materials by site and role, with hardware').check();
  await expect(page.getByTestId('print-page')).toHaveCount(6);
  await expect(page.getByTestId('print-page').nth(4)).toContainText('TOPO-POOL-NEEDS-FILESTORE');
  await expect(page.getByTestId('print-page').nth(5)).toContainText('Bill of materials');
  await expect(page.getByTestId('print-page').nth(5).getByTestId('page-number')).toHaveText('Page 6 of 6');
  const withTables = await printToPdf(page, 'a4-landscape-2x2-with-tables');
  expect(pdfPages(withTables)).toBe(6);

  // A3 portrait at a fixed 50%: as many pages as needed (here one), no blank trailing page.
  await page.getByLabel('Paper').selectOption('A3');
  await page.getByLabel('Portrait').check();
  await page.getByLabel('Fixed scale').check();
  await page.getByLabel('Scale (%)').fill('50');
  await expect(page.getByTestId('print-summary')).toContainText('1 diagram page (1 × 1) at 50%, A3 portrait');
  const fixed = await printToPdf(page, 'a3-portrait-50');
  expect(pdfPages(fixed)).toBe(3);

  // The page setup is part of the design: it survives closing the preview, and Ctrl+Z takes it back.
  await page.getByTestId('close-preview').click();
  await page.getByTestId('print-preview-button').click();
  await expect(page.getByLabel('Paper')).toHaveValue('A3');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Scale (%)')).toHaveValue('100');
});

test('PNG and SVG exports of the design and of the selection, and the CSV tables', async ({ page }) => {
  await page.goto('/');
  await openFile(page, editingFixture());
  await expect(page.getByTestId('server-node')).toHaveCount(6);
  const exportAs = async (
    what: string,
    file: string,
    options: { scale?: string; selection?: boolean; transparent?: boolean } = {},
  ) => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel(what).check();
    if (options.selection) await dialog.getByLabel(/The selection/).check();
    if (options.scale) await dialog.getByLabel(options.scale, { exact: true }).check();
    if (options.transparent) await dialog.getByLabel('Transparent').check();
    await dialog.getByLabel('File path').fill(join(out, file));
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: `Exported ${join(out, file)}` })).toBeVisible();
    return join(out, file);
  };
  const pngSize = (path: string) => {
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  };

  const svg = readFileSync(await exportAs('SVG drawing of the diagram', 'design.svg'), 'utf8');
  expect(svg).toContain('<svg');
  for (const name of ['Dallas', 'Austin', 'pool01.contoso.com', 'sqlpool01.contoso.com', 'fe03'])
    expect(svg).toContain(name);
  const viewBox = /viewBox="([-\d. ]+)"/.exec(svg)![1]!.split(' ').map(Number);

  const one = pngSize(await exportAs('PNG image of the diagram', 'design-1x.png', { scale: '1×' }));
  const two = pngSize(await exportAs('PNG image of the diagram', 'design-2x.png', { scale: '2×' }));
  const four = pngSize(await exportAs('PNG image of the diagram', 'design-4x.png', { scale: '4×', transparent: true }));
  expect(one).toEqual({ width: Math.round(viewBox[2]!), height: Math.round(viewBox[3]!) });
  expect(two).toEqual({ width: Math.round(viewBox[2]! * 2), height: Math.round(viewBox[3]! * 2) });
  expect(four.width).toBe(Math.round(viewBox[2]! * 4));

  // The path kept from the last export takes the chosen format's extension: never PNG bytes named .svg.
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByLabel('File path')).toHaveValue(join(out, 'design-4x.png'));
  await dialog.getByLabel('SVG drawing of the diagram').check();
  await expect(dialog.getByLabel('File path')).toHaveValue(join(out, 'design-4x.svg'));
  await dialog.getByLabel('CSV: bill of materials').check();
  await expect(dialog.getByLabel('File path')).toHaveValue(join(out, 'design-4x.csv'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The selection alone: Austin (a site with its user group) and nothing of Dallas.
  await page.locator('.react-flow__node-site').filter({ hasText: 'Austin' }).locator('.site-name').click();
  const part = readFileSync(await exportAs('SVG drawing of the diagram', 'austin.svg', { selection: true }), 'utf8');
  expect(part).toContain('Austin');
  expect(part).not.toContain('pool01.contoso.com');
  const partPng = pngSize(await exportAs('PNG image of the diagram', 'austin.png', { selection: true, scale: '1×' }));
  expect(partPng.width).toBeLessThan(one.width);

  const bom = readFileSync(await exportAs('CSV: bill of materials', 'bom.csv'), 'utf8');
  expect(bom.split('\r\n')[0]).toBe('Site,Role,Pool,Servers,Hardware per server');
  expect(bom).toContain('Dallas,Front End pool,pool01.contoso.com,3,');
  const links = readFileSync(await exportAs('CSV: bandwidth of each link', 'links.csv'), 'utf8');
  expect(links.split('\r\n')[0]).toContain('Link,Capacity kbps,Demand kbps');
  expect(links).toContain('10000');
});
