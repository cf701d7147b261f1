import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/bot/commands/parse.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import {
  projectSchema,
  type ActivityInput,
  type Project,
  type ProjectInput,
} from '../../../src/domain/records.js';
import { buildReportModel } from '../../../src/domain/report-model';
import type { GraphClient } from '../../../src/graph/client.js';
import { GraphError } from '../../../src/graph/errors.js';
import { eq } from '../../../src/graph/odata.js';
import {
  createActivityRepository,
  createProjectRepository,
  InvalidRecordError,
  type ListRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { CliArgumentError, parseReportCliArgs } from '../../../src/report/cli-args.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import {
  ImportFileError,
  parseJsonImport,
  parseWorkbook,
} from '../../../src/tab/features/import/parse-workbook.js';
import { corpus } from './corpus.js';
import { recordFigures } from './figures.js';
import {
  adminSiteId,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

const injections = corpus<{ values: string[] }>('odata-injection').values;
const markup = corpus<{ values: string[] }>('markup').values;
const oddities = corpus<{ roundTrip: string[]; controlCharacters: string[] }>('text-oddities');
const invalid = corpus<{
  projects: { case: string; patch: Partial<ProjectInput>; field: string }[];
  activities: { case: string; patch: Partial<ActivityInput>; field: string }[];
}>('invalid-records');
const botCommands = corpus<{ badYears: string[]; badAdministrations: string[]; tooLong: string }>(
  'bot-commands',
);
const cliCases = corpus<{ cases: { argv: string[]; flag: string }[] }>('report-cli-args').cases;

const baseProject: ProjectInput = {
  administrationId: 'utbildning',
  title: 'Giltigt projekt',
  kind: 'eu',
  status: 'ongoing',
  programme: 'erasmus-plus',
  role: 'partner',
  startDate: '2025-01-01',
};
const baseActivity: ActivityInput = {
  administrationId: 'utbildning',
  title: 'Giltig aktivitet',
  type: 'conference',
  startDate: '2025-03-01',
};

/** C0 control characters other than tab, line feed and carriage return: invalid in XML 1.0. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe('hostile and bad input against the data layer (emulator)', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let client: GraphClient;
  let projects: ListRepository<Project, ProjectInput>;
  let inputsTried = 0;

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    client = h.clientFor('kontakt.utbildning@vaxjo.example');
    projects = createProjectRepository(client, adminSiteId(sites, 'utbildning'));
  }, 60_000);
  afterAll(async () => {
    recordFigures('hostile data layer', { inputsTried });
    await h.close();
  });

  it('should match only the literal value in $filter for every OData injection attempt', async () => {
    const stored = await Promise.all(
      injections.map((title) => projects.create({ ...baseProject, title })),
    );
    const all = (await projects.list()).length;
    expect(all).toBeGreaterThanOrEqual(injections.length);
    for (const [i, title] of injections.entries()) {
      const found = await projects.list({ filter: eq('title', title) });
      expect(
        found.map((p) => p.id),
        title,
      ).toEqual([stored[i]?.id]);
      // As an administration id nothing matches: the value never turns into a condition.
      expect(await projects.list({ filter: eq('administrationId', title) }), title).toEqual([]);
    }
    inputsTried += injections.length * 2;
  });

  it('should store HTML, script, emoji and other scripts as text and read them back unchanged', async () => {
    for (const text of [...markup, ...oddities.roundTrip]) {
      // Titles are single-line (SharePoint Title column): line breaks become spaces here.
      const title = text.replace(/\s+/g, ' ').slice(0, 255);
      const created = await projects.create({ ...baseProject, title, description: text });
      const read = await projects.get(created.id ?? '');
      expect(read.title).toBe(title.trim());
      expect(read.description).toBe(text.trim());
    }
    inputsTried += markup.length + oddities.roundTrip.length;
  });

  it('should refuse a line break in a single-line field with a clear error, writing nothing', async () => {
    const before = await projects.list();
    const error = await projects
      .create({ ...baseProject, title: 'rad ett\nrad två' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError); // refused by the schema, before any request
    expect((error as Error).message).toMatch(/Title|title/);
    expect(await projects.list()).toEqual(before);
    inputsTried += 1;
  });

  it('should refuse every invalid project with an error naming the field, writing nothing', async () => {
    const before = await projects.list();
    for (const bad of invalid.projects) {
      const error = await projects
        .create({ ...baseProject, ...bad.patch })
        .catch((e: unknown) => e);
      expect(error, bad.case).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message, bad.case).toContain(bad.field);
      // Also as an update of an existing item: refused before any request, the item unchanged.
      const first = before[0] ?? (await projects.create(baseProject));
      const updateError = await projects
        .update(first.id ?? '', { ...first, ...bad.patch }, first.etag ?? '')
        .catch((e: unknown) => e);
      expect(updateError, bad.case).toBeInstanceOf(InvalidRecordError);
      expect(await projects.get(first.id ?? '')).toEqual(first);
    }
    expect(await projects.list()).toHaveLength(before.length || 1);
    inputsTried += invalid.projects.length * 2;
  });

  it('should refuse every invalid activity with an error naming the field, writing nothing', async () => {
    const activities = createActivityRepository(client, adminSiteId(sites, 'utbildning'));
    const before = await activities.list();
    for (const bad of invalid.activities) {
      const error = await activities
        .create({ ...baseActivity, ...bad.patch })
        .catch((e: unknown) => e);
      expect(error, bad.case).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message, bad.case).toContain(bad.field);
    }
    expect(await activities.list()).toEqual(before);
    inputsTried += invalid.activities.length;
  });

  it('should refuse a JSON body over 4 MB with 413 and store nothing', async () => {
    const listId = (
      await client.get<{ value: { id: string; displayName: string }[] }>(
        `/sites/${adminSiteId(sites, 'utbildning')}/lists`,
      )
    ).value.find((l) => l.displayName.toLowerCase().includes('projekt'))?.id;
    expect(listId).toBeDefined();
    const before = await projects.list();
    const error = await client
      .post(`/sites/${adminSiteId(sites, 'utbildning')}/lists/${listId}/items`, {
        fields: { Title: 'Stor', Description: 'x'.repeat(5 * 1024 * 1024) },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(413);
    expect(await projects.list()).toEqual(before);
    inputsTried += 1;
  });
});

describe('hostile text in the Word report', () => {
  it('should write markup as escaped literal text and keep the document valid XML', async () => {
    const texts = [...markup, ...oddities.roundTrip, ...oddities.controlCharacters];
    const projects = texts.map((text, i) =>
      projectSchema.parse({
        ...baseProject,
        id: `p${i}`,
        // A title is a single line (the schema refuses line breaks); the long texts keep them.
        title: text.replace(/[\r\n]+/g, ' ').slice(0, 255),
        description: text,
        expectedResults: text,
      }),
    );
    const model = buildReportModel({
      organisation: defaultOrganisation,
      year: 2025,
      projects,
      activities: [],
      submissions: [],
      generatedAt: '2026-01-31T12:00:00Z',
    });
    const zip = await JSZip.loadAsync(await renderReportDocx(model));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('&lt;script&gt;alert(');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img src=x');
    expect(xml).not.toContain(']]><!--');
    expect(xml).toContain('Projekt 🌍🇸🇪 med emoji');
    // A C0 control character makes the whole document unreadable for Word: the text is there,
    // the control character is not.
    expect(xml).toMatch(/bell.?here/);
    expect(xml).not.toMatch(XML_INVALID);
    recordFigures('hostile report', { inputsTried: texts.length });
  });
});

describe('hostile bot commands and report CLI arguments', () => {
  const ctx = {
    administrations: defaultOrganisation.administrations,
    now: new Date('2026-03-15T09:00:00Z'),
  };

  it('should refuse bad years with a year problem', () => {
    for (const text of botCommands.badYears) {
      const parsed = parseCommand(text, ctx);
      expect(parsed.kind, text).toBe('invalid');
      if (parsed.kind === 'invalid') {
        expect(parsed.problem.code, text).toMatch(/year|unexpected-argument/);
      }
    }
  });

  it('should refuse injected or unknown administration names instead of matching one', () => {
    for (const text of botCommands.badAdministrations) {
      const parsed = parseCommand(text, ctx);
      expect(parsed.kind, text).toBe('invalid');
      if (parsed.kind === 'invalid') {
        expect(parsed.problem.code, text).toMatch(/administration|unexpected-argument/);
      }
    }
  });

  it('should refuse an overlong message as too long', () => {
    expect(parseCommand(botCommands.tooLong, ctx).kind).toBe('too-long');
  });

  it('should refuse every bad report CLI argument naming the flag', () => {
    for (const { argv, flag } of cliCases) {
      const error = (() => {
        try {
          parseReportCliArgs(argv, defaultOrganisation, new Date('2026-03-15T09:00:00Z'));
          return undefined;
        } catch (e) {
          return e;
        }
      })();
      expect(error, argv.join(' ')).toBeInstanceOf(CliArgumentError);
      expect((error as CliArgumentError).argument, argv.join(' ')).toBe(flag);
    }
    recordFigures('hostile commands', {
      inputsTried:
        botCommands.badYears.length + botCommands.badAdministrations.length + 1 + cliCases.length,
    });
  });
});

describe('malformed imports (the tab import feature, called from Node)', () => {
  it('should throw a clear error for bytes that are not an xlsx file', async () => {
    const bytes = new TextEncoder().encode('<html>inte en arbetsbok</html>');
    const parsing = parseWorkbook(bytes.buffer as ArrayBuffer, 'utbildning', 'sv');
    await expect(parsing).rejects.toBeInstanceOf(ImportFileError);
    await expect(parsing).rejects.toThrow(/^Filen är inte en Excel-arbetsbok \(\.xlsx\)/);
  });

  it('should reject an empty workbook as having no rows', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Fel flik').addRow(['title']);
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const result = await parseWorkbook(buffer, 'utbildning', 'sv');
    expect(result.projects).toEqual([]);
    expect(result.rejected[0]?.message).toMatch(/^Inga rader i bladen Projekt\/Aktiviteter/);
  });

  it('should reject rows with hostile or invalid values, naming the row and field', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Projekt');
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
    sheet.addRow(['a'.repeat(300), 'eu', 'planned', 'interreg', 'lead', '', 10, 'SEK']);
    sheet.addRow(['Minus', 'eu', 'planned', 'interreg', 'lead', '', -5, 'SEK']);
    sheet.addRow(['Valuta', 'eu', 'planned', 'interreg', 'lead', '', 5, 'BTC']);
    sheet.addRow(['Datum', 'eu', 'ongoing', 'interreg', 'lead', '2025-02-30', 5, 'SEK']);
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const result = await parseWorkbook(buffer, 'utbildning', 'sv');
    expect(result.projects).toEqual([]);
    expect(result.rejected.map((r) => [r.row, r.field])).toEqual([
      [2, 'title'],
      [3, 'appliedAmount'],
      [4, 'currency'],
      [5, 'startDate'],
    ]);
  });

  it('should reject a JSON import that is not the expected shape', () => {
    const result = parseJsonImport({ projects: 'inte en lista' }, 'utbildning', 'sv');
    expect(result.projects).toEqual([]);
    expect(result.rejected[0]?.message).toMatch(/projects/);
  });
});
