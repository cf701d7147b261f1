import type { Workbook, CellValue } from 'exceljs';
import { z } from 'zod';
import { fieldLabel, validationMessage, type Locale } from '../../../domain/labels';
import { issuePath } from '../../../domain/issues';
import {
  activityFieldsSchema,
  activitySchema,
  projectFieldsSchema,
  projectSchema,
  type Activity,
  type Project,
} from '../../../domain/records';

/**
 * The shared import logic of the tab and `npm run import`: workbook/JSON rows to validated
 * records. Every row is checked before anything is written, so a file is imported whole or not
 * at all. Runs in the browser and in Node (exceljs is loaded lazily).
 */

/** The sheets of the template, with the schema their rows must satisfy. */
export const importSheets = {
  projects: {
    name: 'Projekt',
    schema: projectSchema,
    fields: Object.keys(projectFieldsSchema.shape),
  },
  activities: {
    name: 'Aktiviteter',
    schema: activitySchema,
    fields: Object.keys(activityFieldsSchema.shape),
  },
} as const;
export type ImportSheet = keyof typeof importSheets;

/** Stored and implied columns are not part of the template. */
const skipped = new Set([
  'id',
  'etag',
  'createdAt',
  'modifiedAt',
  'modifiedBy',
  'administrationId',
  'co2eKg',
]);

/** The template's columns of a sheet: record field names (stable, English). */
export function templateColumns(sheet: ImportSheet): string[] {
  return importSheets[sheet].fields.filter((f) => !skipped.has(f));
}

/** A rejected row: where it is and why, in the user's language. */
export interface RowIssue {
  sheet: ImportSheet;
  /** The spreadsheet row number (header is row 1), or the 1-based JSON index. */
  row: number;
  field?: string;
  message: string;
}

/** The outcome of parsing: the valid records, and the rejected rows (import only if none). */
export interface ParsedImport {
  projects: Project[];
  activities: Activity[];
  rejected: RowIssue[];
}

/** Raw rows per sheet: column name -> cell value, with the row number to report. */
export interface RawRows {
  projects: { row: number; values: Record<string, unknown> }[];
  activities: { row: number; values: Record<string, unknown> }[];
}

const arrayFields = new Set(['sustainability', 'strategyMeans']);
const booleanFields = new Set([
  'withLinnaeusUniversity',
  'withBusiness',
  'digital',
  'climateCompensated',
]);
const numberFields = new Set([
  'appliedAmount',
  'grantedAmount',
  'ownContributionCash',
  'ownContributionInKind',
  'totalBudget',
  'participants',
  'distanceKm',
]);
const dateFields = new Set(['applicationSubmitted', 'decisionDate', 'startDate', 'endDate']);

const truthy = new Set(['ja', 'yes', 'true', 'x', '1', 'sant']);
const falsy = new Set(['nej', 'no', 'false', '0', '', 'falskt']);

/** `Name (DE, university); Other (FI)` → partner objects; a type not known is kept for zod to name. */
export function parsePartners(text: string): { name: string; country?: string; type?: string }[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part);
      if (!match) return { name: part };
      const [country, type] = (match[2] ?? '').split(',').map((s) => s.trim());
      return {
        name: (match[1] ?? '').trim(),
        ...(country ? { country: country.toUpperCase() } : {}),
        ...(type ? { type } : {}),
      };
    });
}

/** Converts one cell to what the schema expects for `field` (strings stay when unparseable). */
export function coerceCell(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date)
    return dateFields.has(field) ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'object' && 'text' in value)
    return coerceCell(field, (value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in value)
    return coerceCell(field, (value as { result: unknown }).result);
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === '') return booleanFields.has(field) ? false : undefined;
  if (booleanFields.has(field) && typeof text === 'string') {
    const lower = text.toLowerCase();
    if (truthy.has(lower)) return true;
    if (falsy.has(lower)) return false;
    return text;
  }
  if (numberFields.has(field) && typeof text === 'string') {
    const n = Number(text.replace(/\s/g, '').replace(',', '.'));
    return Number.isNaN(n) ? text : n;
  }
  if (arrayFields.has(field) && typeof text === 'string')
    return text
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (field === 'partners' && typeof text === 'string') return parsePartners(text);
  return text;
}

/** Validates every row of every sheet; the records come back only from rows without issues. */
export function parseRows(rows: RawRows, administrationId: string, locale: Locale): ParsedImport {
  const out: ParsedImport = { projects: [], activities: [], rejected: [] };
  for (const sheet of ['projects', 'activities'] as const) {
    for (const { row, values } of rows[sheet]) {
      const candidate: Record<string, unknown> = { administrationId };
      for (const [column, value] of Object.entries(values)) {
        const coerced = coerceCell(column, value);
        if (coerced !== undefined) candidate[column] = coerced;
      }
      const parsed = importSheets[sheet].schema.safeParse(candidate);
      if (parsed.success) {
        if (sheet === 'projects') out.projects.push(parsed.data as Project);
        else out.activities.push(parsed.data as Activity);
        continue;
      }
      for (const issue of parsed.error.issues) {
        const field = issuePath(issue.path);
        const name = field ? fieldName(locale, sheet, field) : '';
        out.rejected.push({
          sheet,
          row,
          ...(field ? { field } : {}),
          message: name
            ? `${name}: ${validationMessage(locale, issue)}`
            : validationMessage(locale, issue),
        });
      }
    }
  }
  return out;
}

function fieldName(locale: Locale, sheet: ImportSheet, path: string): string {
  const top = path.split(/[.[]/)[0] ?? path;
  const name =
    sheet === 'projects'
      ? fieldLabel(locale, 'project', top as Parameters<typeof fieldLabel<'project'>>[2])
      : fieldLabel(locale, 'activity', top as Parameters<typeof fieldLabel<'activity'>>[2]);
  return path === top ? name : `${name} ${path.slice(top.length)}`;
}

function cellOf(value: CellValue): unknown {
  if (value && typeof value === 'object' && 'richText' in value) {
    return value.richText.map((r) => r.text).join('');
  }
  return value;
}

/** Reads the rows of a loaded workbook: row 1 holds the column (field) names. */
export function rowsOfWorkbook(workbook: Workbook): RawRows {
  const rows: RawRows = { projects: [], activities: [] };
  for (const sheet of ['projects', 'activities'] as const) {
    const ws = workbook.getWorksheet(importSheets[sheet].name);
    if (!ws) continue;
    const header: string[] = [];
    ws.getRow(1).eachCell((cell, col) => {
      header[col] = String(cellOf(cell.value) ?? '').trim();
    });
    ws.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const values: Record<string, unknown> = {};
      row.eachCell((cell, col) => {
        const column = header[col];
        if (column) values[column] = cellOf(cell.value);
      });
      if (
        Object.values(values).some((v) => v !== null && v !== undefined && String(v).trim() !== '')
      ) {
        rows[sheet].push({ row: rowNumber, values });
      }
    });
  }
  return rows;
}

async function newWorkbook(): Promise<Workbook> {
  // Lazy: exceljs is large, and only the import needs it.
  const exceljs = await import('exceljs');
  const ExcelJS = (exceljs as unknown as { default?: typeof exceljs }).default ?? exceljs;
  return new ExcelJS.Workbook();
}

/** A file the import cannot read at all (not an xlsx workbook), in the user's language. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

const fileMessages = {
  notWorkbook: {
    sv: 'Filen är inte en Excel-arbetsbok (.xlsx). Spara den som .xlsx, eller utgå från mallen.',
    en: 'The file is not an Excel workbook (.xlsx). Save it as .xlsx, or start from the template.',
  },
  noRows: {
    sv: (sheets: string) => `Inga rader i bladen ${sheets}. Utgå från mallen.`,
    en: (sheets: string) => `No rows in the sheets ${sheets}. Start from the template.`,
  },
} as const;

/**
 * Parses an xlsx file (bytes) for `administrationId`.
 * @throws {ImportFileError} when the bytes are not an xlsx workbook (the zip library's own
 *   English error says nothing a user can act on).
 */
export async function parseWorkbook(
  data: ArrayBuffer,
  administrationId: string,
  locale: Locale,
): Promise<ParsedImport> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(data);
  } catch (cause) {
    throw new ImportFileError(fileMessages.notWorkbook[locale], { cause });
  }
  const rows = rowsOfWorkbook(workbook);
  if (rows.projects.length === 0 && rows.activities.length === 0) {
    const sheets = `${importSheets.projects.name}/${importSheets.activities.name}`;
    return {
      projects: [],
      activities: [],
      rejected: [{ sheet: 'projects', row: 1, message: fileMessages.noRows[locale](sheets) }],
    };
  }
  return parseRows(rows, administrationId, locale);
}

const jsonImportSchema = z.object({
  projects: z.array(z.record(z.string(), z.unknown())).default([]),
  activities: z.array(z.record(z.string(), z.unknown())).default([]),
});

/** Parses a JSON import `{projects: [...], activities: [...]}`; rows are numbered from 1. */
export function parseJsonImport(
  json: unknown,
  administrationId: string,
  locale: Locale,
): ParsedImport {
  const parsed = jsonImportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      projects: [],
      activities: [],
      rejected: [
        {
          sheet: 'projects',
          row: 0,
          message: `${issuePath(issue?.path ?? [])}: ${issue?.message ?? ''}`,
        },
      ],
    };
  }
  const number = (list: Record<string, unknown>[]) =>
    list.map((values, i) => ({ row: i + 1, values }));
  return parseRows(
    { projects: number(parsed.data.projects), activities: number(parsed.data.activities) },
    administrationId,
    locale,
  );
}

/** Builds the downloadable template: one sheet per record type, field names in row 1. */
export async function buildTemplate(locale: Locale): Promise<ArrayBuffer> {
  const workbook = await newWorkbook();
  for (const sheet of ['projects', 'activities'] as const) {
    const ws = workbook.addWorksheet(importSheets[sheet].name);
    const columns = templateColumns(sheet);
    ws.addRow(columns);
    ws.getRow(1).font = { bold: true };
    columns.forEach((column, i) => {
      // The note tells the human name; the header stays the stable field name the parser reads.
      ws.getCell(1, i + 1).note = fieldName(locale, sheet, column);
      ws.getColumn(i + 1).width = Math.max(14, column.length + 2);
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
