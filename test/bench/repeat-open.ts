import type { Browser, Page } from 'playwright-core';
import { recordsSaved } from '../e2e/support/saved-records.js';
import type { Figure } from './figures.js';

/**
 * Figure 2d: time to first content on a repeat open of the tab against a cold open, in the same
 * run and browser: navigation to the first visible project row (`?feature=projects`), first with
 * an empty local cache (every record from Graph), then, in the same browser profile, again: the
 * rows come from the local cache (IndexedDB) while Graph is asked for the changes.
 */

const FIRST_ROW = 'li[aria-posinset="1"]';
const RUNS = 3;
const TARGET = 1 / 3;

interface Open {
  ms: number;
  /** "Uppdaterar…" was shown with the first row: it came from the cache, not from Graph. */
  fromCache: boolean;
}

/** Navigates and waits for the first project row; says whether the refresh mark showed with it. */
async function open(page: Page, url: string): Promise<Open> {
  const start = performance.now();
  await page.goto(url);
  const handle = await page.waitForFunction(
    (selector) => {
      const row = document.querySelector(selector);
      if (!row || row.getBoundingClientRect().height === 0) return false;
      const statuses = [...document.querySelectorAll('[role="status"]')];
      return { refreshing: statuses.some((s) => s.textContent?.includes('Uppdaterar…')) };
    },
    FIRST_ROW,
    { timeout: 120_000 },
  );
  const ms = performance.now() - start;
  const { refreshing } = (await handle.jsonValue()) as { refreshing: boolean };
  return { ms, fromCache: refreshing };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Runs figure 2d against `pageUrl` (the built tab, served with `roundTripMs` of latency per
 * Graph request), a fresh browser profile per run.
 */
export async function repeatOpenFigure(
  browser: Browser,
  pageUrl: string,
  roundTripMs: number,
  projects: number,
): Promise<Figure> {
  const url = `${pageUrl}?feature=projects`;
  const cold: Open[] = [];
  const repeat: Open[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    cold.push(await open(page, url));
    await recordsSaved(page);
    repeat.push(await open(page, url));
    // Let the refresh finish before the profile goes.
    await page
      .getByRole('status')
      .filter({ hasText: 'Uppdaterar…' })
      .waitFor({ state: 'detached', timeout: 120_000 });
    await context.close();
  }
  const coldMs = median(cold.map((o) => o.ms));
  const repeatMs = median(repeat.map((o) => o.ms));
  return {
    id: '2d',
    name: `tab open, navigation to first project row, repeat open from the local cache, ${projects}+ projects (median of ${RUNS})`,
    unit: 'ms',
    optimised: repeatMs,
    baseline: coldMs,
    baselineIs: 'cold open in the same run, empty cache',
    target: { text: '<= 1/3 of the cold open', met: repeatMs <= coldMs * TARGET },
    note: `${roundTripMs} ms per Graph round trip; first row from the cache, marked "Uppdaterar…", in ${repeat.filter((o) => o.fromCache).length} of ${RUNS} repeat opens and in ${cold.filter((o) => o.fromCache).length} of ${RUNS} cold ones`,
  };
}
