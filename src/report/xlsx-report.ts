import ExcelJS from 'exceljs';
import {
  exchangeRateNote,
  label,
  type Currency,
  type Locale,
  type ReportModel,
  type ReportProject,
} from '../domain/index.js';
import type { RenderOptions } from './docx-report.js';
import {
  administrationNamer,
  fundingConsideredCounts,
  fundingConsideredHeaders,
  fundingConsideredRows,
  goodExampleKind,
  keyFigureRows,
  programmeText,
  reportTexts,
  type KeyFigureRow,
} from './texts.js';

/** A cell value with its number format (dates as dates, money with its currency). */
type Cell = string | number | Date | null | { value: number | Date; numFmt: string };

interface SheetColumn {
  header: string;
  /** The most the column may take, in characters (default 50); a longer text wraps. */
  width?: number;
}

/** How many characters a cell shows: a date 10, an amount its digits with groups and unit. */
function shownLength(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') {
    return Math.max(...cell.split('\n').map((line) => line.length));
  }
  if (cell instanceof Date) return 10;
  if (typeof cell === 'number') return String(cell).length;
  if (cell.value instanceof Date) return 10;
  const digits = String(Math.round(Math.abs(cell.value))).length;
  return digits + Math.floor((digits - 1) / 3) + 5;
}

/**
 * Column widths that fit the contents: the header's or the longest value's length (at least 8),
 * at most the column's `width`; columns held back by it wrap their text.
 */
function fitColumns(sheet: ExcelJS.Worksheet, columns: SheetColumn[], rows: Cell[][]): void {
  columns.forEach((column, index) => {
    let longest = column.header.length;
    for (const row of rows) longest = Math.max(longest, shownLength(row[index] ?? null));
    const most = column.width ?? 50;
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(Math.max(longest + 2, 8), most);
    if (longest + 2 > most) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });
}

const DATE_FORMAT = 'yyyy-mm-dd';
const COUNT_FORMAT = '#,##0';
const SHARE_FORMAT = '0%';
const RATE_FORMAT = '0.0000';

/** Excel's number format for whole amounts of a currency (`1 500 000 kr`, `300 000 EUR`). */
export function moneyFormat(currency: Currency): string {
  return currency === 'SEK' ? '#,##0 "kr"' : `#,##0 "${currency}"`;
}

/** A calendar date as an Excel date (UTC midnight, so the day never shifts). */
function date(iso: string | undefined): Cell {
  if (!iso) return null;
  const day = iso.slice(0, 10);
  return { value: new Date(`${day}T00:00:00Z`), numFmt: DATE_FORMAT };
}

function money(amount: number | undefined, currency: Currency): Cell {
  return amount === undefined ? null : { value: amount, numFmt: moneyFormat(currency) };
}

/**
 * A key figure as a number with its format; an undefined share (nothing to divide) is empty. A
 * sum in kronor with parts that had no exchange rate is its text (`1 000 kr + 50 000 NOK (kurs
 * saknas)`): a bare number would look like the whole sum.
 */
function figureCell(row: KeyFigureRow): Cell {
  if (row.raw === null) return null;
  if (row.unconverted) return row.value;
  const numFmt =
    row.kind === 'money' ? moneyFormat('SEK') : row.kind === 'share' ? SHARE_FORMAT : COUNT_FORMAT;
  return { value: row.raw, numFmt };
}

/** Excel forbids `[]:*?/\` in sheet names and cuts them at 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.header }));
  sheet.getRow(1).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(
      values.map((v) => (v !== null && typeof v === 'object' && 'numFmt' in v ? v.value : v)),
    );
    values.forEach((v, index) => {
      if (v !== null && typeof v === 'object' && 'numFmt' in v) {
        row.getCell(index + 1).numFmt = v.numFmt;
      }
    });
  }
  fitColumns(sheet, columns, rows);
  return sheet;
}

/**
 * The rates the kronor were converted with (currency, rate, source) and the currencies without
 * one; left out when every amount is in kronor.
 */
function addExchangeRateSheet(
  workbook: ExcelJS.Workbook,
  locale: Locale,
  { exchangeRates, missingRates }: ReportModel['keyFigures']['funding'],
): void {
  if (exchangeRates.length === 0 && missingRates.length === 0) return;
  const t = reportTexts(locale);
  addSheet(
    workbook,
    t.exchangeRatesSheet,
    [
      { header: t.currency, width: 12 },
      { header: t.rate, width: 22 },
      { header: t.rateSource, width: 60 },
    ],
    [
      ...exchangeRates.map((r): Cell[] => [
        r.currency,
        { value: r.rate, numFmt: RATE_FORMAT },
        r.source,
      ]),
      ...missingRates.map((code): Cell[] => [code, null, t.rateMissing]),
    ],
  );
}

/**
 * The yearly report as an Excel workbook: one sheet per section (overview, EU projects, other
 * projects, applications, other work, results, key figures, external funding considered, good
 * examples, completeness and, for the whole municipality, key figures per administration). Values are readable: labels instead of codes,
 * dates as Excel dates, amounts as numbers formatted with their currency.
 */
export async function renderReportXlsx(
  model: ReportModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale: Locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const adminName = administrationNamer(model);
  const section = (code: Parameters<typeof label<'reportSection'>>[2]) =>
    label(locale, 'reportSection', code);
  const { meta, sections } = model;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.organisationName;
  workbook.created = new Date(meta.generatedAt);
  workbook.title = t.yearlyReport(meta.year);

  const overview = addSheet(
    workbook,
    t.overview,
    [
      { header: t.overview, width: 28 },
      { header: t.yearlyReport(meta.year), width: 80 },
    ],
    [
      [t.organisation, meta.organisationName],
      [
        t.scope,
        meta.scope.kind === 'administration'
          ? adminName(meta.scope.administrationId)
          : t.wholeMunicipality,
      ],
      [t.goalAreaName, meta.goalArea],
      [t.vision, meta.vision],
      [t.from, date(meta.from)],
      [t.to, date(meta.to)],
      [t.generated, date(meta.generatedAt)],
    ],
  );
  overview.getColumn(2).alignment = { wrapText: true, horizontal: 'left' };

  const projectColumns: SheetColumn[] = [
    { header: section('ongoing') + ' / ' + section('finished'), width: 22 },
    { header: t.title, width: 40 },
    { header: t.administration, width: 30 },
    { header: t.programme, width: 28 },
    { header: t.role },
    { header: t.status },
    { header: t.start, width: 12 },
    { header: t.end, width: 12 },
    { header: t.granted },
  ];
  const projectRow = (part: string, p: ReportProject): Cell[] => [
    part,
    p.title,
    adminName(p.administrationId),
    programmeText(locale, p),
    label(locale, 'projectRole', p.role),
    label(locale, 'projectStatus', p.status),
    date(p.startDate),
    date(p.endDate),
    money(p.grantedAmount, p.currency),
  ];
  for (const code of ['euProjects', 'otherProjects'] as const) {
    const lists = sections[code];
    addSheet(workbook, section(code), projectColumns, [
      ...lists.ongoing.map((p) => projectRow(section('ongoing'), p)),
      ...lists.finished.map((p) => projectRow(section('finished'), p)),
    ]);
  }

  addSheet(
    workbook,
    section('applications'),
    [
      { header: t.title, width: 40 },
      { header: t.administration, width: 30 },
      { header: t.programme, width: 28 },
      { header: t.submittedOn, width: 12 },
      { header: t.applied },
      { header: t.granted },
      { header: t.outcome },
    ],
    sections.applications.map((a) => [
      a.title,
      adminName(a.administrationId),
      programmeText(locale, a),
      date(a.applicationSubmitted),
      money(a.appliedAmount, a.currency),
      money(a.grantedAmount, a.currency),
      label(locale, 'projectStatus', a.outcome),
    ]),
  );

  addSheet(
    workbook,
    section('otherWork'),
    [
      { header: t.activityType, width: 26 },
      { header: t.title, width: 40 },
      { header: t.administration, width: 30 },
      { header: t.date, width: 12 },
      { header: t.place },
      { header: t.participants },
      { header: t.travel },
      { header: t.co2e },
      { header: t.compensated },
    ],
    sections.otherWork.flatMap((group) =>
      group.activities.map((a): Cell[] => [
        label(locale, 'activityType', group.type),
        a.title,
        adminName(a.administrationId),
        date(a.startDate),
        [a.place, a.country].filter(Boolean).join(', '),
        a.participants,
        a.digital ? t.digital : label(locale, 'travelMode', a.travelMode),
        { value: a.co2eKg, numFmt: COUNT_FORMAT },
        a.travelMode === 'flight' ? (a.climateCompensated ? t.yes : t.no) : '',
      ]),
    ),
  );

  const results = addSheet(
    workbook,
    section('results'),
    [
      { header: t.administration, width: 30 },
      { header: t.title, width: 40 },
      { header: section('results'), width: 80 },
    ],
    [
      ...sections.results.narratives.flatMap((n): Cell[][] => [
        [adminName(n.administrationId), t.narrativeOtherWork, n.otherWorkNarrative ?? ''],
        [adminName(n.administrationId), t.narrativeResults, n.resultsNarrative ?? ''],
      ]),
      ...sections.results.projects.map((p): Cell[] => [
        adminName(p.administrationId),
        p.title,
        p.achievedResults,
      ]),
    ],
  );
  results.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  addSheet(
    workbook,
    section('keyFigures'),
    [
      { header: t.figure, width: 50 },
      { header: t.value, width: 24 },
    ],
    [
      ...keyFigureRows(locale, model.keyFigures).map((row): Cell[] => [
        row.label,
        row.kind === 'text' ? row.value : figureCell(row),
      ]),
      // The currency note: which rates made the kronor, which currencies had none (§3a).
      ...exchangeRateNote(locale, model.keyFigures.funding).map((sentence): Cell[] => [sentence]),
    ],
  );

  addExchangeRateSheet(workbook, locale, model.keyFigures.funding);

  // The strategy's indicator; only models built with the initiatives carry it.
  const considered = fundingConsideredRows(locale, model);
  if (considered.length > 0) {
    addSheet(
      workbook,
      t.fundingSheet,
      fundingConsideredHeaders(locale).map((header, i) => ({ header, width: i === 0 ? 30 : 16 })),
      considered.map((row): Cell[] => {
        const counts = fundingConsideredCounts(row.figure);
        return [
          row.name,
          counts.initiatives,
          counts.considered,
          row.figure.share === null ? null : { value: row.figure.share, numFmt: SHARE_FORMAT },
          ...counts.outcomes,
        ];
      }),
    );
  }

  addSheet(
    workbook,
    t.goodExamples,
    [
      { header: t.title, width: 40 },
      { header: t.administration, width: 30 },
      { header: t.kind, width: 30 },
      { header: t.date, width: 12 },
      { header: t.summary, width: 80 },
    ],
    model.goodExamples.map((example): Cell[] => [
      example.title,
      adminName(example.administrationId),
      goodExampleKind(locale, example),
      date(example.date),
      example.summary,
    ]),
  ).getColumn(5).alignment = { wrapText: true, vertical: 'top' };

  addSheet(
    workbook,
    section('completeness'),
    [
      { header: t.administration, width: 30 },
      { header: t.status },
      { header: t.submittedBy, width: 30 },
      { header: t.submittedOn, width: 12 },
      { header: t.source },
      { header: t.changesSince },
    ],
    model.completeness.administrations.map((e): Cell[] => [
      adminName(e.administrationId),
      label(locale, 'completenessStatus', e.status),
      e.submittedBy ?? '',
      date(e.submittedAt),
      e.source === 'snapshot' ? t.sourceSnapshot : t.sourceLive,
      e.changesSinceSubmission,
    ]),
  );

  if (model.perAdministration.length > 0) {
    const figureNames = keyFigureRows(locale, model.keyFigures).filter((r) => r.kind !== 'text');
    addSheet(
      workbook,
      section('perAdministration'),
      [
        { header: t.administration, width: 30 },
        { header: t.committee, width: 30 },
        ...figureNames.map((r) => ({ header: r.label, width: 16 })),
      ],
      model.perAdministration.map((chapter): Cell[] => [
        chapter.name,
        chapter.committee,
        ...keyFigureRows(locale, chapter.keyFigures)
          .filter((r) => r.kind !== 'text')
          .map(figureCell),
      ]),
    );
  }

  // exceljs answers a Node Buffer in Node and an ArrayBuffer in the browser; both view as bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
