import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { label, type ReportModel } from '../../../src/domain/index.js';
import { moneyFormat, renderReportXlsx } from '../../../src/report/xlsx-report.js';
import { administrationModel, municipalityModel } from './fixtures.js';

/** Reads a rendered workbook back with exceljs. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' typings take an ArrayBuffer; hand it exactly the rendered bytes.
  const copy = bytes.slice();
  await workbook.xlsx.load(copy.buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet "${name}"`);
  return found;
}

/** The data rows of a sheet (below the header) as arrays of cells. */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  return rows;
}

describe('renderReportXlsx for the whole municipality', () => {
  let model: ReportModel;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    model = municipalityModel();
    workbook = await load(await renderReportXlsx(model));
  });

  it('should fit each column to its longest value, wrapping only the long texts', () => {
    for (const ws of workbook.worksheets) {
      ws.columns.forEach((column, index) => {
        const texts: string[] = [];
        column.eachCell?.((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        });
        const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n').map((l) => l.length)));
        const width = column.width ?? 0;
        expect(width, `${ws.name} column ${index + 1}`).toBeGreaterThanOrEqual(8);
        // Either the longest text fits, or the column is at its cap and wraps.
        if (longest + 2 > width) {
          expect(column.alignment?.wrapText, `${ws.name} column ${index + 1}`).toBe(true);
        }
      });
    }
  });

  it('should have one sheet per section', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Översikt',
      'EU-projekt',
      'Andra internationella projekt',
      'Inlämnade ansökningar',
      'Övrigt internationellt arbete',
      'Resultat',
      'Nyckeltal',
      // The fixture has amounts in EUR and no rate: the sheet names EUR as missing.
      'Valutakurser',
      'Extern finansiering',
      'Goda exempel',
      'Inrapportering',
      'Per förvaltning och bolag',
    ]);
  });

  it('should list every ongoing and finished EU project', () => {
    const { ongoing, finished } = model.sections.euProjects;
    const titles = dataRows(sheet(workbook, 'EU-projekt')).map((r) => r.getCell(2).value);
    expect(titles).toEqual([...ongoing, ...finished].map((p) => p.title));
  });

  it('should write dates as Excel dates', () => {
    const row = dataRows(sheet(workbook, 'EU-projekt')).find(
      (r) => r.getCell(2).value === 'Interreg Baltic Smart City',
    );
    expect(row?.getCell(7).value).toEqual(new Date('2023-01-01T00:00:00Z'));
    expect(row?.getCell(7).numFmt).toBe('yyyy-mm-dd');
  });

  it('should write amounts as numbers formatted in their currency', () => {
    const row = dataRows(sheet(workbook, 'EU-projekt')).find(
      (r) => r.getCell(2).value === 'Interreg Baltic Smart City',
    );
    expect(row?.getCell(9).value).toBe(300_000);
    expect(row?.getCell(9).numFmt).toBe(moneyFormat('EUR'));
  });

  it('should write labels instead of codes', () => {
    const row = dataRows(sheet(workbook, 'EU-projekt')).find(
      (r) => r.getCell(2).value === 'Interreg Baltic Smart City',
    );
    expect(row?.getCell(5).value).toBe(label('sv', 'projectRole', 'partner'));
    expect(row?.getCell(6).value).toBe(label('sv', 'projectStatus', 'ongoing'));
  });

  it('should list the applications with their outcome', () => {
    const outcomes = dataRows(sheet(workbook, 'Inlämnade ansökningar')).map(
      (r) => r.getCell(7).value,
    );
    expect(outcomes).toEqual(
      model.sections.applications.map((a) => label('sv', 'projectStatus', a.outcome)),
    );
  });

  it('should list each activity with its type label', () => {
    const rows = dataRows(sheet(workbook, 'Övrigt internationellt arbete'));
    const expected = model.sections.otherWork.flatMap((g) =>
      g.activities.map(() => label('sv', 'activityType', g.type)),
    );
    expect(rows.map((r) => r.getCell(1).value)).toEqual(expected);
  });

  it('should write key figures as numbers equal to the model', () => {
    const rows = dataRows(sheet(workbook, 'Nyckeltal'));
    const value = (name: string) => rows.find((r) => r.getCell(1).value === name)?.getCell(2);
    expect(value('Pågående EU-projekt')?.value).toBe(model.keyFigures.counts.euOngoing);
    expect(value('Beviljad extern finansiering under året')?.value).toBe(
      model.keyFigures.funding.grantedSek,
    );
    expect(value('Andel beviljade av beslutade ansökningar')?.value).toBe(
      model.keyFigures.successRate,
    );
    expect(value('Andel beviljade av beslutade ansökningar')?.numFmt).toBe('0%');
  });

  it('should have a completeness row per administration', () => {
    expect(dataRows(sheet(workbook, 'Inrapportering'))).toHaveLength(
      model.completeness.administrations.length,
    );
  });

  it('should have a key-figure row per administration', () => {
    const names = dataRows(sheet(workbook, 'Per förvaltning och bolag')).map(
      (r) => r.getCell(1).value,
    );
    expect(names).toEqual(model.perAdministration.map((a) => a.name));
  });

  it('should give the considered share per administration and in total, as numbers', () => {
    const rows = dataRows(sheet(workbook, 'Extern finansiering'));
    const values = (name: string) => {
      const row = rows.find((r) => r.getCell(1).value === name);
      return Array.from({ length: 7 }, (_, i) => row?.getCell(i + 1).value).map((v) =>
        typeof v === 'number' ? Math.round(v * 100) / 100 : v,
      );
    };
    expect(values('Utbildningsförvaltningen')).toEqual([
      'Utbildningsförvaltningen',
      3,
      2,
      0.67,
      1,
      0,
      1,
    ]);
    expect(values('Hela kommunen')).toEqual(['Hela kommunen', 4, 3, 0.75, 1, 1, 1]);
    expect(rows).toHaveLength(model.perAdministration.length + 1);
  });

  it('should format the considered share as a percentage', () => {
    const total = dataRows(sheet(workbook, 'Extern finansiering')).at(-1);
    expect(total?.getCell(4).numFmt).toBe('0%');
  });

  it('should list the good examples with their summary', () => {
    const rows = dataRows(sheet(workbook, 'Goda exempel'));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(5).value])).toEqual(
      model.goodExamples.map((e) => [e.title, e.summary]),
    );
    expect(rows).toHaveLength(2);
  });

  it('should keep user text as plain text', () => {
    const titles = dataRows(sheet(workbook, 'Övrigt internationellt arbete')).map(
      (r) => r.getCell(2).value,
    );
    expect(titles).toContain('Studiebesök <script>alert(1)</script>');
  });
});

describe('renderReportXlsx variants', () => {
  it('should leave out the per-administration sheet for one administration', async () => {
    const workbook = await load(await renderReportXlsx(administrationModel()));
    expect(workbook.getWorksheet('Per förvaltning och bolag')).toBeUndefined();
  });

  it('should name the sheets in English on request', async () => {
    const workbook = await load(await renderReportXlsx(municipalityModel(), { locale: 'en' }));
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('EU projects');
  });
});
