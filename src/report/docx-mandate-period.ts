import type { FileChild } from 'docx';
import type { Locale, MandatePeriodModel } from '../domain/index.js';
import { frontMatter, packDocument, type RenderOptions } from './docx-report.js';
import { heading, labelled, paragraph, table, type Column } from './docx-parts.js';
import { formatChange, formatMetric, reportTexts, type ReportTexts } from './texts.js';

type YearFigures = MandatePeriodModel['keyFigures'];
type Trends = MandatePeriodModel['trends'];

/** The metrics × years table with the change over the period, shared by every chapter. */
function trendTable(locale: Locale, t: ReportTexts, years: YearFigures, trends: Trends): FileChild {
  const columns: Column[] = [
    { header: t.figure },
    ...years.map((y) => ({
      header: y.complete ? String(y.year) : t.yearInProgress(y.year),
      numeric: true,
    })),
    { header: t.change, numeric: true },
  ];
  const rows = trends.map((trend) => [
    t.metrics[trend.metric],
    ...trend.values.map((value) => formatMetric(locale, trend.metric, value)),
    trend.direction === 'unknown'
      ? t.directions.unknown
      : `${formatChange(locale, trend.metric, trend.change)} (${t.directions[trend.direction]})`,
  ]);
  return table(columns, rows, t.none);
}

/**
 * The mandate-period follow-up as a Word document: title page, contents, the main figures of
 * each year of the period side by side with their change, for the whole scope and per
 * administration or company. The yearly figures are the yearly reports' (the same builder).
 */
export function renderMandatePeriodDocx(
  model: MandatePeriodModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const { meta } = model;
  const title = t.mandateReport(meta.period.label);
  const anyIncomplete = model.keyFigures.some((y) => !y.complete);

  const children: FileChild[] = [
    ...frontMatter(locale, meta, title, `${meta.period.start}–${meta.period.end}`),
    heading(t.trendSummary, 1),
    trendTable(locale, t, model.keyFigures, model.trends),
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
  return packDocument(title, meta.organisationName, children);
}
