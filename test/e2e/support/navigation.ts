import type { Page } from 'playwright-core';

/**
 * Opens a page of the tab as a user does: its tab when shown, else the item in the "more pages"
 * menu (the navigation keeps the tabs that fit the width and moves the rest there).
 */
export async function openFeature(page: Page, name: string | RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
    return;
  }
  await page.getByRole('tab', { name: /^(Fler sidor|More pages)/ }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/**
 * Switches the dev identity with the header's user switch and waits until the header names the
 * new user (by display name, as the switch's option shows it before the address).
 */
export async function switchUser(page: Page, upn: string): Promise<void> {
  const select = page.getByRole('combobox', { name: /^(Användare|User)/ });
  await select.selectOption(upn);
  const option = (await select.locator('option:checked').textContent()) ?? upn;
  const name = option.replace(/ \(.*\)$/, '');
  await page.getByText(new RegExp(`^(Inloggad som|Signed in as) ${name}$`)).waitFor();
}
