import { expect, type Page, test } from '@playwright/test';
import { openFile, resetPreferences, snapshot } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

/** The colours the page shows: the inspector's panel, and React Flow's own theme class on the canvas. */
async function shownColours(page: Page) {
  return {
    inspector: await page.evaluate(() => {
      const inspector = document.querySelector('.inspector');
      return inspector ? getComputedStyle(inspector).backgroundColor : 'no inspector';
    }),
    flow: (await page.locator('.react-flow').getAttribute('class'))?.includes(' dark') ? 'dark' : 'light',
  };
}
const DARK = { inspector: 'rgb(17, 24, 39)', flow: 'dark' };
const LIGHT = { inspector: 'rgb(255, 255, 255)', flow: 'light' };

async function chooseTheme(page: Page, name: 'Use System Setting' | 'Light' | 'Dark') {
  await page.getByTestId('help-menu').click();
  await page.getByRole('menuitemradio', { name }).click();
}

async function openEditingFixture(page: Page) {
  await page.goto('/');
  await openFile(page, editingFixture());
  await expect(page.getByTestId('server-node')).toHaveCount(6);
}

test.afterEach(async ({ page }) => resetPreferences(page));

test('View ▸ Theme: dark or light whatever the system, or the system’s, kept after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openEditingFixture(page);
  expect(await shownColours(page)).toEqual(LIGHT);
  await page.getByTestId('help-menu').click();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('menuitemradio')).toHaveText([
    'Use System Setting',
    'Light',
    'Dark',
  ]);
  await snapshot(page, 'theme-0-help-menu');
  // The choice in force is checked: the system's, until the planner picks one.
  await expect(page.getByRole('menuitemradio', { name: 'Use System Setting' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect.poll(() => shownColours(page)).toEqual(DARK);
  await snapshot(page, 'theme-1-dark-on-a-light-system');

  // Kept in the library: a reload (a restart) comes back dark on the light system.
  await page.reload();
  await openFile(page, editingFixture());
  await expect(page.getByTestId('server-node')).toHaveCount(6);
  await expect.poll(() => shownColours(page)).toEqual(DARK);

  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseTheme(page, 'Light');
  await expect.poll(() => shownColours(page)).toEqual(LIGHT);

  // Left to the system, the page follows it as it changes.
  await chooseTheme(page, 'Use System Setting');
  await expect.poll(() => shownColours(page)).toEqual(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => shownColours(page)).toEqual(LIGHT);
});

test('Help shows the file format and the command line inside the app, each linking to the other', async ({ page }) => {
  await page.goto('/');
  // Help is there before any design is open, as the menu bar's is.
  await page.getByTestId('help-menu').click();
  await expect(page.getByRole('menuitem')).toHaveText([
    'Keyboard Shortcuts',
    'The .lyncplan File Format',
    'The lyncplan Command Line',
  ]);
  await page.getByRole('menuitem', { name: 'The .lyncplan File Format' }).click();
  const help = page.getByTestId('help-document');
  await expect(help.getByRole('heading', { level: 2 }).first()).toHaveText(/\.lyncplan file format/i);
  const text = page.getByTestId('help-document-text');
  // The fields are tables, and the contents list goes to each section.
  await expect(text.locator('table').first()).toBeVisible();
  await expect(text.locator('code', { hasText: 'formatVersion' }).first()).toBeVisible();
  const contents = help.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  expect(await contents.count()).toBeGreaterThan(3);
  const last = contents.last();
  const lastTitle = (await last.textContent())!;
  await last.click();
  await expect(text.getByRole('heading', { name: lastTitle, exact: true })).toBeInViewport();
  await snapshot(page, 'help-1-file-format');

  await text
    .getByRole('link', { name: /command line/i })
    .first()
    .click();
  await expect(help.getByRole('heading', { level: 2 }).first()).toHaveText(/command line/i);
  await expect(text.locator('code', { hasText: '--json' }).first()).toBeVisible();
  await snapshot(page, 'help-2-command-line');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('the toolbar’s menus work from the keyboard, and their keys never reach the canvas behind them', async ({
  page,
}) => {
  await openEditingFixture(page);
  // A selected site: an arrow key that leaked out of the menu would nudge it (and mark the design changed).
  const austin = page
    .locator('.react-flow__node-site')
    .filter({ has: page.locator('.site-name', { hasText: /^Austin$/ }) });
  await austin.locator('.site-name').click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  const before = await austin.boundingBox();
  await page.getByTestId('help-menu').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Keyboard Shortcuts' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'The lyncplan Command Line' })).toBeFocused();
  // Up from the first item goes round to the last; End and Home go to the ends.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByTestId('help-menu')).toBeFocused();
  expect(await austin.boundingBox()).toEqual(before);
  await expect(page.getByTestId('dirty')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitemradio', { name: 'Light' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('help-document').getByRole('heading', { level: 2 }).first()).toHaveText(
    /command line/i,
  );
});
