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
  /** Set after the widths are fitted (a long text column wraps at the top of its cell). */
  alignment?: Partial<ExcelJS.Alignment>;
}

/** One worksheet: its name, columns and rows. */
interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

/** What every sheet reads: the model, the reader's language and its words. */
interface SheetContext {
  model: ReportModel;
  locale: Locale;
  t: ReturnType<typeof reportTexts>;
  adminName: ReturnType<typeof administrationNamer>;
  section: (code: Parameters<typeof label<'reportSection'>>[2]) => string;
}

const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

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

function addSheet(workbook: ExcelJS.Workbook, { name, columns, rows }: Sheet): void {
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
  columns.forEach((column, index) => {
    if (column.alignment) sheet.getColumn(index + 1).alignment = column.alignment;
  });
}

function overviewSheet({ model: { meta }, t, adminName }: SheetContext): Sheet {
  return {
    name: t.overview,
    columns: [
      { header: t.overview, width: 28 },
      {
        header: t.yearlyReport(meta.year),
        width: 80,
        alignment: { wrapText: true, horizontal: 'left' },
      },
    ],
    rows: [
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
  };
}

/** The EU projects and the other projects: one sheet each, ongoing then finished. */
function projectSheets({ model, locale, t, adminName, section }: SheetContext): Sheet[] {
  const columns: SheetColumn[] = [
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
  return (['euProjects', 'otherProjects'] as const).map((code) => {
    const lists = model.sections[code];
    return {
      name: section(code),
      columns,
      rows: [
        ...lists.ongoing.map((p) => projectRow(section('ongoing'), p)),
        ...lists.finished.map((p) => projectRow(section('finished'), p)),
      ],
    };
  });
}

function applicationsSheet({ model, locale, t, adminName, section }: SheetContext): Sheet {
  return {
    name: section('applications'),
    columns: [
      { header: t.title, width: 40 },
      { header: t.administration, width: 30 },
      { header: t.programme, width: 28 },
      { header: t.submittedOn, width: 12 },
      { header: t.applied },
      { header: t.granted },
      { header: t.outcome },
    ],
    rows: model.sections.applications.map((a) => [
      a.title,
      adminName(a.administrationId),
      programmeText(locale, a),
      date(a.applicationSubmitted),
      money(a.appliedAmount, a.currency),
      money(a.grantedAmount, a.currency),
      label(locale, 'projectStatus', a.outcome),
    ]),
  };
}

function otherWorkSheet({ model, locale, t, adminName, section }: SheetContext): Sheet {
  return {
    name: section('otherWork'),
    columns: [
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
    rows: model.sections.otherWork.flatMap((group) =>
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
  };
}

/** The administrations' narratives, then each project's achieved results. */
function resultsSheet({ model, t, adminName, section }: SheetContext): Sheet {
  const { narratives, projects } = model.sections.results;
  return {
    name: section('results'),
    columns: [
      { header: t.administration, width: 30 },
      { header: t.title, width: 40 },
      { header: section('results'), width: 80, alignment: WRAP_TOP },
    ],
    rows: [
      ...narratives.flatMap((n): Cell[][] => [
        [adminName(n.administrationId), t.narrativeOtherWork, n.otherWorkNarrative ?? ''],
        [adminName(n.administrationId), t.narrativeResults, n.resultsNarrative ?? ''],
      ]),
      ...projects.map((p): Cell[] => [adminName(p.administrationId), p.title, p.achievedResults]),
    ],
  };
}

function keyFiguresSheet({ model, locale, t, section }: SheetContext): Sheet {
  return {
    name: section('keyFigures'),
    columns: [
      { header: t.figure, width: 50 },
      { header: t.value, width: 24 },
    ],
    rows: [
      ...keyFigureRows(locale, model.keyFigures).map((row): Cell[] => [
        row.label,
        row.kind === 'text' ? row.value : figureCell(row),
      ]),
      // The currency note: which rates made the kronor, which currencies had none (§3a).
      ...exchangeRateNote(locale, model.keyFigures.funding).map((sentence): Cell[] => [sentence]),
    ],
  };
}

/**
 * The rates the kronor were converted with (currency, rate, source) and the currencies without
 * one; left out when every amount is in kronor.
 */
function exchangeRateSheet({ model, t }: SheetContext): Sheet | null {
  const { exchangeRates, missingRates } = model.keyFigures.funding;
  if (exchangeRates.length === 0 && missingRates.length === 0) return null;
  return {
    name: t.exchangeRatesSheet,
    columns: [
      { header: t.currency, width: 12 },
      { header: t.rate, width: 22 },
      { header: t.rateSource, width: 60 },
    ],
    rows: [
      ...exchangeRates.map((r): Cell[] => [
        r.currency,
        { value: r.rate, numFmt: RATE_FORMAT },
        r.source,
      ]),
      ...missingRates.map((code): Cell[] => [code, null, t.rateMissing]),
    ],
  };
}

/** The strategy's indicator; only models built with the initiatives carry it. */
function fundingConsideredSheet({ model, locale, t }: SheetContext): Sheet | null {
  const considered = fundingConsideredRows(locale, model);
  if (considered.length === 0) return null;
  return {
    name: t.fundingSheet,
    columns: fundingConsideredHeaders(locale).map((header, i) => ({
      header,
      width: i === 0 ? 30 : 16,
    })),
    rows: considered.map((row): Cell[] => {
      const counts = fundingConsideredCounts(row.figure);
      return [
        row.name,
        counts.initiatives,
        counts.considered,
        row.figure.share === null ? null : { value: row.figure.share, numFmt: SHARE_FORMAT },
        ...counts.outcomes,
      ];
    }),
  };
}

function goodExamplesSheet({ model, locale, t, adminName }: SheetContext): Sheet {
  return {
    name: t.goodExamples,
    columns: [
      { header: t.title, width: 40 },
      { header: t.administration, width: 30 },
      { header: t.kind, width: 30 },
      { header: t.date, width: 12 },
      { header: t.summary, width: 80, alignment: WRAP_TOP },
    ],
    rows: model.goodExamples.map((example): Cell[] => [
      example.title,
      adminName(example.administrationId),
      goodExampleKind(locale, example),
      date(example.date),
      example.summary,
    ]),
  };
}

function completenessSheet({ model, locale, t, adminName, section }: SheetContext): Sheet {
  return {
    name: section('completeness'),
    columns: [
      { header: t.administration, width: 30 },
      { header: t.status },
      { header: t.submittedBy, width: 30 },
      { header: t.submittedOn, width: 12 },
      { header: t.source },
      { header: t.changesSince },
    ],
    rows: model.completeness.administrations.map((e): Cell[] => [
      adminName(e.administrationId),
      label(locale, 'completenessStatus', e.status),
      e.submittedBy ?? '',
      date(e.submittedAt),
      e.source === 'snapshot' ? t.sourceSnapshot : t.sourceLive,
      e.changesSinceSubmission,
    ]),
  };
}

/** For the whole municipality: one row of key figures per administration. */
function perAdministrationSheet({ model, locale, t, section }: SheetContext): Sheet | null {
  if (model.perAdministration.length === 0) return null;
  const figures = (keyFigures: ReportModel['keyFigures']) =>
    keyFigureRows(locale, keyFigures).filter((r) => r.kind !== 'text');
  return {
    name: section('perAdministration'),
    columns: [
      { header: t.administration, width: 30 },
      { header: t.committee, width: 30 },
      ...figures(model.keyFigures).map((r) => ({ header: r.label, width: 16 })),
    ],
    rows: model.perAdministration.map((chapter): Cell[] => [
      chapter.name,
      chapter.committee,
      ...figures(chapter.keyFigures).map(figureCell),
    ]),
  };
}

/** The workbook's sheets in order; a sheet with nothing to say answers null and is left out. */
const sheets: ((context: SheetContext) => Sheet | Sheet[] | null)[] = [
  overviewSheet,
  projectSheets,
  applicationsSheet,
  otherWorkSheet,
  resultsSheet,
  keyFiguresSheet,
  exchangeRateSheet,
  fundingConsideredSheet,
  goodExamplesSheet,
  completenessSheet,
  perAdministrationSheet,
];

/**
 * The yearly report as an Excel workbook: one sheet per section (overview, EU projects, other
 * projects, applications, other work, results, key figures, exchange rates, external funding
 * considered, good examples, completeness and, for the whole municipality, key figures per
 * administration). Values are readable: labels instead of codes, dates as Excel dates, amounts as
 * numbers formatted with their currency.
 */
export async function renderReportXlsx(
  model: ReportModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale: Locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const context: SheetContext = {
    model,
    locale,
    t,
    adminName: administrationNamer(model),
    section: (code) => label(locale, 'reportSection', code),
  };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.meta.organisationName;
  workbook.created = new Date(model.meta.generatedAt);
  workbook.title = t.yearlyReport(model.meta.year);
  for (const build of sheets) {
    for (const sheet of [build(context) ?? []].flat()) addSheet(workbook, sheet);
  }

  // exceljs answers a Node Buffer in Node and an ArrayBuffer in the browser; both view as bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
