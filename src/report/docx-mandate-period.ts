import type { FileChild } from 'docx';
import { exchangeRateNote, type Locale, type MandatePeriodModel } from '../domain/index.js';
import { frontMatter, packDocument, type RenderOptions } from './docx-report.js';
import { heading, labelled, paragraph, table, type Column } from './docx-parts.js';
import { formatChange, formatMetric, metricName, reportTexts, type ReportTexts } from './texts.js';

type YearFigures = MandatePeriodModel['keyFigures'];
type Trends = MandatePeriodModel['trends'];

/** The metrics × years table with the change over the period, shared by every chapter. */
function trendTable(locale: Locale, t: ReportTexts, years: YearFigures, trends: Trends): FileChild {
  // The row labels name the unit ("(kr)"), so the amounts go without it and the years fit.
  const columns: Column[] = [
    { header: t.figure, grow: 3 },
    ...years.map((y) => ({
      header: y.complete ? String(y.year) : t.yearInProgress(y.year),
      numeric: true,
    })),
    { header: t.change, numeric: true, grow: 1 },
  ];
  const rows = trends.map((trend) => [
    metricName(locale, trend.metric, true),
    ...trend.values.map((value, i) =>
      formatMetric(locale, trend.metric, value, {
        bare: true,
        unconverted: trend.unconverted?.[i],
      }),
    ),
    trend.direction === 'unknown'
      ? t.directions.unknown
      : `${formatChange(locale, trend.metric, trend.change, true)} (${t.directions[trend.direction]})`,
  ]);
  return table(columns, rows, t.none);
}

/** Per year, the rates its kronor were converted with and the currencies without a rate (§3a). */
function exchangeRateNotes(locale: Locale, years: YearFigures): FileChild[] {
  return years.flatMap((y) => {
    const sentences = exchangeRateNote(locale, y.keyFigures.funding);
    return sentences.length > 0
      ? [paragraph(`${y.year}: ${sentences.join(' ')}`, { italics: true })]
      : [];
  });
}

/**
 * The mandate-period follow-up as a Word document: title page, contents, the main figures of
 * each year of the period side by side with their change, for the whole scope and per
 * administration or company. The yearly figures are the yearly reports' (the same builder). The
 * layout (A4, footer, contents, fitted columns) is the yearly report's.
 */
export function renderMandatePeriodDocx(
  model: MandatePeriodModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const { meta } = model;
  const periodName = t.mandatePeriodName(meta.period.label, meta.period.start, meta.period.end);
  const title = t.mandateReport(periodName);
  // The period ("Mandatperioden 2023–2026") is a line of its own on the title page: it never
  // breaks at its dash.
  const anyIncomplete = model.keyFigures.some((y) => !y.complete);

  const children: FileChild[] = [
    ...frontMatter(
      locale,
      meta,
      t.mandateTitle,
      `${meta.period.start}–${meta.period.end}`,
      periodName,
    ),
    heading(t.trendSummary, 1, { pageBreakBefore: true }),
    trendTable(locale, t, model.keyFigures, model.trends),
    ...exchangeRateNotes(locale, model.keyFigures),
  ];
  if (anyIncomplete) children.push(paragraph(t.incompleteYears, { italics: true }));

  if (model.perAdministration.length > 0) {
    children.push(heading(t.perYear, 1, { pageBreakBefore: true }));
    for (const chapter of model.perAdministration) {
      children.push(
        heading(chapter.name, 2),
        labelled(t.committee, chapter.committee),
        trendTable(locale, t, chapter.keyFigures, chapter.trends),
      );
    }
  }
  return packDocument(locale, title, meta.organisationName, children);
}
