/**
 * Page and table geometry of the Word reports: A4 portrait with 2 cm margins, and column widths
 * fitted to what the columns hold. Word and LibreOffice break a word inside a table cell when the
 * column is narrower than the word, so every column gets at least the width of its longest
 * unbreakable piece (a word, an amount, a date) and the rest of the page goes to the columns with
 * long texts.
 */

/** Twentieths of a point (Word's "dxa") per point. */
const TWIPS_PER_POINT = 20;

/** A4 portrait in twips, with 2 cm margins (1134 twips) all round. */
export const page = {
  width: 11906,
  height: 16838,
  margin: 1134,
} as const;

/** The width of the text area (and of every full-width table) in twips. */
export const textWidthTwips = page.width - 2 * page.margin;

/** The table text size in points (the `ReportTableText` style: 9 pt). */
export const TABLE_FONT_POINTS = 9;

/** Left + right cell padding Word and LibreOffice put in a cell by default (2 × 0.19 cm), in points. */
const CELL_PADDING_POINTS = 11.5;

/**
 * Advance widths (per mille of the font size) of DejaVu Sans, the widest of the fonts the report
 * meets: Calibri in Word, Carlito or DejaVu Sans (the fallback on a server without Calibri) in
 * LibreOffice. Measuring with the widest keeps a word whole in all three.
 */
const lower: Record<string, number> = {
  a: 613,
  b: 635,
  c: 550,
  d: 635,
  e: 615,
  f: 352,
  g: 635,
  h: 634,
  i: 278,
  j: 278,
  k: 579,
  l: 278,
  m: 974,
  n: 634,
  o: 612,
  p: 635,
  q: 635,
  r: 411,
  s: 521,
  t: 392,
  u: 634,
  v: 592,
  w: 818,
  x: 592,
  y: 592,
  z: 525,
};
const upper: Record<string, number> = {
  A: 684,
  B: 686,
  C: 698,
  D: 770,
  E: 632,
  F: 575,
  G: 775,
  H: 752,
  I: 295,
  J: 295,
  K: 656,
  L: 557,
  M: 863,
  N: 748,
  O: 787,
  P: 603,
  Q: 787,
  R: 695,
  S: 635,
  T: 611,
  U: 732,
  V: 684,
  W: 989,
  X: 685,
  Y: 611,
  Z: 685,
};
const narrowPunctuation = new Set([' ', '\u00a0', '\u202f', '.', ',', ':', ';', "'", '!', '|']);

function charWidth(ch: string): number {
  if (ch >= '0' && ch <= '9') return 636;
  const base = ch.normalize('NFD')[0] ?? ch;
  const known = lower[base] ?? upper[base];
  if (known !== undefined) return known;
  if (narrowPunctuation.has(ch)) return 318;
  if (ch === '(' || ch === ')' || ch === '-' || ch === '/') return 390;
  if (ch === '–' || ch === '−' || ch === '+' || ch === '%' || ch === '€' || ch === '$') return 838;
  return 700;
}

/** The width of a text in points at a font size, bold about 12 % wider (DejaVu Sans Bold). */
export function textWidthPoints(text: string, points: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * points * (bold ? 1.12 : 1);
}

/** The longest piece of a text that cannot break (between breaking spaces and line breaks). */
function longestPiece(text: string, points: number, bold: boolean): number {
  let widest = 0;
  for (const piece of text.split(/[ \n\r\t]+/)) {
    widest = Math.max(widest, textWidthPoints(piece, points, bold));
  }
  return widest;
}

/** What the layout needs to know of a column. */
export interface ColumnFit {
  header: string;
  /** Relative claim on the space left over once every column has its minimum (default 1). */
  grow?: number;
}

/**
 * Column widths in twips that fill the text width: each column gets its longest unbreakable
 * piece (header in bold), then the columns whose texts are longer than that get the rest in
 * proportion to how much more they need (capped, so one long text does not starve the others).
 * When even the minimums do not fit, the widths are the minimums scaled down: a test reading the
 * PDF then finds the broken word, and the table must lose a column.
 */
export function fitColumnWidths(
  columns: readonly ColumnFit[],
  rows: readonly string[][],
): { widths: number[]; fits: boolean } {
  const pt = TABLE_FONT_POINTS;
  const minimum = columns.map((c) => longestPiece(c.header, pt, true));
  const wanted = columns.map((c) => textWidthPoints(c.header, pt, true));
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      const text = row[i] ?? '';
      if (text === '') continue;
      minimum[i] = Math.max(minimum[i] ?? 0, longestPiece(text, pt, false));
      wanted[i] = Math.max(wanted[i] ?? 0, Math.min(textWidthPoints(text, pt, false), 260));
    }
  }
  const available = textWidthTwips / TWIPS_PER_POINT;
  const min = minimum.map((m) => m + CELL_PADDING_POINTS + 1);
  const want = wanted.map((w, i) => Math.max(w + CELL_PADDING_POINTS + 1, min[i] ?? 0));
  const minSum = min.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minSum >= available) {
    widths = min.map((m) => (m * available) / minSum);
  } else {
    const extraWanted = want.map((w, i) => (w - (min[i] ?? 0)) * (columns[i]?.grow ?? 1));
    const extraSum = extraWanted.reduce((a, b) => a + b, 0);
    const spare = available - minSum;
    widths = min.map((m, i) =>
      extraSum === 0 ? m + spare / columns.length : m + (spare * (extraWanted[i] ?? 0)) / extraSum,
    );
  }
  const twips = widths.map((w) => Math.floor(w * TWIPS_PER_POINT));
  // Rounding leaves a few twips: give them to the widest column so the table fills the width.
  const rest = textWidthTwips - twips.reduce((a, b) => a + b, 0);
  const widest = twips.indexOf(Math.max(...twips));
  twips[widest] = (twips[widest] ?? 0) + rest;
  return { widths: twips, fits: minSum <= available };
}
