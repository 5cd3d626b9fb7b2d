import { expect, type Locator, type Page, test } from '@playwright/test';
import { newDesign, openFile, resetPreferences, snapshot } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

/** The findings panel's top edge, by its role and name. */
const edgeOf = (page: Page) => page.getByRole('separator', { name: 'Findings panel height' });
const heightOf = async (locator: Locator) => Math.round((await locator.boundingBox())!.height);

async function openEditingFixture(page: Page, path = editingFixture()) {
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('server-node')).toHaveCount(6);
  return path;
}

/** Drags the panel's top edge to a height of the page (above the edge: a taller panel). */
async function dragEdgeTo(page: Page, to: number) {
  const box = (await edgeOf(page).boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, to, { steps: 6 });
  await page.mouse.up();
}

/** Drags the panel's top edge by `dy` pixels (negative: up, a taller panel). */
async function dragEdge(page: Page, dy: number) {
  const box = (await edgeOf(page).boundingBox())!;
  await dragEdgeTo(page, box.y + box.height / 2 + dy);
}

/** Drops a palette item at a point of the page (not of the canvas) and answers the new box the canvas draws. */
async function dropAt(page: Page, item: string, point: { x: number; y: number }, name: string) {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.locator(`[data-palette="${item}"]`).dragTo(canvas, {
    targetPosition: { x: point.x - box.x, y: point.y - box.y },
  });
  const node = page.getByTestId('site-node').filter({ hasText: name });
  await expect(node).toHaveCount(1);
  // The view may glide to the box (250 ms) when its free place is off screen: wait until it stands still.
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await node.boundingBox());
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
  return (await node.boundingBox())!;
}

test.afterEach(async ({ page }) => resetPreferences(page));

for (const width of [1440, 960]) {
  test.describe(`at ${width} × 900`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the findings panel is resized by its top edge, with the pointer or the keys, inside the window, and keeps its height after a reload', async ({
      page,
    }) => {
      const path = await openEditingFixture(page);
      const panel = page.getByTestId('findings');
      const canvas = page.getByTestId('canvas');
      const edge = edgeOf(page);
      await expect(edge).toHaveAttribute('aria-orientation', 'horizontal');
      const before = await heightOf(panel);

      await dragEdge(page, -120);
      await expect.poll(() => heightOf(panel)).toBe(before + 120);
      await expect(edge).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => heightOf(panel)).toBe(before + 120 - 32);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => heightOf(panel)).toBe(before + 120 - 16);
      await expect(edge).toHaveAttribute('aria-valuenow', String(before + 104));
      await snapshot(page, `panel-resized-${width}`);

      // Dragged to the top of the window, the panel stops where the canvas keeps 200 px; to the bottom, at its header
      // and one row.
      await dragEdgeTo(page, 1);
      await expect.poll(() => heightOf(canvas)).toBe(200);
      await dragEdgeTo(page, 899);
      await expect.poll(() => heightOf(panel)).toBe(96);

      await dragEdge(page, -150);
      await expect.poll(() => heightOf(panel)).toBe(246);
      await page.reload();
      await openFile(page, path);
      await expect(page.getByTestId('server-node')).toHaveCount(6);
      await expect.poll(() => heightOf(panel)).toBe(246);
    });

    test('the overview map is hidden by its toggle, stays hidden after a reload, and M shows it again', async ({
      page,
    }) => {
      const path = await openEditingFixture(page);
      const toggle = page.getByRole('button', { name: 'Overview map' });
      await expect(page.getByTestId('minimap')).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(page.getByTestId('minimap')).toHaveCount(0);
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await snapshot(page, `map-hidden-${width}`);

      await page.reload();
      await openFile(page, path);
      await expect(page.getByTestId('server-node')).toHaveCount(6);
      await expect(page.getByTestId('minimap')).toHaveCount(0);
      await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
      await page.keyboard.press('m');
      await expect(page.getByTestId('minimap')).toBeVisible();
      await page.keyboard.press('?');
      await expect(
        page.getByTestId('shortcut-sheet').locator('.shortcut-row', { hasText: 'overview map' }),
      ).toContainText('M');
    });

    test('a site dropped on the canvas just above the findings panel, or where the collapsed panel was, lands there in full view', async ({
      page,
    }) => {
      await openEditingFixture(page);
      const panel = page.getByTestId('findings');
      const canvas = (await page.getByTestId('canvas').boundingBox())!;
      const top = (await panel.boundingBox())!.y;
      // Between the zoom buttons and the overview map, 8 px above the panel.
      const above = { x: canvas.x + Math.min(300, canvas.width * 0.3), y: top - 8 };
      const first = await dropAt(page, 'site:branch', above, 'Branch site 2');
      expect(first.x).toBeLessThanOrEqual(above.x);
      expect(first.x + first.width).toBeGreaterThanOrEqual(above.x);
      expect(first.y).toBeLessThanOrEqual(above.y);
      expect(first.y + first.height, 'the whole site is above the panel').toBeLessThanOrEqual(top);
      await snapshot(page, `drop-above-panel-${width}`);

      await page.getByRole('button', { name: 'Findings', exact: true }).click();
      const collapsedTop = (await panel.boundingBox())!.y;
      expect(collapsedTop).toBeGreaterThan(top + 150);
      const under = { x: above.x, y: collapsedTop - 8 };
      const second = await dropAt(page, 'site:branch', under, 'Branch site 3');
      expect(second.x).toBeLessThanOrEqual(under.x);
      expect(second.x + second.width).toBeGreaterThanOrEqual(under.x);
      expect(second.y).toBeLessThanOrEqual(under.y);
      expect(second.y + second.height, 'the whole site is above the collapsed panel').toBeLessThanOrEqual(collapsedTop);
      await snapshot(page, `drop-collapsed-panel-${width}`);
    });

    test('the findings panel keeps its height when the first findings appear, so the canvas stays where the pointer is', async ({
      page,
    }) => {
      await page.goto('/');
      await newDesign(page, 'Steady panel');
      const panel = page.getByTestId('findings');
      const before = await heightOf(panel);
      await page.locator('[data-palette="site:central"]').click();
      await expect(page.getByTestId('site-node')).toHaveCount(1);
      await expect(page.getByTestId('finding').first()).toBeVisible();
      expect(await heightOf(panel)).toBe(before);
    });
  });
}

/** Whether a text shows whole, or, cut short, carries its whole text in a tooltip (its own title or its button's). */
async function shownOrTitled(locator: Locator) {
  return locator.evaluate((element: HTMLElement) => {
    const text = element.textContent?.trim() ?? '';
    const fits = element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight;
    const title = element.closest<HTMLElement>('[title]')?.title ?? '';
    return { text, fits, titled: title.includes(text) };
  });
}

for (const width of [1440, 960]) {
  test(`at ${width} px the design name, the search placeholder, the autosave line and the palette names show in full or on hover`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openEditingFixture(page);
    await page.locator('[data-palette="site:branch"]').click();
    await expect(page.getByTestId('autosave-status')).toContainText('Draft autosaved');

    const texts = [page.getByTestId('design-name'), page.getByTestId('autosave-status')];
    const labels = page.locator('.palette-label');
    for (let i = 0; i < (await labels.count()); i++) texts.push(labels.nth(i));
    for (const text of texts) {
      const { text: shown, fits, titled } = await shownOrTitled(text);
      expect(fits || titled, `"${shown}" shows in full or in its tooltip`).toBe(true);
      // At 1440 px they fit: the tooltip is for narrower windows and long names.
      if (width === 1440) expect(fits, `"${shown}" fits at 1440 px`).toBe(true);
    }

    const search = page.getByTestId('search-input');
    const placeholder = await search.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return {
        fits: context.measureText(input.placeholder).width <= room,
        text: input.placeholder,
        title: input.title,
      };
    });
    expect(
      placeholder.fits || placeholder.title.includes(placeholder.text),
      `"${placeholder.text}" in full or on hover`,
    ).toBe(true);
    if (width === 1440) expect(placeholder.fits, `"${placeholder.text}" fits at 1440 px`).toBe(true);
    await snapshot(page, `toolbar-texts-${width}`);
  });
}
