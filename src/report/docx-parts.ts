import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { fitColumnWidths, TABLE_FONT_POINTS, textWidthTwips } from './docx-layout.js';

/**
 * Small building blocks for the Word reports. Every piece of user text goes into a `TextRun`'s
 * text, which docx writes as escaped XML text: nothing a user typed is ever interpreted as markup
 * or as a Word field.
 */

/** A column of a report table: its header, and whether its values are figures (right-aligned). */
export interface Column {
  header: string;
  numeric?: boolean;
  /** Keep each value on one line (dates, statuses): its spaces become non-breaking. */
  nowrap?: boolean;
  /** Relative claim on the width left once every column has room for its longest word. */
  grow?: number;
  /** Left out (last first) when the columns do not fit the page; the Excel report has them. */
  optional?: boolean;
}

/** A text with its breaking spaces made non-breaking, so it stays on one line. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** Runs for a text with line breaks: Word ignores `\n` inside a run, so each line is its own run. */
export function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  // Most cells hold one line: skip the split and the spread for them.
  if (!text.includes('\n') && !text.includes('\r')) return [new TextRun({ text, ...options })];
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }),
    );
}

/** A plain paragraph of (possibly multi-line) user or report text. */
export function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: textRuns(text, { ...(options.bold ? { bold: true } : {}) }),
    ...(options.italics ? { style: 'Quote' } : {}),
    spacing: { after: 120 },
  });
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** A heading level of the report; levels 1 and 2 appear in the table of contents. */
export type HeadingDepth = 1 | 2 | 3 | 4;

/**
 * A heading; deeper than 4 is written as level 4 (Word's built-in styles go further, we do not).
 * The heading styles of `reportStyles` keep a heading on the page of what follows it.
 */
export function heading(
  text: string,
  level: number,
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  const depth = Math.min(Math.max(level, 1), 4) as HeadingDepth;
  return new Paragraph({
    heading: headingLevels[depth - 1],
    children: [new TextRun({ text })],
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A bold lead-in line that stays on the page of the paragraph after it. */
export function leadIn(text: string): Paragraph {
  return new Paragraph({
    children: textRuns(text, { bold: true }),
    keepNext: true,
    spacing: { after: 60 },
  });
}

/** A label and its value on one line, e.g. "Målområde: Arbete och Företag". */
export function labelled(labelText: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${labelText}: `, bold: true }), ...textRuns(value)],
    spacing: { after: 80 },
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

/** The paragraph style of table cells (small print), defined once in `reportStyles`. */
export const TABLE_TEXT_STYLE = 'ReportTableText';

/**
 * The document styles the report tables rely on. A Word report of 3,000 rows has some 25,000
 * cells: putting borders and font size on the table and a style instead of on every cell and run
 * keeps docx from building (and later serialising) tens of thousands of property objects.
 */
const keepWithNext = { keepNext: true, keepLines: true };

/** The document language a screen reader and the spelling checker use (DOS-lagen). */
export const documentLanguage = { sv: 'sv-SE', en: 'en-GB' } as const;

/** The report's styles in the reader's language. */
export function reportStyles(locale: 'sv' | 'en') {
  return {
    default: {
      ...styleDefaults,
      document: {
        run: { font: 'Calibri', size: 22, language: { value: documentLanguage[locale] } },
      },
    },
    paragraphStyles,
  };
}

const styleDefaults = {
  // A heading never stands alone at a page's foot: it keeps with the paragraph or table row
  // after it. Sizes step down so the levels read as levels.
  heading1: {
    run: { size: 32, bold: true, color: '1F3864' },
    paragraph: { ...keepWithNext, spacing: { before: 360, after: 120 } },
  },
  heading2: {
    run: { size: 26, bold: true, color: '1F3864' },
    paragraph: { ...keepWithNext, spacing: { before: 240, after: 100 } },
  },
  heading3: {
    run: { size: 23, bold: true, color: '1F3864' },
    paragraph: { ...keepWithNext, spacing: { before: 200, after: 80 } },
  },
  heading4: {
    run: { size: 22, bold: true, italics: true, color: '1F3864' },
    paragraph: { ...keepWithNext, spacing: { before: 160, after: 60 } },
  },
};

/** The contents' entries: close together, level 2 indented, so the contents fit one page. */
const tocStyles = [1, 2].map((level) => ({
  id: `TOC${level}`,
  name: `toc ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  paragraph: { spacing: { before: 0, after: 40 }, indent: { left: (level - 1) * 280 } },
}));

const paragraphStyles = [
  ...tocStyles,
  {
    id: TABLE_TEXT_STYLE,
    name: 'Report table text',
    basedOn: 'Normal',
    quickFormat: false,
    run: { size: TABLE_FONT_POINTS * 2 },
  },
];

const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F0' };
const groupShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };

function cell(
  text: string,
  column: Column | undefined,
  header: boolean,
  widthTwips?: number,
): TableCell {
  return new TableCell({
    ...(header ? { shading: headerShading } : {}),
    // The header row's widths (with the table grid) fix the layout; the body cells follow it.
    ...(widthTwips !== undefined ? { width: { size: widthTwips, type: WidthType.DXA } } : {}),
    children: [
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        // Left is Word's default: only figures need an explicit alignment.
        ...(column?.numeric ? { alignment: AlignmentType.RIGHT } : {}),
        children: textRuns(text, header ? { bold: true } : {}),
      }),
    ],
  });
}

/** Rows under a full-width group row (an administration's name) in a grouped table. */
export interface TableGroup {
  title: string;
  rows: string[][];
}

const tableBorders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** The row of a group's title: one cell across the table, kept with the group's first row. */
function groupRow(title: string, span: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        shading: groupShading,
        children: [
          new Paragraph({
            style: TABLE_TEXT_STYLE,
            keepNext: true,
            children: [new TextRun({ text: title, bold: true })],
          }),
        ],
      }),
    ],
  });
}

/**
 * A full-width table with a header row that repeats on every page and rows that never split
 * across pages. The layout is fixed, with column widths fitted to the contents (`fitColumnWidths`)
 * so no word or amount breaks inside a cell; optional columns are left out, last first, while
 * the rest does not fit. Groups (if given) start with a full-width row naming them. With no rows
 * it writes `emptyText` instead, so a section never shows an empty grid.
 */
export function groupedTable(
  allColumns: Column[],
  groups: readonly TableGroup[],
  emptyText: string,
): FileChild {
  if (groups.every((g) => g.rows.length === 0)) return paragraph(emptyText, { italics: true });
  const prepare = (columns: Column[], keep: number[]) =>
    groups.map((g) => ({
      title: g.title,
      rows: g.rows.map((row) =>
        keep.map((index, i) => {
          const text = row[index] ?? '';
          return columns[i]?.nowrap ? unbreakable(text) : text;
        }),
      ),
    }));
  let keep = allColumns.map((_, i) => i);
  let columns = allColumns;
  let prepared = prepare(columns, keep);
  let fit = fitColumnWidths(
    columns,
    prepared.flatMap((g) => g.rows),
  );
  while (!fit.fits) {
    const drop = keep.findLastIndex((index) => allColumns[index]?.optional);
    if (drop < 0) break;
    keep = keep.filter((_, i) => i !== drop);
    columns = keep.map((index) => allColumns[index] as Column);
    prepared = prepare(columns, keep);
    fit = fitColumnWidths(
      columns,
      prepared.flatMap((g) => g.rows),
    );
  }
  const widths = fit.widths;
  const grouped = groups.length > 1 || groups[0]?.title !== '';
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((column, i) => cell(column.header, column, true, widths[i])),
    }),
  ];
  for (const group of prepared) {
    if (group.rows.length === 0) continue;
    if (grouped) rows.push(groupRow(group.title, columns.length));
    for (const row of group.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: row.map((value, index) => cell(value, columns[index], false)),
        }),
      );
    }
  }
  return new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    rows,
  });
}

/** A table without groups (see `groupedTable`). */
export function table(columns: Column[], rows: string[][], emptyText: string): FileChild {
  return groupedTable(columns, [{ title: '', rows }], emptyText);
}

/** A blank line between blocks (a table directly after a table would merge in Word). */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
