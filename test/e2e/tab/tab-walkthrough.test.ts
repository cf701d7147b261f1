import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { switchUser } from '../support/navigation';
import { startTabServer } from '../support/tab-server';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/screenshots';

/**
 * A new user's walk through the tab in Chromium against the real server (emulator in memory,
 * provisioned and seeded through Graph). The steps build on each other, as a user's day would.
 */
describe('tab walkthrough', () => {
  let server: Awaited<ReturnType<typeof startTabServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const contact = 'kontakt.utbildning@vaxjo.example';
  const title = `E2E Erasmus-utbyte ${Date.now()}`;

  const open = async (target: Page, user: string, query = '') => {
    await target.goto(`${server.url}?user=${encodeURIComponent(user)}${query}`);
    await target.getByRole('heading', { name: /Översikt|Overview/ }).waitFor();
  };
  const openProject = async (target: Page) => {
    await target
      .getByRole('tab', { name: /Projekt och ansökningar|Projects and applications/ })
      .click();
    await target.getByRole('searchbox').fill(title);
    await target.getByText(title, { exact: true }).click();
  };
  const step = async (target: Page, status: string) => {
    await target.getByRole('button', { name: `Ändra till: ${status}` }).click();
    await target.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    await target.getByRole('dialog').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    server = await startTabServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should open the overview with no serious accessibility violations', async () => {
    await open(page, contact);
    await page.getByRole('heading', { name: 'Att åtgärda' }).waitFor();
    await screenshot(page, 'overview-light');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should create a project through the form', async () => {
    await page.getByRole('tab', { name: 'Projekt och ansökningar' }).click();
    await page.getByRole('list', { name: 'Projektlista' }).waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'projects-light');
    await page.getByRole('button', { name: 'Nytt projekt' }).click();
    await page.getByRole('textbox', { name: /Projektnamn/ }).fill(title);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'project-form-light');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('heading', { name: title, level: 2 }).textContent()).resolves.toBe(
      title,
    );
  });

  it('should move the project through the lifecycle to completed', async () => {
    for (const status of ['Ansökt', 'Beviljat', 'Pågående', 'Avslutat']) await step(page, status);
    await expect(page.getByRole('article').textContent()).resolves.toContain('Avslutat');
  });

  it('should show both versions on a conflict from two browsers and keep both edits after re-applying', async () => {
    const other = await (await browser.newContext()).newPage();
    await open(other, contact);
    await openProject(other);
    await other.getByRole('button', { name: 'Redigera' }).click();
    await page.getByRole('button', { name: 'Redigera' }).click();

    await other
      .getByRole('textbox', { name: /Förväntade resultat/ })
      .fill('Ändrat i det andra fönstret');
    await other.getByRole('button', { name: 'Spara' }).click();
    await other.getByRole('heading', { name: title, level: 2 }).waitFor();

    await page.getByRole('textbox', { name: /Diarienummer/ }).fill('KS 2026/123');
    await page.getByRole('button', { name: 'Spara' }).click();
    const conflict = page.getByRole('table', { name: /Någon annan har ändrat/ });
    await conflict.waitFor();
    await screenshot(page, 'conflict-light');
    await page.getByRole('button', { name: /Lägg mina ändringar ovanpå/ }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Redigera' }).click();
    const values = [
      await page.getByRole('textbox', { name: /Diarienummer/ }).inputValue(),
      await page.getByRole('textbox', { name: /Förväntade resultat/ }).inputValue(),
    ];
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await other.context().close();
    expect(values).toEqual(['KS 2026/123', 'Ändrat i det andra fönstret']);
  });

  it('should flag a flight until it is climate-compensated', async () => {
    const activity = `E2E Konferens Bryssel ${Date.now()}`;
    await page.getByRole('tab', { name: 'Övrigt internationellt arbete' }).click();
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    await page.getByRole('textbox', { name: /Rubrik/ }).fill(activity);
    await page.getByLabel(/Startdatum/).fill('2026-02-10');
    await page.getByRole('combobox', { name: /^Färdmedel/ }).selectOption('flight');
    await page.getByText(/digitalt, eller kan ni åka tåg/).waitFor();
    await page.getByRole('textbox', { name: /Reseavstånd/ }).fill('2000');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('searchbox').fill(activity);
    const row = page.getByRole('listitem').filter({ hasText: activity });
    await row.getByText('Flyg ej klimatkompenserat').waitFor();
    await screenshot(page, 'activities-light');

    await row.getByText(activity).click();
    await page.getByRole('checkbox', { name: 'Klimatkompenserad' }).check();
    await page
      .getByRole('textbox', { name: /Referens till klimatkompensation/ })
      .fill('Faktura 2026-17');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('searchbox').fill(activity);
    await row.getByText(activity).waitFor();
    expect(await row.getByText('Flyg ej klimatkompenserat').count()).toBe(0);
  });

  it('should switch to English and the dark theme with no serious accessibility violations', async () => {
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await screenshot(page, 'overview-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Projects and applications' }).click();
    await page.getByRole('list', { name: 'Project list' }).waitFor({ state: 'attached' });
    await screenshot(page, 'projects-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Other international work' }).click();
    await page.getByRole('list', { name: 'Activity list' }).waitFor({ state: 'attached' });
    await screenshot(page, 'activities-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  // Another administration's contact person reads every administration's records (site read grant
  // through the network) but writes only their own: staff outside the network read none (DESIGN §3).
  it('should show the project read-only to a user of another administration', async () => {
    await switchUser(page, 'kontakt.omsorg@vaxjo.example');
    await page.getByRole('tab', { name: 'Projects and applications' }).click();
    await page.getByRole('searchbox').fill(title);
    await page.getByText(title, { exact: true }).click();
    await page.getByRole('button', { name: 'Details' }).click();
    expect(await page.getByRole('textbox', { name: /Project name/ }).isDisabled()).toBe(true);
    await page.getByText('Read only: you are not a member').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
