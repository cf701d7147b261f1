import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  defaultOrganisation,
  formatMoney,
  label,
  type ReportModel,
} from '../../../src/domain/index.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import { readDocx, type DocxContent } from './docx-reader.js';
import { administrationModel, municipalityModel, records } from './fixtures.js';

/**
 * The `nth` table whose first header cell is `headerCell`, without the full-width rows that name
 * an administration in a whole-municipality table.
 */
function tableAfter(doc: DocxContent, headerCell: string, nth = 0): string[][] {
  const matches = doc.tables.filter((t) => t[0]?.[0] === headerCell);
  const found = matches[nth];
  if (!found) throw new Error(`no table with first header "${headerCell}" #${nth}`);
  return found.filter((row) => row.length > 1);
}

/** The value cell of a key-figure row in the first key-figure table (Nyckeltal | Värde). */
function figure(doc: DocxContent, name: string): string | undefined {
  const table = doc.tables.find((t) => t[0]?.[0] === 'Nyckeltal' && t[0]?.[1] === 'Värde');
  return table?.find((row) => row[0] === name)?.[1];
}

describe('renderReportDocx for the whole municipality (Swedish)', () => {
  let model: ReportModel;
  let doc: DocxContent;

  beforeAll(async () => {
    model = municipalityModel();
    doc = await readDocx(await renderReportDocx(model));
  });

  it('should put organisation, report title, goal area and vision on the title page', () => {
    const titlePage = doc.paragraphs.slice(0, 10);
    expect(titlePage).toContain('Växjö kommun');
    expect(titlePage).toContain('Årsrapport internationellt arbete 2025');
    expect(titlePage).toContain('Målområde Arbete och Företag');
    expect(titlePage.some((p) => p.includes('Europas Grönaste Stad'))).toBe(true);
  });

  it('should contain a table of contents field over heading levels 1-2', () => {
    expect(doc.xml).toMatch(/TOC [^<]*\\o &quot;1-2&quot;/);
  });

  it('should have a level-1 heading for every section of the yearly report', () => {
    const level1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(level1).toEqual([
      'Sammanfattning',
      'EU-projekt',
      'Andra internationella projekt',
      'Inlämnade ansökningar',
      'Övrigt internationellt arbete',
      'Resultat',
      'Nyckeltal',
      'Extern finansiering övervägd',
      'Goda exempel',
      'Inrapportering',
      'Per förvaltning och bolag',
    ]);
  });

  it('should say how many EU projects ran in the year and how many of them finished', () => {
    const { ongoing, finished } = model.sections.euProjects;
    expect(finished.length).toBeGreaterThan(0);
    expect(doc.paragraphs).toContain(
      `${ongoing.length} projekt pågick under året, varav ${finished.length} avslutades under året (Status: Avslutat). Varje projekt står en gång.`,
    );
  });

  it('should list each EU project of the year once, the finished ones marked Avslutat', () => {
    const rows = tableAfter(doc, 'Titel', 0).slice(1);
    const titles = rows.map((r) => r[0]);
    expect(new Set(titles).size).toBe(titles.length);
    expect([...titles].sort()).toEqual(
      model.sections.euProjects.ongoing.map((p) => p.title).sort(),
    );
    for (const project of model.sections.euProjects.finished) {
      expect(rows.find((r) => r[0] === project.title)?.at(-1)).toBe('Avslutat');
    }
  });

  it('should group the rows of a whole-municipality table under their administration', () => {
    const table = doc.tables.find((t) => t[0]?.[0] === 'Titel') ?? [];
    const groupRows = table.filter((row) => row.length === 1).map((row) => row[0]);
    const admins = new Set(model.sections.euProjects.ongoing.map((p) => p.administrationId));
    expect(groupRows).toEqual(
      model.meta.administrations.filter((a) => admins.has(a.id)).map((a) => a.name),
    );
  });

  it('should show programme, role and status as labels, not codes', () => {
    const interreg = tableAfter(doc, 'Titel', 0).find((r) => r[0] === 'Interreg Baltic Smart City');
    expect(interreg).toEqual(
      expect.arrayContaining(['Interreg: Södra Östersjön', 'Partner', 'Pågående']),
    );
  });

  it('should show each amount in its own currency', () => {
    const interreg = tableAfter(doc, 'Titel', 0).find((r) => r[0] === 'Interreg Baltic Smart City');
    expect(interreg).toContain(formatMoney('sv', 300_000, 'EUR'));
  });

  it('should list the applications of the year with their outcome', () => {
    const table = doc.tables.find((t) => t[0]?.[0] === 'Titel' && t[0].includes('Utfall'));
    const outcomes = table
      ?.slice(1)
      .filter((row) => row.length > 1)
      .map((row) => row.at(-1));
    expect(outcomes?.sort()).toEqual(
      model.sections.applications.map((a) => label('sv', 'projectStatus', a.outcome)).sort(),
    );
  });

  it('should group other international work under a heading per activity type', () => {
    const start = doc.headings.findIndex((h) => h.text === 'Övrigt internationellt arbete');
    const groups = doc.headings.slice(start + 1, start + 1 + model.sections.otherWork.length);
    expect(groups.map((h) => h.text)).toEqual(
      model.sections.otherWork.map((g) => label('sv', 'activityType', g.type)),
    );
  });

  it('should give an administration with nothing to report one line, not empty tables', () => {
    const empty = model.perAdministration.find(
      (c) =>
        c.sections.euProjects.ongoing.length === 0 &&
        c.sections.otherProjects.ongoing.length === 0 &&
        c.sections.applications.length === 0 &&
        c.sections.otherWork.length === 0 &&
        c.sections.results.projects.length === 0 &&
        c.sections.results.narratives.length === 0,
    );
    if (!empty) throw new Error('the fixture needs an administration without records');
    const at = doc.paragraphs.indexOf(empty.name);
    // Heading, committee line, the one paragraph, then the next administration's heading.
    expect(doc.paragraphs[at + 2]).toBe(
      'Inga internationella projekt, ansökningar eller aktiviteter är registrerade för 2025.',
    );
    expect(doc.headings.find((h) => h.text === doc.paragraphs[at + 3])?.level).toBe(2);
  });

  it('should show the key figures of the model', () => {
    const { counts, funding } = model.keyFigures;
    expect(figure(doc, 'Pågående EU-projekt')).toBe(String(counts.euOngoing));
    expect(figure(doc, 'Inlämnade ansökningar')).toBe(String(counts.applications));
    expect(figure(doc, 'Beviljad extern finansiering under året')).toBe(
      formatMoney('sv', funding.grantedSek, 'SEK'),
    );
    // Intl puts a no-break space between the number and the percent sign.
    expect(figure(doc, 'Andel beviljade av beslutade ansökningar')).toMatch(/^50\s%$/u);
  });

  it('should note which currencies had no exchange rate and are left out of the kronor', () => {
    expect(model.keyFigures.funding.missingRates).toEqual(['EUR']);
    expect(doc.paragraphs).toContain(
      'Kurs saknas för EUR: de beloppen visas i sin egen valuta, är markerade med "kurs saknas" och ingår inte i kronsummorna.',
    );
  });

  it('should list the completeness of every administration', () => {
    const table = doc.tables.find((t) => t[0]?.includes('Siffrorna från'));
    expect(table).toHaveLength(model.completeness.administrations.length + 1);
    const utbildning = table?.find((row) => row[0] === 'Utbildningsförvaltningen');
    expect(utbildning?.[1]).toBe(label('sv', 'completenessStatus', 'submitted'));
    expect(doc.paragraphs).toContain('1 av 10 har lämnat in.');
  });

  it('should include the submitted narratives under Resultat', () => {
    expect(doc.paragraphs).toContain('Nya kontakter i Polen.');
  });

  it('should write a chapter per administration in the municipality report', () => {
    const chapters = doc.headings.filter((h) => h.level === 2).map((h) => h.text);
    for (const admin of model.perAdministration) expect(chapters).toContain(admin.name);
  });

  it('should render user text literally, never as markup', () => {
    const titles = doc.tables.flatMap((t) => t.map((row) => row[0]));
    expect(titles).toContain('Gröna skolor <b>&amp;</b> "hållbarhet"');
    expect(doc.xml).not.toContain('<b>');
    expect(doc.xml).not.toContain('<script>');
  });

  it('should set borders and cell text size once per table and style, not on every cell', () => {
    expect(doc.xml).toContain('<w:tblBorders>');
    expect(doc.xml).not.toContain('<w:tcBorders>');
    expect(doc.xml).not.toContain('<w:sz w:val="18"/>');
  });

  it("should say in how many of the year's development initiatives funding was considered", () => {
    expect(doc.paragraphs).toContainEqual(
      expect.stringMatching(
        /^Extern finansiering övervägdes i 3 av 4 utvecklingsinsatser \(75\s%\)\.$/u,
      ),
    );
  });

  it('should give the considered share and outcomes per administration and in total', () => {
    const table = doc.tables.find((t) => t[0]?.[1] === 'Insatser') ?? [];
    expect(table[0]).toEqual([
      'Förvaltning/bolag',
      'Insatser',
      'Övervägd',
      'Andel',
      'Ansökan gjord',
      'Ingen lämplig finansiering',
      'Ingen utlysning hittades',
    ]);
    const row = (name: string) =>
      table.find((r) => r[0] === name)?.map((c) => c.replace(/\s/gu, ' '));
    expect(row('Utbildningsförvaltningen')).toEqual([
      'Utbildningsförvaltningen',
      '3',
      '2',
      '67 %',
      '1',
      '0',
      '1',
    ]);
    expect(row('Omsorgsförvaltningen')).toEqual([
      'Omsorgsförvaltningen',
      '1',
      '1',
      '100 %',
      '0',
      '1',
      '0',
    ]);
    expect(row('Hela kommunen')).toEqual(['Hela kommunen', '4', '3', '75 %', '1', '1', '1']);
    expect(table).toHaveLength(1 + model.perAdministration.length + 1);
  });

  it('should show the considered share among the key figures', () => {
    expect(figure(doc, 'Andel utvecklingsinsatser där extern finansiering övervägdes')).toMatch(
      /^75\s%$/u,
    );
  });

  it('should list the good examples of the year under their administration, with kind and summary', () => {
    const table = doc.tables.find((t) => t[0]?.includes('Sammanfattning'));
    expect(table?.slice(1)).toEqual([
      ['Utbildningsförvaltningen'],
      [
        'Gröna skolor <b>&amp;</b> "hållbarhet"',
        'Projekt: Erasmus+',
        'Elever mäter energin i sina skolor och delar resultaten i Europa.',
      ],
      [
        'Webbinarium EU-fonder',
        'Aktivitet: Konferens',
        'Ett öppet webbinarium om EU-fonder för alla förvaltningar.',
      ],
    ]);
  });

  it('should keep line breaks of multi-line user text', () => {
    const results = doc.tables.flatMap((t) => t.flatMap((row) => row));
    expect(results).toContain('Tre pilotområden\nmed smarta sensorer');
  });
});

describe('renderReportDocx for one administration', () => {
  let doc: DocxContent;

  beforeAll(async () => {
    doc = await readDocx(await renderReportDocx(administrationModel()));
  });

  it('should name the administration under the title', () => {
    expect(doc.paragraphs.slice(0, 6)).toContain('Utbildningsförvaltningen');
  });

  it('should leave out the per-administration chapter', () => {
    expect(doc.headings.map((h) => h.text)).not.toContain('Per förvaltning och bolag');
  });

  it('should leave out the administration column of the record tables', () => {
    const recordTables = doc.tables.filter((t) => t[0]?.[0] === 'Titel');
    expect(recordTables.length).toBeGreaterThan(0);
    expect(recordTables.flatMap((t) => t[0])).not.toContain('Förvaltning/bolag');
  });
});

describe('renderReportDocx of one administration with initiatives', () => {
  it("should give the administration's own figure: 2 of 3 initiatives", async () => {
    const doc = await readDocx(await renderReportDocx(administrationModel()));
    const table = doc.tables.find((t) => t[0]?.[1] === 'Insatser');
    expect(table?.slice(1).map((r) => r.slice(0, 4).map((c) => c.replace(/\s/gu, ' ')))).toEqual([
      ['Utbildningsförvaltningen', '3', '2', '67 %'],
    ]);
  });
});

describe('renderReportDocx of a model without initiatives', () => {
  it('should leave out the considered-share section, keeping the good examples', async () => {
    const { initiatives: _left, ...withoutInitiatives } = records;
    const model = buildReportModel({
      organisation: defaultOrganisation,
      year: 2025,
      ...withoutInitiatives,
      generatedAt: '2026-02-01T08:00:00Z',
      source: 'live',
    });
    const level1 = (await readDocx(await renderReportDocx(model))).headings
      .filter((h) => h.level === 1)
      .map((h) => h.text);
    expect(level1).not.toContain('Extern finansiering övervägd');
    expect(level1).toContain('Goda exempel');
  });
});

describe('renderReportDocx in English', () => {
  let doc: DocxContent;

  beforeAll(async () => {
    doc = await readDocx(await renderReportDocx(municipalityModel(), { locale: 'en' }));
  });

  it('should title the report in English', () => {
    expect(doc.paragraphs).toContain('International work: yearly report 2025');
  });

  it('should use English section headings and labels', () => {
    const level1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(level1).toContain('EU projects');
    expect(level1).toContain(label('en', 'reportSection', 'keyFigures'));
  });

  it('should name the funding and good-example sections in English', () => {
    const level1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(level1).toEqual(
      expect.arrayContaining(['External funding considered', 'Good examples']),
    );
    expect(doc.paragraphs).toContainEqual(
      expect.stringMatching(/^External funding was considered in 3 of 4 development initiatives/),
    );
  });
});
