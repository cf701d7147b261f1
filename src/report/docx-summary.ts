import { ImageRun, Paragraph, type FileChild } from 'docx';
import {
  formatMoney,
  formatNumber,
  label,
  metricOf,
  trendMetrics,
  type KeyFigures,
  type Locale,
  type ReportModel,
} from '../domain/index.js';
import type { ChartBar, ChartSpec, SvgToPng } from './charts.js';
import { heading, leadIn, paragraph, spacer, table } from './docx-parts.js';
import {
  formatChange,
  formatMetric,
  unconvertedOfMetric,
  reportTexts,
  type ReportTexts,
} from './texts.js';

/** Bars a chart shows by name; the rest are summed as "Övriga (n)". */
const MAX_BARS = 12;

/** Bars from names and values: largest first, zeros left out, at most `MAX_BARS`. */
function barsOf(
  t: ReportTexts,
  entries: readonly { name: string; value: number }[],
  text: (value: number) => string,
): ChartBar[] {
  const sorted = entries.filter((e) => e.value > 0).sort((a, b) => b.value - a.value);
  const shown = sorted.slice(0, MAX_BARS);
  const rest = sorted.slice(MAX_BARS);
  const bars = shown.map((e) => ({ name: e.name, value: e.value, text: text(e.value) }));
  if (rest.length > 0) {
    const value = rest.reduce((sum, e) => sum + e.value, 0);
    bars.push({ name: t.others(rest.length), value, text: text(value) });
  }
  return bars;
}

/**
 * The summary's charts from the report model: projects (and, for the whole municipality, the
 * external funding of ongoing projects) per administration, or per programme for one
 * administration; the year's applications by outcome; other work by type; flight trips
 * climate-compensated or not. A chart with nothing to show is left out.
 */
export function summaryCharts(locale: Locale, model: ReportModel): ChartSpec[] {
  const t = reportTexts(locale);
  const k = model.keyFigures;
  const c = k.counts;
  const count = (n: number) => formatNumber(locale, n);
  const money = (n: number) => formatMoney(locale, n, 'SEK');
  const ongoing = (f: KeyFigures) => f.counts.euOngoing + f.counts.otherOngoing;
  type Entry = { name: string; value: number };
  const charts: {
    id: string;
    title: string;
    headers: [string, string];
    entries: Entry[];
    format: (n: number) => string;
    total: number;
  }[] = [];
  if (model.meta.scope.kind === 'municipality') {
    charts.push(
      {
        id: 'projects-per-administration',
        title: t.charts.projectsPerAdministration,
        headers: [t.administration, t.count],
        entries: model.perAdministration.map((a) => ({
          name: a.name,
          value: ongoing(a.keyFigures),
        })),
        format: count,
        total: ongoing(k),
      },
      {
        id: 'granted-per-administration',
        title: t.charts.grantedPerAdministration,
        headers: [t.administration, t.granted],
        entries: model.perAdministration.map((a) => ({
          name: a.name,
          value: a.keyFigures.funding.ongoingGrantedSek,
        })),
        format: money,
        total: k.funding.ongoingGrantedSek,
      },
    );
  } else {
    charts.push({
      id: 'projects-per-programme',
      title: t.charts.projectsPerProgramme,
      headers: [t.programme, t.count],
      entries: k.projectsPerProgramme.map((r) => ({
        name: label(locale, 'programme', r.programme),
        value: r.count,
      })),
      format: count,
      total: ongoing(k),
    });
  }
  const outcomes = [
    ['granted', c.applicationsGranted],
    ['rejected', c.applicationsRejected],
    ['applied', c.applicationsPending],
    ['withdrawn', c.applicationsWithdrawn],
  ] as const;
  charts.push(
    {
      id: 'application-outcomes',
      title: t.charts.applicationOutcomes,
      headers: [t.outcome, t.count],
      entries: outcomes.map(([status, value]) => ({
        name: label(locale, 'projectStatus', status),
        value,
      })),
      format: count,
      total: c.applications,
    },
    {
      id: 'other-work-by-type',
      title: t.charts.otherWorkByType,
      headers: [t.activityType, t.count],
      entries: k.activitiesByType.map((r) => ({
        name: label(locale, 'activityType', r.type),
        value: r.count,
      })),
      format: count,
      total: c.activities,
    },
    {
      id: 'flights',
      title: `${label(locale, 'keyFigure', 'flightTrips')}, ${t.charts.flightsSplit}`,
      headers: [label(locale, 'keyFigure', 'flightTrips'), t.count],
      entries: [
        {
          name: t.charts.flightsCompensated,
          value: k.travel.flightTrips - k.travel.flightTripsNotCompensated,
        },
        { name: t.charts.flightsNotCompensated, value: k.travel.flightTripsNotCompensated },
      ],
      format: count,
      total: k.travel.flightTrips,
    },
  );
  return charts.flatMap((chart) => {
    const bars = barsOf(t, chart.entries, chart.format);
    const top = bars[0];
    if (!top) return [];
    return [
      {
        id: chart.id,
        title: chart.title,
        nameHeader: chart.headers[0],
        valueHeader: chart.headers[1],
        bars,
        altText: t.chartAlt(
          chart.title,
          model.meta.year,
          `${top.name} (${top.text})`,
          chart.format(chart.total),
        ),
      },
    ];
  });
}

/** The year's main figures beside the year before's, with the change. */
function keyFigureComparison(locale: Locale, model: ReportModel): FileChild {
  const t = reportTexts(locale);
  const { year } = model.meta;
  const previous = model.previousKeyFigures;
  const rows = trendMetrics.flatMap((metric) => {
    const now = metricOf(metric, model.keyFigures);
    const before = previous ? metricOf(metric, previous) : null;
    if (now === null && before === null) return [];
    // A sum in kronor names its parts without an exchange rate; with such a part the kronor are
    // not the whole sum, so no change is computed from them.
    const unconvertedNow = unconvertedOfMetric(metric, model.keyFigures);
    const unconvertedBefore = previous ? unconvertedOfMetric(metric, previous) : undefined;
    const comparable = !unconvertedNow && !unconvertedBefore;
    const change = now !== null && before !== null && comparable ? now - before : null;
    return [
      [
        label(locale, 'keyFigure', metric),
        formatMetric(locale, metric, now, { unconverted: unconvertedNow }),
        ...(previous
          ? [
              formatMetric(locale, metric, before, { unconverted: unconvertedBefore }),
              formatChange(locale, metric, change),
            ]
          : []),
      ],
    ];
  });
  return table(
    [
      { header: t.figure, grow: 3 },
      { header: String(year), numeric: true },
      ...(previous
        ? [
            { header: String(year - 1), numeric: true },
            { header: t.change, numeric: true },
          ]
        : []),
    ],
    rows,
    t.none,
  );
}

/** A chart as an inline picture with its text alternative, kept with its figures below it. */
async function chartPicture(spec: ChartSpec, chartPng: SvgToPng): Promise<Paragraph> {
  // ECharts is loaded only where charts are drawn (the server), not in the tab's report chunk.
  const { chartSize, chartSvg } = await import('./charts.js');
  const { width, height } = chartSize(spec);
  const png = await chartPng(chartSvg(spec), width);
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height },
        altText: { name: spec.id, title: spec.title, description: spec.altText },
      }),
    ],
  });
}

/**
 * The summary after the contents: the key figures with the change from the year before, then
 * each chart (a picture with a one-sentence text alternative when the renderer can draw it)
 * followed by its figures as a table, so nothing is only in the picture.
 */
export async function summaryBlocks(
  locale: Locale,
  model: ReportModel,
  chartPng: SvgToPng | undefined,
): Promise<FileChild[]> {
  const t = reportTexts(locale);
  const { year } = model.meta;
  const out: FileChild[] = [
    heading(t.summaryTitle, 1, { pageBreakBefore: true }),
    paragraph(model.previousKeyFigures ? t.summaryIntro(year - 1) : t.summaryFiguresIntro(year)),
    keyFigureComparison(locale, model),
    spacer(),
  ];
  for (const spec of summaryCharts(locale, model)) {
    out.push(leadIn(spec.title));
    if (chartPng) out.push(await chartPicture(spec, chartPng));
    out.push(
      table(
        [
          { header: spec.nameHeader, grow: 3 },
          { header: spec.valueHeader, numeric: true },
        ],
        spec.bars.map((bar) => [bar.name, bar.text]),
        t.none,
      ),
      spacer(),
    );
  }
  return out;
}
