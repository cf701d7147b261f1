import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../../src/domain/index.js';
import { renderMandatePeriodDocx } from '../../../src/report/docx-mandate-period.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import { renderReportXlsx } from '../../../src/report/xlsx-report.js';
import { metricName } from '../../../src/report/texts.js';
import {
  MONEY_YEAR,
  appliedSek,
  appliedSekWithoutNok,
  eurRate,
  grantedSek,
  grantedSekWithoutNok,
  moneyModel,
  moneyPeriodModel,
  moneyProjects,
  nokRate,
} from '../domain/money-fixture.js';
import { readDocx, type DocxContent } from './docx-reader.js';

/**
 * The same crafted SEK, EUR and NOK amounts (test/unit/domain/money-fixture.ts) read back from
 * the rendered Word and Excel files: the kronor there are the model's, converted with the round's
 * rates, and a currency without a rate is shown in its own currency, never as 0 kr.
 */

const model = (rates: ExchangeRate[]) => moneyModel(rates);

/** Whole kronor as the reader reads them in Swedish: digits grouped by spaces. */
const kronor = (amount: number) => `${Math.round(amount).toLocaleString('sv-SE')} kr`;
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');

async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function keyFigure(workbook: ExcelJS.Workbook, name: string): ExcelJS.CellValue | undefined {
  let value: ExcelJS.CellValue | undefined;
  workbook.getWorksheet('Nyckeltal')?.eachRow((row) => {
    if (row.getCell(1).value === name) value = row.getCell(2).value;
  });
  return value;
}

function column(workbook: ExcelJS.Workbook, sheet: string, index: number): string[] {
  const out: string[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => out.push(String(row.getCell(index).value ?? '')));
  return out;
}

function docxFigure(doc: DocxContent, name: string): string | undefined {
  const table = doc.tables.find((t) => t[0]?.[0] === 'Nyckeltal' && t[0]?.[1] === 'Värde');
  return plain(table?.find((row) => row[0] === name)?.[1]);
}

describe('the reports with SEK, EUR and NOK and every rate', () => {
  let doc: DocxContent;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const m = model([eurRate, nokRate]);
    doc = await readDocx(await renderReportDocx(m));
    workbook = await loadXlsx(await renderReportXlsx(m));
  });

  it('should show the converted totals in the Word report', () => {
    expect(docxFigure(doc, 'Beviljad extern finansiering under året')).toBe(
      plain(kronor(grantedSek)),
    );
    expect(docxFigure(doc, 'Sökt belopp i årets ansökningar')).toBe(plain(kronor(appliedSek)));
  });

  it('should say in the Word report which rates were used', () => {
    expect(doc.paragraphs.map(plain)).toContain(
      'Belopp i annan valuta är omräknade till kronor med årets kurser: 1 EUR = 11,07 kr (Riksbankens årsgenomsnitt 2025); 1 NOK = 0,95 kr (Riksbankens årsgenomsnitt 2025).',
    );
  });

  it('should write the converted totals as numbers in the Excel report', () => {
    expect(keyFigure(workbook, 'Beviljad extern finansiering under året')).toBeCloseTo(
      grantedSek,
      2,
    );
    expect(keyFigure(workbook, 'Sökt belopp i årets ansökningar')).toBeCloseTo(appliedSek, 2);
  });

  it('should list the rates with their source in the Excel report', () => {
    expect(column(workbook, 'Valutakurser', 1)).toEqual(['Valuta', 'EUR', 'NOK']);
    expect(column(workbook, 'Valutakurser', 2).slice(1).map(Number)).toEqual([11.07, 0.95]);
    expect(column(workbook, 'Valutakurser', 3)[1]).toBe('Riksbankens årsgenomsnitt 2025');
    expect(
      column(workbook, 'Nyckeltal', 1).some((c) => c.startsWith('Belopp i annan valuta')),
    ).toBe(true);
  });
});

describe('the reports with SEK, EUR and NOK and no NOK rate', () => {
  let doc: DocxContent;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const m = model([eurRate]);
    doc = await readDocx(await renderReportDocx(m));
    workbook = await loadXlsx(await renderReportXlsx(m));
  });

  it('should show the NOK part in its own currency beside the kronor in Word, flagged', () => {
    expect(docxFigure(doc, 'Beviljad extern finansiering under året')).toBe(
      plain(`${kronor(grantedSekWithoutNok)} + 50 000 NOK (kurs saknas)`),
    );
    expect(docxFigure(doc, 'Sökt belopp i årets ansökningar')).toBe(
      plain(`${kronor(appliedSekWithoutNok)} + 60 000 NOK (kurs saknas)`),
    );
    expect(doc.paragraphs.some((p) => p.startsWith('Kurs saknas för NOK'))).toBe(true);
  });

  it('should write such a sum as its text in Excel, not as a number that looks whole', () => {
    expect(plain(String(keyFigure(workbook, 'Beviljad extern finansiering under året')))).toBe(
      plain(`${kronor(grantedSekWithoutNok)} + 50 000 NOK (kurs saknas)`),
    );
    expect(column(workbook, 'Valutakurser', 1)).toEqual(['Valuta', 'EUR', 'NOK']);
    expect(column(workbook, 'Valutakurser', 3)[2]).toMatch(/^Kurs saknas/);
  });

  it('should never write 0 kr for the money of a chapter that has only unconverted amounts', async () => {
    const onlyNok = moneyModel(
      [eurRate],
      moneyProjects.filter((p) => p.currency === 'NOK'),
    );
    const text = (await readDocx(await renderReportDocx(onlyNok))).tables
      .find((t) => t[0]?.[0] === 'Nyckeltal' && t[0]?.[1] === 'Värde')
      ?.find((row) => row[0] === 'Beviljad extern finansiering under året')?.[1];
    expect(plain(text)).toBe('50 000 NOK (kurs saknas)');
  });
});

describe('the mandate-period report with a year without a NOK rate', () => {
  it('should show the NOK part beside the kronor of that year and name the rates', async () => {
    const period = moneyPeriodModel([eurRate]);
    const doc = await readDocx(await renderMandatePeriodDocx(period));
    const row = doc.tables[0]?.find((r) => r[0] === metricName('sv', 'appliedSek', true));
    const column = period.years.indexOf(MONEY_YEAR) + 1;
    expect(plain(row?.[column])).toBe(
      plain(`${kronor(appliedSekWithoutNok)} + 60 000 NOK (kurs saknas)`),
    );
    expect(doc.paragraphs.some((p) => p.startsWith(`${MONEY_YEAR}: Belopp i annan valuta`))).toBe(
      true,
    );
  });
});
