import { describe, expect, it, vi } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { useTabServerAndBrowser } from '../support/tab-server';
import { screenshot } from '../support/screenshots';
import { recordsSaved } from '../support/saved-records';

/**
 * The second open of the tab in Chromium: the last records come from the local cache
 * (IndexedDB) before Graph has answered, marked "Uppdaterar…", and the mark goes when Graph's
 * answer is in; a failed refresh keeps them and says so; another user on the same browser never
 * sees them. Graph is held with `page.route`, so "before the network answers" is a fact of the
 * test, not a timing.
 */
const contact = 'kontakt.utbildning@vaxjo.example';
const staff = 'personal1.omsorg@vaxjo.example';
const FIRST_ROW = 'li[aria-posinset="1"]';

/** Holds every Graph request until `release()` (or fails them all with `fail`). */
async function holdGraph(page: Page, graphBaseUrl: string, mode: 'hold' | 'fail' = 'hold') {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  let answered = 0;
  await page.route(`${graphBaseUrl}/**`, async (route: Route) => {
    held.push(route.request().url());
    if (mode === 'fail') {
      await route.abort('connectionrefused');
      return;
    }
    await gate;
    await route.continue();
    answered += 1;
  });
  return { release, held, answered: () => answered };
}

describe('the tab opened a second time', () => {
  const suite = useTabServerAndBrowser();

  async function firstOpen(viewport: { width: number; height: number }) {
    const context = await suite.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}?user=${encodeURIComponent(contact)}&feature=projects`);
    const row = page.locator(FIRST_ROW).first();
    await row.waitFor();
    // The row's title is its link (a button: Fluent's Link without href).
    const firstTitle =
      (await row.getByRole('button').or(row.getByRole('link')).first().textContent())?.trim() ?? '';
    await recordsSaved(page);
    return { context, page, firstTitle };
  }

  const close = (context: BrowserContext) => context.close();

  it('should show the saved records before Graph answers, marked as refreshing, then unmarked', async () => {
    const { context, page, firstTitle } = await firstOpen({ width: 1024, height: 720 });
    expect(firstTitle).not.toBe('');
    const graph = await holdGraph(page, suite.server.graphBaseUrl);

    await page.reload();

    await page.locator(FIRST_ROW).first().getByText(firstTitle).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'Uppdaterar…' });
    await status.waitFor();
    // Shown from the cache: Graph has been asked and has not answered yet.
    expect(graph.held.length).toBeGreaterThan(0);
    expect(graph.answered()).toBe(0);
    await screenshot(page, 'local-cache-refreshing-desktop');

    graph.release();
    await status.waitFor({ state: 'detached' });
    expect(graph.answered()).toBeGreaterThan(0);
    await page.locator(FIRST_ROW).first().getByText(firstTitle).waitFor();
    expect(await page.getByText('Kunde inte uppdatera').count()).toBe(0);
    await close(context);
  });

  it('should mark the saved records in Teams mobile too, in English when asked', async () => {
    const { context, page, firstTitle } = await firstOpen({ width: 390, height: 844 });
    const graph = await holdGraph(page, suite.server.graphBaseUrl);

    await page.goto(
      `${suite.server.url}?user=${encodeURIComponent(contact)}&feature=projects&lang=en`,
    );

    await page.locator(FIRST_ROW).first().getByText(firstTitle).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'Refreshing…' });
    await status.waitFor();
    expect(graph.answered()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'local-cache-refreshing-mobile');

    graph.release();
    await status.waitFor({ state: 'detached' });
    await close(context);
  });

  it('should keep the saved records shown when the refresh fails, and say so', async () => {
    const { context, page, firstTitle } = await firstOpen({ width: 1024, height: 720 });
    await holdGraph(page, suite.server.graphBaseUrl, 'fail');

    await page.reload();

    await page.getByText('Kunde inte uppdatera').waitFor();
    await page.locator(FIRST_ROW).first().getByText(firstTitle).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Uppdaterar…' }).count()).toBe(0);
    // One message says it, not a second "Något gick fel" on the page.
    expect(await page.getByText('Något gick fel').count()).toBe(0);
    await screenshot(page, 'local-cache-refresh-failed-desktop');
    await close(context);
  });

  it("should not show one user's saved records to another user of the same browser", async () => {
    const { context, page, firstTitle } = await firstOpen({ width: 1024, height: 720 });
    const graph = await holdGraph(page, suite.server.graphBaseUrl);

    await page.goto(`${suite.server.url}?user=${encodeURIComponent(staff)}&feature=projects`);

    // The other user waits for Graph: nothing saved of theirs, and nothing of the first user's.
    await page.getByLabel('Laddar…').first().waitFor();
    await vi.waitFor(() => expect(graph.held.length).toBeGreaterThan(0));
    expect(await page.getByText(firstTitle).count()).toBe(0);
    expect(await page.locator(FIRST_ROW).count()).toBe(0);
    graph.release();
    await close(context);
  });
});
