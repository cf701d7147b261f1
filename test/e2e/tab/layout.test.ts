import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTabServerAndBrowser } from '../support/tab-server';
import { openFeature } from '../support/navigation';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/screenshots';

/**
 * Every page at the sizes Teams gives a tab (desktop 1024×720, mobile 390×844) and at the
 * narrowest supported width (320), for staff, a contact person and the coordinator: the page never
 * scrolls sideways, every page is reachable through the navigation, axe finds nothing serious.
 */
const people = {
  staff: 'personal1.omsorg@vaxjo.example',
  contact: 'kontakt.utbildning@vaxjo.example',
  coordinator: 'samordnare@vaxjo.example',
} as const;

const sizes = [
  { name: 'desktop', width: 1024, height: 720 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/** The navigation's pages, by their Swedish names, in order. */
const pages = [
  'Översikt',
  'Projekt och ansökningar',
  'Övrigt internationellt arbete',
  'Årsrapport',
  'Nätverket',
  'Extern finansiering',
  'Nyckeltal',
  'Mandatperioden',
  'Import',
];

/** The words of every command that writes: none of them is for a reader or an outsider. */
const writeActions =
  /Registrera|^Nytt? |Redigera|Spara|Importera|Lägg till|Skapa|Godkänn|Skicka tillbaka|Öppna rapporteringen|Stäng omgången|Dela/;

/** People who write nothing: the executive board's reader and someone outside the organisation. */
const readOnlyPeople = {
  reader: 'ks.ledamot@vaxjo.example',
  outsider: 'extern.gast@vaxjo.example',
} as const;

/** How far the document is wider than its viewport (0 is good). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens a page through the navigation, then waits for its heading. */
async function openPage(page: Page, name: string): Promise<void> {
  await openFeature(page, name);
  await page.locator('main h2').first().waitFor();
}

describe('tab layout at Teams sizes', () => {
  const suite = useTabServerAndBrowser();

  /**
   * Walks every page through the navigation and lists what is wrong: sideways scroll, and with
   * `axe` the serious axe findings; `shots` names the screenshots.
   */
  async function walk(
    upn: string,
    viewport: { width: number; height: number },
    options: { axe: boolean; shots?: string; skip?: string[]; noActions?: boolean },
  ): Promise<string[]> {
    const context = await suite.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}?user=${encodeURIComponent(upn)}`);
    await page.locator('main h2').first().waitFor();
    const problems: string[] = [];
    for (const [index, name] of pages.entries()) {
      if (options.skip?.includes(name)) continue;
      await openPage(page, name);
      // Let the page's data arrive: its loading spinners go.
      await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), null, {
        timeout: 30_000,
      });
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) problems.push(`${name}: ${overflow} px wider than the screen`);
      if (options.axe)
        for (const v of await seriousViolations(page)) problems.push(`${name}: ${v}`);
      if (options.noActions) {
        const main = page.locator('main');
        const offered = [
          ...(await main.getByRole('button').allInnerTexts()),
          ...(await main.getByRole('link').allInnerTexts()),
        ].filter((text) => writeActions.test(text));
        for (const text of offered) problems.push(`${name}: offers "${text}"`);
        const fields = await main.getByRole('textbox').count();
        if (fields > 0) problems.push(`${name}: ${fields} text fields`);
      }
      if (options.shots) await screenshot(page, `${options.shots}-${index}`);
    }
    await context.close();
    return problems;
  }

  for (const [role, upn] of Object.entries(people)) {
    for (const size of sizes) {
      it(`should fit every page for ${role} at ${size.width}×${size.height}`, async () => {
        const viewport = { width: size.width, height: size.height };
        await expect(
          walk(upn, viewport, { axe: true, shots: `layout-${role}-${size.name}` }),
        ).resolves.toEqual([]);
      });
    }
  }

  for (const [role, upn] of Object.entries(readOnlyPeople)) {
    for (const size of sizes) {
      it(`should offer ${role} no command that writes, on any page, at ${size.width}×${size.height}`, async () => {
        const viewport = { width: size.width, height: size.height };
        await expect(
          walk(upn, viewport, { axe: true, noActions: true, shots: `layout-${role}-${size.name}` }),
        ).resolves.toEqual([]);
      });
    }
  }

  // The narrowest phone: the completeness table's rows become cards and its badges wrap.
  for (const role of ['contact', 'coordinator'] as const) {
    it(`should not scroll sideways at 320 px on any page for ${role}`, async () => {
      await expect(
        walk(
          people[role],
          { width: 320, height: 640 },
          { axe: false, shots: `layout-${role}-320` },
        ),
      ).resolves.toEqual([]);
    });
  }
});
