import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { contentSecurityPolicy, FRAME_ANCESTORS } from '../../../src/server/security-headers';
import { corpus } from '../../integration/reliability/corpus';
import { recordFigures } from '../../integration/reliability/figures';
import { launchChromium } from '../support/browser';
import { openFeature, switchUser } from '../support/navigation';
import { startTabServer } from '../support/tab-server';
import { watchPage, type PageWatch } from './watch';

const markup = corpus<{ values: string[] }>('markup').values;
const injections = corpus<{ values: string[] }>('odata-injection').values;
const oddities = corpus<{ roundTrip: string[]; controlCharacters: string[] }>('text-oddities');
const megabyte = 1024 * 1024;

/** One control a case types into: text by default, or a select option, or a checkbox. */
interface Step {
  control: (page: Page) => Locator;
  value: string;
  how?: 'fill' | 'select' | 'check';
  /** What the control holds again after the case (a valid value). */
  reset?: string;
  /** What the control shows when the form normalises the typed value (else `value`). */
  shown?: string;
}

/** A bad value a user can type: where it goes, which field must show which Swedish message. */
interface FormCase {
  name: string;
  steps: Step[];
  field: (page: Page) => Locator;
  message: string;
}

const textbox = (name: RegExp) => (page: Page) => page.getByRole('textbox', { name });
const dateInput = (name: RegExp) => (page: Page) => page.getByLabel(name);
const participants = (page: Page) => page.getByRole('spinbutton', { name: /^Antal deltagare/ });
const partnerCountry = (page: Page) =>
  page.getByRole('group', { name: 'Partner 1' }).getByRole('combobox', { name: 'Land' });

/**
 * The cases of invalid-records.json a user can type into the project form. Not here, because the
 * form does not let a user enter them: an impossible or non-date value (Chromium's date input
 * holds only valid ISO dates or nothing), a wrong or lower-case currency and an unknown status
 * (selects offering only the schema's codes). "Amount as text" is typed as words: digits typed
 * in an amount field are a number by design (the form parses `1 234,50`).
 */
const projectCases: FormCase[] = [
  {
    name: 'reversed dates',
    steps: [
      { control: dateInput(/^Startdatum/), value: '2025-06-01', reset: '' },
      { control: dateInput(/^Slutdatum/), value: '2025-01-01', reset: '' },
    ],
    field: dateInput(/^Slutdatum/),
    message: 'Slutdatum kan inte vara före startdatum.',
  },
  {
    name: 'decision before application',
    steps: [
      { control: dateInput(/^Ansökan inlämnad/), value: '2025-05-01', reset: '' },
      { control: dateInput(/^Beslutsdatum/), value: '2025-01-01', reset: '' },
    ],
    field: dateInput(/^Beslutsdatum/),
    message: 'Beslutsdatum kan inte vara före ansökningsdatum.',
  },
  {
    name: 'negative amount',
    steps: [{ control: textbox(/^Sökt belopp/), value: '-1' }],
    field: textbox(/^Sökt belopp/),
    message: 'Värdet måste vara minst 0.',
  },
  {
    name: 'absurd amount',
    steps: [{ control: textbox(/^Beviljad extern finansiering/), value: '1000000000000000' }],
    field: textbox(/^Beviljad extern finansiering/),
    message: 'Värdet får vara högst 1000000000000.',
  },
  {
    name: 'amount as text',
    steps: [{ control: textbox(/^Total budget/), value: 'en miljon' }],
    field: textbox(/^Total budget/),
    message: 'Fel typ av värde.',
  },
  {
    name: '1 MB title',
    steps: [{ control: textbox(/^Projektnamn/), value: 'a'.repeat(megabyte), reset: 'Giltigt' }],
    field: textbox(/^Projektnamn/),
    message: 'Högst 255 tecken.',
  },
  {
    name: '1 MB description',
    steps: [{ control: textbox(/^Beskrivning/), value: 'å'.repeat(megabyte) }],
    field: textbox(/^Beskrivning/),
    message: 'Högst 4000 tecken.',
  },
  {
    name: 'empty title',
    steps: [{ control: textbox(/^Projektnamn/), value: '   ', reset: 'Giltigt' }],
    field: textbox(/^Projektnamn/),
    message: 'Obligatoriskt fält.',
  },
  {
    name: 'bad partner country',
    // A name that is no country stays as typed (a real name, e.g. Sverige, is stored as SE).
    steps: [{ control: partnerCountry, value: 'Atlantis' }],
    field: partnerCountry,
    message: 'Välj ett land i listan, eller skriv landets namn eller kod (till exempel SE).',
  },
];

/** The cases of invalid-records.json for activities; every one can be typed. */
const activityCases: FormCase[] = [
  {
    name: 'reversed dates',
    steps: [
      { control: dateInput(/^Startdatum/), value: '2025-06-01', reset: '2025-03-01' },
      { control: dateInput(/^Slutdatum/), value: '2025-05-31', reset: '' },
    ],
    field: dateInput(/^Slutdatum/),
    message: 'Slutdatum kan inte vara före startdatum.',
  },
  {
    name: 'negative participants',
    steps: [{ control: participants, value: '-3', reset: '1' }],
    field: participants,
    message: 'Värdet måste vara minst 0.',
  },
  {
    name: 'absurd distance',
    steps: [{ control: textbox(/^Reseavstånd/), value: '1000000000' }],
    field: textbox(/^Reseavstånd/),
    message: 'Värdet får vara högst 100000.',
  },
  {
    name: 'no such country',
    steps: [
      { control: (page) => page.getByRole('combobox', { name: /^Land/ }), value: 'Atlantis' },
    ],
    field: (page) => page.getByRole('combobox', { name: /^Land/ }),
    message: 'Välj ett land i listan, eller skriv landets namn eller kod (till exempel SE).',
  },
  {
    name: 'digital with a flight',
    steps: [
      {
        control: (page) => page.getByRole('checkbox', { name: 'Digitalt deltagande' }),
        value: 'true',
        how: 'check',
        reset: 'false',
      },
      {
        control: (page) => page.getByRole('combobox', { name: /^Färdmedel/ }),
        value: 'flight',
        how: 'select',
        reset: 'none',
      },
    ],
    field: (page) => page.getByRole('combobox', { name: /^Färdmedel/ }),
    message: 'En digital aktivitet har ingen resa.',
  },
  {
    name: '1 MB lessons',
    steps: [{ control: textbox(/^Lärdomar/), value: 'x'.repeat(megabyte) }],
    field: textbox(/^Lärdomar/),
    message: 'Högst 4000 tecken.',
  },
];

/** Link targets the network page must refuse: it renders a membership's URL as a link. */
const membershipUrlCases: FormCase[] = [
  "javascript:window.__pwned='href'",
  'data:text/html,<script>parent.__pwned=1</script>',
].map((value) => ({
  name: value,
  steps: [{ control: textbox(/^Webbadress/), value }],
  field: textbox(/^Webbadress/),
  message: 'Ange en giltig webbadress.',
}));

async function enter(page: Page, step: Step, value: string): Promise<void> {
  const control = step.control(page);
  if (step.how === 'select') await control.selectOption(value);
  else if (step.how === 'check') await control.setChecked(value === 'true');
  else await control.fill(value);
}

async function held(page: Page, step: Step): Promise<string> {
  const control = step.control(page);
  return step.how === 'check' ? String(await control.isChecked()) : control.inputValue();
}

/** The control's error state and the text of the `role=alert` messages that describe it. */
function errorOf(control: Locator): Promise<{ invalid: string | null; messages: string[] }> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      invalid: element.getAttribute('aria-invalid'),
      messages: ids
        .map((id) => document.getElementById(id))
        .filter((e) => e?.getAttribute('role') === 'alert')
        .map((e) => e?.textContent ?? ''),
    };
  });
}

/**
 * Elements and attributes a payload of markup.json would leave in the DOM if the tab rendered it
 * as HTML. Fluent and Vite add none of these (the tab has no inline script or iframe).
 */
const injectedSelector = [
  '[onerror]',
  '[onload]',
  '[ontoggle]',
  'iframe',
  'script:not([src])',
  'a[href^="javascript:" i]',
  'form[action^="javascript:" i]',
  'svg script',
  'b',
  'i:not([data-tabster-dummy])',
].join(', ');

/**
 * Issue #9's hostile and bad input typed into the tab as a user would, in Chromium against the
 * real server (emulator in memory, provisioned and seeded through Graph). One page load serves
 * every case; the watcher sees dialogs, CSP violations and every request to Graph throughout.
 */
describe('hostile input through the tab', () => {
  let server: Awaited<ReturnType<typeof startTabServer>>;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let documentHeaders: Record<string, string>;
  const user = 'kontakt.utbildning@vaxjo.example';
  const figures = { inputsTried: 0, savesRefused: 0, stored: 0, searches: 0, importsRefused: 0 };

  const tab = (name: string) => openFeature(page, name);
  const showing = async () => {
    const text = (await page.getByText(/^Visar \d+ av \d+$/).textContent()) ?? '';
    const [, shown, total] = /Visar (\d+) av (\d+)/.exec(text) ?? [];
    return { shown: Number(shown), total: Number(total) };
  };
  const search = async (value: string) => {
    await page.getByRole('searchbox').fill(value);
    // The list re-renders synchronously; the live count is what a user reads.
    await page.getByText(/^Visar \d+ av \d+$/).waitFor();
  };
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  const injectedElements = () => page.locator(injectedSelector).count();

  beforeAll(async () => {
    server = await startTabServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watch = await watchPage(page, server.graphBaseUrl);
    const response = await page.goto(`${server.url}?user=${encodeURIComponent(user)}`);
    documentHeaders = response?.headers() ?? {};
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
  });

  afterAll(async () => {
    // The figures of test/e2e/reliability/README.md (written when RELIABILITY_FIGURES is set).
    recordFigures('hostile tab (Chromium)', {
      ...figures,
      graphRequests: watch?.graph.length ?? 0,
      graphWrites: watch?.writes().length ?? 0,
    });
    await browser?.close();
    await server?.close();
  });

  /**
   * Types each case into the open form, saves, and checks the field's Swedish message, that no
   * write reached Graph and that the typed values are still there; then puts valid values back.
   */
  const refuseEach = async (cases: FormCase[]) => {
    const writesBefore = watch.writes().length;
    for (const c of cases) {
      for (const step of c.steps) await enter(page, step, step.value);
      await page.getByRole('button', { name: 'Spara' }).click();
      await page
        .getByRole('group', { name: 'Formuläret innehåller fel. Rätta fälten som är markerade.' })
        .waitFor();
      expect(await errorOf(c.field(page)), c.name).toEqual({
        invalid: 'true',
        messages: [c.message],
      });
      for (const step of c.steps) {
        const value = await held(page, step);
        const typed = step.shown ?? step.value;
        // Compared by length and equality, so a 1 MB mismatch does not print 1 MB.
        expect({ length: value.length, same: value === typed }, c.name).toEqual({
          length: typed.length,
          same: true,
        });
      }
      expect(watch.writes().length, c.name).toBe(writesBefore);
      for (const step of c.steps) await enter(page, step, step.reset ?? '');
      figures.inputsTried += c.steps.length;
      figures.savesRefused += 1;
    }
  };

  /**
   * Creates a project with `value` as description and, on one line, as title; checks both come
   * back unchanged in the detail, the form and the list search.
   */
  const createAndReadBack = async (value: string) => {
    // A title is one line (SharePoint's Title column): the multi-line text goes whole into the
    // description, and as one line into the title.
    const title = value.replace(/\s+/g, ' ');
    await page.getByRole('button', { name: 'Nytt projekt' }).click();
    await page.getByRole('textbox', { name: /Projektnamn/ }).fill(title);
    await page.getByRole('textbox', { name: /Beskrivning/ }).fill(value);
    await page.getByRole('button', { name: 'Spara' }).click();
    const detail = page.getByRole('article');
    await detail.getByRole('button', { name: 'Redigera' }).waitFor();
    expect(await detail.locator('#project-title').textContent(), title).toBe(title);
    await detail.getByRole('button', { name: 'Redigera' }).click();
    expect(await page.getByRole('textbox', { name: /Beskrivning/ }).inputValue(), title).toBe(
      value,
    );
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('article').getByRole('button', { name: 'Stäng' }).click();
    await search(title);
    expect((await showing()).shown, title).toBe(1);
    figures.inputsTried += 2;
    figures.stored += 1;
  };

  // First, while only the seeded records exist: none of them contains an injection string.
  describe('OData injection through the search boxes', () => {
    it('should show no rows and no error for each injection string, asking Graph nothing', async () => {
      for (const [name, heading] of [
        ['Projekt och ansökningar', 'Projekt och ansökningar'],
        ['Övrigt internationellt arbete', 'Övrigt internationellt arbete'],
      ] as const) {
        await tab(name);
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        const requests = watch.graph.length;
        for (const value of injections) {
          await search(value);
          expect(await showing(), value).toMatchObject({ shown: 0 });
          expect(await page.getByRole('alert').count(), value).toBe(0);
          figures.inputsTried += 1;
          figures.searches += 1;
        }
        // The search filters the loaded records: typed text never reaches a $filter.
        expect(watch.graph.length, name).toBe(requests);
        await search('');
        expect((await showing()).shown).toBeGreaterThan(0);
      }
    });
  });

  describe('markup is text', () => {
    it('should show every markup payload literally in a project title, description and partner', async () => {
      await tab('Projekt och ansökningar');
      for (const value of markup) {
        await page.getByRole('button', { name: 'Nytt projekt' }).click();
        await page.getByRole('textbox', { name: /Projektnamn/ }).fill(value);
        await page.getByRole('textbox', { name: /Beskrivning/ }).fill(value);
        await page.getByRole('button', { name: 'Lägg till partner' }).click();
        await page
          .getByRole('group', { name: 'Partner 1' })
          .getByRole('textbox', { name: 'Namn' })
          .fill(value);
        await page.getByRole('button', { name: 'Spara' }).click();

        const detail = page.getByRole('article');
        await detail.getByRole('heading', { level: 2, name: value, exact: true }).waitFor();
        expect(await detail.locator('#project-title').textContent(), value).toBe(value);
        const partners = detail.locator('dt', { hasText: /^Partner$/ }).locator('+ dd');
        expect(await partners.textContent(), value).toBe(value);
        await detail.getByRole('button', { name: 'Redigera' }).click();
        expect(await page.getByRole('textbox', { name: /Beskrivning/ }).inputValue(), value).toBe(
          value,
        );
        await page.getByRole('button', { name: 'Avbryt' }).click();
        await page.getByRole('article').getByRole('button', { name: 'Stäng' }).click();

        await search(value);
        const row = page.getByRole('listitem').filter({ hasText: value });
        expect(await row.getByText(value, { exact: true }).textContent(), value).toBe(value);
        expect((await showing()).shown, value).toBe(1);
        figures.inputsTried += 3;
        figures.stored += 1;
      }
      expect(watch.dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await injectedElements()).toBe(0);
    });

    it('should show every markup payload literally in an activity', async () => {
      await tab('Övrigt internationellt arbete');
      for (const value of markup) {
        await page.getByRole('button', { name: 'Ny aktivitet' }).click();
        await page.getByRole('textbox', { name: /Rubrik/ }).fill(value);
        await page.getByLabel(/Startdatum/).fill('2026-02-10');
        await page.getByRole('textbox', { name: /^Plats/ }).fill(value);
        await page.getByRole('textbox', { name: /Arrangör/ }).fill(value);
        await page.getByRole('textbox', { name: /^Resultat/ }).fill(value);
        await page.getByRole('button', { name: 'Spara' }).click();

        await search(value);
        const row = page.getByRole('listitem').filter({ hasText: value });
        const link = row.getByText(value, { exact: true });
        expect(await link.textContent(), value).toBe(value);
        expect((await showing()).shown, value).toBe(1);
        await link.click();
        expect(await page.getByRole('heading', { level: 2 }).textContent(), value).toBe(
          `Redigera aktivitet: ${value}`,
        );
        for (const name of [/^Plats/, /Arrangör/, /^Resultat/]) {
          expect(await page.getByRole('textbox', { name }).inputValue(), value).toBe(value);
        }
        await page.getByRole('button', { name: 'Avbryt' }).click();
        figures.inputsTried += 4;
        figures.stored += 1;
      }
      expect(watch.dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await injectedElements()).toBe(0);
    });

    it('should show a yearly report narrative of markup literally once it is submitted', async () => {
      // The seed leaves this administration without a submission for the reported year.
      const contact = 'kontakt.samhallsbyggnad@vaxjo.example';
      const narrative = markup.join('\n');
      await switchUser(page, contact);
      await tab('Årsrapport');
      for (const name of [
        'Övrigt internationellt arbete under året',
        'Resultat av det internationella arbetet',
      ]) {
        await page.getByRole('textbox', { name }).fill(narrative);
      }
      await page.getByRole('button', { name: 'Lämna in' }).click();
      await page.getByText('Rapporten är inlämnad och siffrorna är låsta.').waitFor();
      const shown = await page
        .getByRole('heading', { level: 4 })
        .filter({
          hasText:
            /^(Övrigt internationellt arbete under året|Resultat av det internationella arbetet)$/,
        })
        .evaluateAll((headings) => headings.map((h) => h.nextElementSibling?.textContent));
      expect(shown).toEqual([narrative, narrative]);
      expect(watch.dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await injectedElements()).toBe(0);
      figures.inputsTried += 2;
      figures.stored += 1;
      await switchUser(page, user);
    });
  });

  describe('bad values get a clear error and nothing is written', () => {
    it('should refuse each invalid project naming the field in Swedish, keep the input and write nothing', async () => {
      await tab('Projekt och ansökningar');
      await search('');
      const before = await showing();
      await page.getByRole('button', { name: 'Nytt projekt' }).click();
      await page.getByRole('textbox', { name: /Projektnamn/ }).fill('Giltigt');
      await page.getByRole('button', { name: 'Lägg till partner' }).click();
      await page
        .getByRole('group', { name: 'Partner 1' })
        .getByRole('textbox', { name: 'Namn' })
        .fill('Partner');
      await refuseEach(projectCases);
      await page.getByRole('button', { name: 'Avbryt' }).click();
      expect(await showing()).toEqual(before);
    });

    it('should refuse each invalid activity naming the field in Swedish, keep the input and write nothing', async () => {
      await tab('Övrigt internationellt arbete');
      await search('');
      const before = await showing();
      await page.getByRole('button', { name: 'Ny aktivitet' }).click();
      await page.getByRole('textbox', { name: /Rubrik/ }).fill('Giltig aktivitet');
      await page.getByLabel(/^Startdatum/).fill('2025-03-01');
      await refuseEach(activityCases);
      await page.getByRole('button', { name: 'Avbryt' }).click();
      expect(await showing()).toEqual(before);
    });

    it('should keep megabytes pasted into several fields, past the draft storage quota', async () => {
      await tab('Projekt och ansökningar');
      const before = await showing();
      const writes = watch.writes().length;
      const pageErrors = watch.pageErrors.length;
      await page.getByRole('button', { name: 'Nytt projekt' }).click();
      await page.getByRole('textbox', { name: /Projektnamn/ }).fill('Giltigt');
      // 3 × 2 MB of text is more than Chromium's localStorage takes for the form's draft.
      const pasted = 'x'.repeat(2 * megabyte);
      const fields = [/^Beskrivning/, /^Förväntade resultat/, /^Uppnådda resultat/];
      for (const name of fields) await page.getByRole('textbox', { name }).fill(pasted);
      const kept = [];
      for (const name of fields) {
        const value = await page.getByRole('textbox', { name }).inputValue();
        kept.push(value === pasted);
      }
      expect(kept).toEqual([true, true, true]);
      expect(watch.pageErrors.slice(pageErrors)).toEqual([]);
      await page.getByRole('button', { name: 'Spara' }).click();
      await page
        .getByRole('group', { name: 'Formuläret innehåller fel. Rätta fälten som är markerade.' })
        .waitFor();
      for (const name of fields) {
        expect(await errorOf(page.getByRole('textbox', { name })), String(name)).toEqual({
          invalid: 'true',
          messages: ['Högst 4000 tecken.'],
        });
      }
      expect(watch.writes().length).toBe(writes);
      await page.getByRole('button', { name: 'Avbryt' }).click();
      expect(await showing()).toEqual(before);
      figures.inputsTried += fields.length;
      figures.savesRefused += 1;
    });

    it('should save emoji and other scripts and show them unchanged', async () => {
      await tab('Projekt och ansökningar');
      for (const value of oddities.roundTrip) await createAndReadBack(value);
    });

    // Control characters are kept as typed: text-oddities.json's contract is that they never
    // reach the Word document (the renderer drops them), not that the form refuses them.
    it('should keep control characters as typed, losing no input', async () => {
      for (const value of oddities.controlCharacters) await createAndReadBack(value);
    });
  });

  describe('the import page with malformed files', () => {
    const upload = (name: string, buffer: Buffer) =>
      page.getByLabel('Välj Excel-fil (.xlsx)').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });

    it('should show an error for a file that is not a workbook and write nothing', async () => {
      await tab('Import');
      await page.getByRole('heading', { level: 2, name: 'Import från Excel' }).waitFor();
      const writes = watch.writes().length;
      await upload('arsrapport.xlsx', Buffer.from('<html>inte en arbetsbok</html>'));
      await page.getByText('Filen är inte en Excel-arbetsbok (.xlsx)', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
      expect(watch.writes().length).toBe(writes);
      figures.inputsTried += 1;
      figures.importsRefused += 1;
    });

    it('should reject a workbook with hostile rows row by row, import nothing and run nothing', async () => {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Projekt');
      const row = (
        title: string,
        status: string,
        startDate: string,
        amount: number,
        currency: string,
      ) => sheet.addRow([title, 'eu', status, 'interreg', 'lead', startDate, amount, currency]);
      sheet.addRow([
        'title',
        'kind',
        'status',
        'programme',
        'role',
        'startDate',
        'appliedAmount',
        'currency',
      ]);
      row(`<img src=x onerror="window.__pwned='import'">`, 'planned', '', 10, 'SEK');
      row('a'.repeat(300), 'planned', '', 10, 'SEK');
      row('Minus', 'planned', '', -5, 'SEK');
      row('Valuta', 'planned', '', 5, 'BTC');
      row('Datum', 'ongoing', '2025-02-30', 5, 'SEK');
      const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const writes = watch.writes().length;

      await upload('fientlig.xlsx', buffer);
      await page.getByText('4 rader avvisades. Inget importerades.').waitFor();
      const table = page.getByRole('table', { name: /rader avvisades/ });
      const reasons = await table
        .getByRole('row')
        .evaluateAll((rows) =>
          rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
        );
      expect(reasons).toEqual([
        ['Projekt', '3', 'Projektnamn: Högst 255 tecken.'],
        ['Projekt', '4', 'Sökt belopp: Värdet måste vara minst 0.'],
        ['Projekt', '5', 'Valuta: Välj ett av de tillåtna värdena.'],
        ['Projekt', '6', 'Startdatum: Ange ett giltigt datum (ÅÅÅÅ-MM-DD).'],
      ]);
      expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
      expect(watch.writes().length).toBe(writes);
      expect(await pwned()).toBeUndefined();
      expect(await injectedElements()).toBe(0);
      figures.inputsTried += 5;
      figures.importsRefused += 1;
    });
  });

  describe('network memberships (coordinator)', () => {
    it('should refuse a javascript: or data: link and show markup names literally as https links', async () => {
      await switchUser(page, 'samordnare@vaxjo.example');
      await tab('Nätverket');
      const names = markup.filter((value) => /href=|onerror=|<script>/.test(value));
      for (const name of names) {
        await page.getByRole('button', { name: 'Lägg till nätverk' }).click();
        await page.getByRole('textbox', { name: /^Nätverk/ }).fill(name);
        await refuseEach(membershipUrlCases);
        await page.getByRole('textbox', { name: /^Webbadress/ }).fill('https://eurocities.eu/');
        await page.getByRole('button', { name: 'Spara' }).click();
        const link = page.getByRole('link', { name, exact: true });
        await link.waitFor();
        expect(await link.textContent(), name).toBe(name);
        expect(await link.getAttribute('href'), name).toBe('https://eurocities.eu/');
        figures.inputsTried += 2;
        figures.stored += 1;
      }
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(watch.dialogs).toEqual([]);
      expect(await pwned()).toBeUndefined();
      expect(await injectedElements()).toBe(0);
    });
  });

  describe('security headers in the browser', () => {
    it('should serve the tab with the CSP of security-headers.ts, framable by Teams and Microsoft 365 only', () => {
      const csp = documentHeaders['content-security-policy'] ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(csp).toBe(
        contentSecurityPolicy([
          server.graphBaseUrl,
          ...(server.emulatorOrigin ? [server.emulatorOrigin] : []),
        ]),
      );
      expect(directives['frame-ancestors']).toEqual(["'self'", ...FRAME_ANCESTORS]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      // X-Frame-Options cannot list several hosts and would stop Teams from framing the tab.
      expect(documentHeaders['x-frame-options']).toBeUndefined();
    });

    it('should let Chromium frame the tab in Teams, Outlook, Microsoft 365 and SharePoint pages and refuse it elsewhere', async () => {
      // Host pages are served over https (frame-ancestors lists https hosts), so the tab is too:
      // https://tab.example proxies the real server, its CSP header included. A public https
      // page may not frame a loopback address (Chromium's private network access), hence the proxy.
      const context = await browser.newContext();
      await context.route('https://tab.example/**', async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch({
          url: new URL(url.pathname + url.search, server.url).href,
        });
        await route.fulfill({ response });
      });
      const host = await context.newPage();
      const framed = async (hostUrl: string) => {
        await host.route(hostUrl, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>host</title><iframe src="https://tab.example/"></iframe>',
          }),
        );
        await host.goto(hostUrl);
        const frame = host.frames().find((f) => f !== host.mainFrame());
        return (
          frame?.url().startsWith('https://tab.example/') === true &&
          (await frame.title()) === 'Internationellt arbete'
        );
      };
      const allowed = [
        'https://teams.microsoft.com/v2/',
        'https://outlook.office.com/host/',
        'https://www.microsoft365.com/launch/',
        'https://m365.cloud.microsoft/chat/',
        'https://vaxjo.sharepoint.com/sites/intranat/SitePages/Internationellt.aspx',
      ];
      const refusedHosts = [
        'http://evil.example/',
        'https://teams.microsoft.com.evil.example/',
        'http://teams.microsoft.com/',
      ];
      try {
        const results: Record<string, boolean> = {};
        for (const url of [...allowed, ...refusedHosts]) results[url] = await framed(url);
        expect(results).toEqual(
          Object.fromEntries([
            ...allowed.map((url) => [url, true]),
            ...refusedHosts.map((url) => [url, false]),
          ]),
        );
      } finally {
        await context.close();
      }
    });

    it('should have had no CSP violation, dialog, page error or failed Graph request while the tab was used', async () => {
      // The features this file did not open yet, so every one has rendered under the policy.
      for (const name of ['Årsrapport', 'Nätverket', 'Nyckeltal', 'Mandatperioden', 'Översikt']) {
        await tab(name);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
      }
      expect(watch.cspViolations).toEqual([]);
      expect(
        watch.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)),
      ).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      // Every request gets an answer: the last pages' loads may still be running on a busy
      // machine (`waitForLoadState('networkidle')` returns at once after the first load, so it
      // cannot wait for them), hence a poll. A read the tab cancels because the user left the
      // page before it came back (`net::ERR_ABORTED`) is no failure.
      await expect
        .poll(
          () =>
            watch.graph
              .filter((c) => c.status === undefined && c.failure !== 'net::ERR_ABORTED')
              .map((c) => `${c.failure ?? 'open'} ${c.method} ${c.url}`),
          { timeout: 15_000, interval: 250 },
        )
        .toEqual([]);
      // The emulator answers 400 to a malformed $filter, like Graph: none was sent.
      expect(
        watch.graph
          .filter((c) => (c.status ?? 0) >= 400)
          .map((c) => `${c.status} ${c.method} ${c.url}`),
      ).toEqual([]);
    });
  });
});
