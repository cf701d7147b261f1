import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { startTabServer } from '../support/tab-server';

/**
 * The coordinator's network tab in Chromium against the real server (emulator in memory; the
 * server provisions the network Team, its shared channel and the sample contact persons as
 * members at start). The steps build on each other.
 */
describe('network tab', () => {
  let server: Awaited<ReturnType<typeof startTabServer>>;
  let browser: Browser;
  let page: Page;
  const coordinator = 'samordnare@vaxjo.example';
  const unknown = 'finns.inte@vaxjo.example';

  beforeAll(async () => {
    server = await startTabServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should open the network tab with the registry and no serious accessibility violations', async () => {
    await page.goto(`${server.url}?user=${encodeURIComponent(coordinator)}`);
    await page.getByRole('tab', { name: 'Nätverket' }).click();
    await page.getByRole('table', { name: 'Förvaltningar och bolag' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should flag the administration without a contact person', async () => {
    await expect(page.getByText('Kontaktperson saknas').count()).resolves.toBe(1);
  });

  it('should save an edited contact person', async () => {
    await page
      .getByRole('button', { name: 'Redigera kontaktperson för Utbildningsförvaltningen' })
      .click();
    await page.getByRole('textbox', { name: 'Ersättare', exact: true }).fill('Eva Ersättare');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    // The view reloads from Graph after the save: wait for the stored value, not the old view.
    const row = page.getByRole('row').filter({ hasText: 'Utbildningsförvaltningen' });
    await row.filter({ hasText: 'Eva Ersättare' }).waitFor();
    await expect(row.count()).resolves.toBe(1);
  });

  it('should appoint a contact person who is not in the directory', async () => {
    await page.getByRole('button', { name: /^Utse kontaktperson för/ }).click();
    await page.getByRole('textbox', { name: /Kontaktperson \(e-post\)/ }).fill(unknown);
    await page.getByRole('textbox', { name: 'Kontaktperson', exact: true }).fill('Okänd Person');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    await page.getByRole('row').filter({ hasText: 'Okänd Person' }).waitFor();
    await expect(page.getByText('Kontaktperson saknas').count()).resolves.toBe(0);
  });

  it('should plan the sync: only the new contact person is missing in the channel', async () => {
    await page.getByRole('button', { name: 'Synkronisera kanalmedlemmar' }).click();
    const toAdd = page.getByRole('region', { name: 'Läggs till (1)' });
    await expect(toAdd.textContent()).resolves.toContain(`Okänd Person (${unknown})`);
  });

  it('should run the sync and name who could not be added', async () => {
    await page.getByRole('button', { name: 'Lägg till saknade' }).click();
    await page.getByText('Synkroniseringen är klar').waitFor();
    const failures = page.getByRole('alert').filter({ hasText: 'Kunde inte läggas till' });
    await expect(failures.textContent()).resolves.toContain(`Okänd Person (${unknown})`);
  });

  it("should open a configured tab's content URL on the network view", async () => {
    await page.goto(`${server.url}?user=${encodeURIComponent(coordinator)}&feature=network`);
    await page.getByRole('table', { name: 'Förvaltningar och bolag' }).waitFor();
    await expect(
      page.getByRole('tab', { name: 'Nätverket' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
  });

  it('should serve the configuration page at /config', async () => {
    await page.goto(`${server.url}config`);
    await page.getByRole('heading', { name: 'Lägg till Internationellt arbete' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Fliken visar' }).inputValue()).resolves.toBe(
      'network',
    );
  });
});
