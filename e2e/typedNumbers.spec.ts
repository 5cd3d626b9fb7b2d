import { expect, type Page, test } from '@playwright/test';
import { openFile } from './support/appActions';
import { editingFixture } from './support/sampleDesigns';

/** Opens the editing fixture and selects Dallas staff (8,000 users), whose inspector has the Users field. */
async function selectDallasStaff(page: Page) {
  await page.goto('/');
  await openFile(page, editingFixture());
  const staff = page.getByTestId('user-group-node').filter({ hasText: 'Dallas staff' });
  await staff.click();
  return { staff, users: page.getByLabel('Users', { exact: true }) };
}

test.describe('in a German locale', () => {
  test.use({ locale: 'de-DE' });

  test('"12.000" is twelve thousand users; "12,000" is refused with both readings', async ({ page }) => {
    const { staff, users } = await selectDallasStaff(page);
    await users.fill('12.000');
    await expect(staff).toContainText('12,000 users');
    await users.fill('12,000');
    await expect(page.getByRole('alert')).toHaveText('“12,000” could be 12,000 or 12: type 12000 or 12');
    await expect(staff).toContainText('12,000 users');
  });
});

test.describe('in an en-US locale', () => {
  test.use({ locale: 'en-US' });

  test('"12,000" is twelve thousand users; "12.000" is refused instead of read as 12', async ({ page }) => {
    const { staff, users } = await selectDallasStaff(page);
    await users.fill('12,000');
    await expect(staff).toContainText('12,000 users');
    await users.fill('9000');
    await expect(staff).toContainText('9,000 users');
    await users.fill('12.000');
    await expect(page.getByRole('alert')).toHaveText('“12.000” could be 12,000 or 12: type 12000 or 12');
    await expect(staff).toContainText('9,000 users');
  });
});
