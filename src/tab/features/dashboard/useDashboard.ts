import { useMemo, useState } from 'react';
import {
  formatMoneyParts,
  formatRate,
  label,
  type KeyFigureId,
  type Locale,
} from '../../../domain/labels';
import { useLocale } from '../../components/useLocale';
import { useGraph } from '../../data/DataContext';
import { useReadableInitiatives, useRecords, useRounds } from '../../data/hooks';
import { useFetchData } from '../../data/useFetchData';
import type { MoneyNote } from './ChartCard';
import {
  buildDashboard,
  buildDashboardSummary,
  dashboardYears,
  type ChartTable,
} from './dashboard-model';
import { useDashboardTranslation } from './i18n';
import type { LabelledChart } from './StackedChart';

/** The key figure a chart shows over the years, named in its title by the figure's domain label. */
const chartMetrics: Partial<Record<ChartTable['id'], KeyFigureId>> = {
  successRate: 'successRate',
  climate: 'co2eKg',
  fundingConsidered: 'fundingConsideredShare',
};

function chartMetricName(locale: Locale, id: ChartTable['id']): string {
  const metric = chartMetrics[id];
  return metric ? label(locale, 'keyFigure', metric) : '';
}

/** A series that is a domain concept (a kind of project, a key figure) by its domain label. */
function domainSeriesName(locale: Locale, key: string): string | undefined {
  switch (key) {
    case 'euOngoing':
      return label(locale, 'reportSection', 'euProjects');
    case 'otherOngoing':
      return label(locale, 'reportSection', 'otherProjects');
    case 'successRate':
      return label(locale, 'keyFigure', 'successRate');
    case 'fundingConsidered':
      return label(locale, 'reportSection', 'fundingConsidered');
    default:
      return undefined;
  }
}

const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** One chart as the page draws it: labelled, with its number format and money note. */
export interface DashboardCard {
  id: ChartTable['id'];
  chart: LabelledChart;
  format: (value: number | null) => string;
  money: MoneyNote | undefined;
}

/**
 * The dashboard's state (the `use<Page>` half; `DashboardPage` renders it): the chosen year, the
 * records, rounds and initiatives it is drawn from, the summary figures and the charts labelled
 * in the user's language.
 */
export function useDashboard() {
  const { t } = useDashboardTranslation();
  const locale = useLocale();
  const data = useGraph();
  const records = useRecords();
  const readInitiatives = useReadableInitiatives();
  const rounds = useRounds();
  // Every year: the chart and the summary pick the chosen year, so a year change reads nothing.
  const initiatives = useFetchData(() => readInitiatives(), `${data.user}:initiatives`);
  const current = new Date().getFullYear();
  const years = useMemo(() => dashboardYears(current), [current]);
  const [year, setYear] = useState(current - 1);

  // Wait for the rounds too: drawn without their rates, money in euros would flash as missing.
  const loaded = records.data && !rounds.loading ? records.data : undefined;
  const charts = useMemo(
    () =>
      loaded
        ? buildDashboard({
            ...loaded,
            administrations: data.organisation.administrations,
            years,
            year,
            rounds: rounds.data,
            ...(initiatives.data ? { initiatives: initiatives.data } : {}),
          })
        : [],
    [loaded, rounds.data, initiatives.data, data.organisation, years, year],
  );
  const summary = useMemo(
    () =>
      records.data
        ? buildDashboardSummary({
            ...records.data,
            year,
            ...(initiatives.data ? { initiatives: initiatives.data } : {}),
          })
        : undefined,
    [records.data, initiatives.data, year],
  );
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const format = (unit: ChartTable['unit']) => (value: number | null) =>
    value === null ? '–' : unit === 'percent' ? `${number.format(value)} %` : number.format(value);
  /** Under a chart in kronor: the rates used per year, and what had no rate (never 0 kr). */
  const moneyNote = (chart: ChartTable) => {
    if (!chart.money) return undefined;
    const rates = chart.money
      .filter((m) => m.rates.length > 0)
      .map(
        (m) =>
          `${m.category}: ${m.rates.map((r) => `${formatRate(locale, r)} (${r.source})`).join(', ')}`,
      );
    const missing = chart.money
      .map((m) => ({ category: m.category, parts: formatMoneyParts(locale, m.unconverted) }))
      .filter((m) => m.parts !== '');
    if (rates.length === 0 && missing.length === 0) return undefined;
    return {
      ...(rates.length > 0 ? { converted: t('money.converted', { rates: rates.join('; ') }) } : {}),
      missing: missing.map((m) => t('money.missing', { year: m.category, amounts: m.parts })),
    };
  };
  const labelled = (chart: ChartTable): LabelledChart => ({
    title: t(`charts.${chart.id}`, { year, metric: chartMetricName(locale, chart.id) }),
    categories: chart.categories,
    series: chart.series.map((s) => ({
      name: s.programme
        ? label(locale, 'programme', s.programme)
        : (domainSeriesName(locale, s.key) ?? t(`series.${s.key}`)),
      values: s.values,
    })),
    ...(chart.zeroIsData ? { zeroIsData: true } : {}),
    ...(chart.unit === 'sek' ? { unit: 'sek' as const } : {}),
  });

  const cards: DashboardCard[] = charts.map((chart) => ({
    id: chart.id,
    chart: labelled(chart),
    format: format(chart.unit),
    money: moneyNote(chart),
  }));
  return {
    t,
    years,
    year,
    setYear,
    errors: [records.error, initiatives.error].filter((e) => e !== undefined),
    summary,
    consideredShare: summary?.fundingConsidered
      ? format('percent')(percentOf(summary.fundingConsidered.share))
      : undefined,
    formatCount: (value: number) => number.format(value),
    loaded: loaded !== undefined,
    cards,
  };
}
