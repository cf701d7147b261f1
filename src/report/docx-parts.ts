import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

/**
 * Small building blocks for the Word reports. Every piece of user text goes into a `TextRun`'s
 * text, which docx writes as escaped XML text: nothing a user typed is ever interpreted as markup
 * or as a Word field.
 */

/** A column of a report table: its header, and whether its values are figures (right-aligned). */
export interface Column {
  header: string;
  numeric?: boolean;
  /** Share of the table's width in percent; columns without one share what is left. */
  width?: number;
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

/** A heading; deeper than 4 is written as level 4 (Word's built-in styles go further, we do not). */
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
export const reportStyles = {
  default: { document: { run: { font: 'Calibri', size: 22 } } },
  paragraphStyles: [
    {
      id: TABLE_TEXT_STYLE,
      name: 'Report table text',
      basedOn: 'Normal',
      quickFormat: false,
      run: { size: 18 },
    },
  ],
};

const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F0' };

function cell(text: string, column: Column | undefined, header: boolean): TableCell {
  return new TableCell({
    ...(header ? { shading: headerShading } : {}),
    // The header row's widths set the table grid; the body cells follow it.
    ...(header && column?.width
      ? { width: { size: column.width, type: WidthType.PERCENTAGE } }
      : {}),
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

/**
 * A full-width table with a repeated header row. With no rows it writes `emptyText` instead, so a
 * section never shows an empty grid.
 */
export function table(columns: Column[], rows: string[][], emptyText: string): FileChild {
  if (rows.length === 0) return paragraph(emptyText, { italics: true });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((column) => cell(column.header, column, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, index) => cell(value, columns[index], false)),
          }),
      ),
    ],
  });
}

/** A blank line between blocks (a table directly after a table would merge in Word). */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
