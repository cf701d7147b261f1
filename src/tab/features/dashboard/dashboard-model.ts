import {
  fundingConsideredFigure,
  goodExamplesOfYear,
  type DevelopmentInitiative,
  type FundingConsideredFigure,
} from '../../../domain/funding';
import { ratesOfYear, type MoneyByCurrency } from '../../../domain/money';
import { computeKeyFigures } from '../../../domain/report-model';
import {
  programmes,
  type Activity,
  type ExchangeRate,
  type Programme,
  type Project,
  type ReportingRound,
} from '../../../domain/records';

/**
 * The dashboard's figures as plain tables: every chart is drawn from one of these and the same
 * table is offered as its text alternative, so the two can never disagree. All figures come from
 * `computeKeyFigures`, i.e. the counting rules of the yearly report.
 */

/** What the numbers of a chart are. */
export type ChartUnit = 'count' | 'sek' | 'percent' | 'kg';

/** One chart: categories along the x axis, one series per legend entry (stacked). */
export interface ChartTable {
  id: 'funding' | 'perAdministration' | 'successRate' | 'travel' | 'climate' | 'fundingConsidered';
  unit: ChartUnit;
  /** x-axis labels (years or administration names). */
  categories: string[];
  /** A 0 is a finding here, not "no figures yet" (the considered share). */
  zeroIsData?: boolean;
  /** `key` names the series in the feature's strings; funding series name their programme. */
  series: { key: string; programme?: Programme; values: (number | null)[] }[];
  /**
   * For a chart in kronor, per category (year): the rates its amounts were converted with, and
   * the amounts with no rate (in their own currency, not in the bars: they must be shown beside).
   */
  money?: { category: string; rates: ExchangeRate[]; unconverted: MoneyByCurrency }[];
}

/** Input: every record the user can read, the years along the axis, the year per administration. */
export interface DashboardInput {
  projects: readonly Project[];
  activities: readonly Activity[];
  administrations: readonly { id: string; name: string; shortName?: string | undefined }[];
  years: readonly number[];
  year: number;
  /**
   * Development initiatives the user can read (any year). Without them the considered-share chart
   * is left out: no initiatives loaded is not the same as none considered.
   */
  initiatives?: readonly DevelopmentInitiative[];
  /**
   * The reporting rounds with the years' exchange rates; undefined when they cannot be read.
   * Without a year's rate its amounts in other currencies stay out of the kronor and are listed.
   */
  rounds: readonly Pick<ReportingRound, 'year' | 'exchangeRates'>[] | undefined;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** The five charts of the dashboard, and the considered share per administration when given. */
export function buildDashboard(input: DashboardInput): ChartTable[] {
  const { projects, activities, years } = input;
  const categories = years.map(String);
  const ratesOf = (year: number) => ratesOfYear(input.rounds, year);
  const perYear = years.map((y) =>
    computeKeyFigures({ projects, activities, rates: ratesOf(y) }, y),
  );
  const fundingOf = (programme: Programme) =>
    years.map(
      (y) =>
        computeKeyFigures(
          {
            projects: projects.filter((p) => p.programme === programme),
            activities: [],
            rates: ratesOf(y),
          },
          y,
        ).funding.grantedSek,
    );
  const fundingMoney = perYear.map((k, i) => ({
    category: categories[i] ?? '',
    rates: k.funding.exchangeRates,
    unconverted: k.funding.unconverted.granted,
  }));
  const funding = programmes
    .map((programme) => ({ key: programme, programme, values: fundingOf(programme) }))
    // Programmes without any funding over the years would only clutter the legend.
    .filter((s) => s.values.some((v) => v > 0));
  // Amounts without a rate are not in the bars; they are listed under the chart (`money`).
  const perAdmin = input.administrations.map((a) =>
    computeKeyFigures(
      {
        projects: projects.filter((p) => p.administrationId === a.id),
        activities: [],
        rates: ratesOf(input.year),
      },
      input.year,
    ),
  );

  // Full names, as every list and the report use them ("KLF" means nothing to most readers).
  const adminNames = input.administrations.map((a) => a.name);
  const charts: ChartTable[] = [
    {
      id: 'funding',
      unit: 'sek',
      categories,
      series: funding,
      money: fundingMoney,
    },
    {
      id: 'perAdministration',
      unit: 'count',
      categories: adminNames,
      series: [
        { key: 'euOngoing', values: perAdmin.map((k) => k.counts.euOngoing) },
        { key: 'otherOngoing', values: perAdmin.map((k) => k.counts.otherOngoing) },
      ],
    },
    {
      id: 'successRate',
      unit: 'percent',
      categories,
      series: [{ key: 'successRate', values: perYear.map((k) => percent(k.successRate)) }],
    },
    {
      id: 'travel',
      unit: 'count',
      categories,
      series: [
        {
          key: 'compensated',
          values: perYear.map((k) => k.travel.flightTrips - k.travel.flightTripsNotCompensated),
        },
        {
          key: 'notCompensated',
          values: perYear.map((k) => k.travel.flightTripsNotCompensated),
        },
      ],
    },
    {
      id: 'climate',
      unit: 'kg',
      categories,
      series: [{ key: 'co2e', values: perYear.map((k) => Math.round(k.travel.co2eKg)) }],
    },
  ];
  const { initiatives } = input;
  if (initiatives) {
    // The strategy's indicator per administration in the chosen year; null without initiatives.
    const shares = input.administrations.map(
      (a) =>
        fundingConsideredFigure(
          initiatives.filter((d) => d.administrationId === a.id),
          input.year,
        ).share,
    );
    charts.push({
      id: 'fundingConsidered',
      unit: 'percent',
      zeroIsData: true,
      categories: adminNames,
      series: [{ key: 'fundingConsidered', values: shares.map(percent) }],
    });
  }
  return charts;
}

/** The dashboard's headline figures of the chosen year, beside the charts. */
export interface DashboardSummary {
  /** Projects and activities of the year marked as good examples with a public summary. */
  goodExamples: number;
  /** The considered share over every administration the user can read; undefined if not loaded. */
  fundingConsidered?: FundingConsideredFigure;
}

/** The headline figures of `input.year`, counted with the yearly report's rules. */
export function buildDashboardSummary(
  input: Pick<DashboardInput, 'projects' | 'activities' | 'initiatives' | 'year'>,
): DashboardSummary {
  const { projects, activities, initiatives, year } = input;
  return {
    goodExamples: goodExamplesOfYear({ projects, activities }, year).length,
    ...(initiatives ? { fundingConsidered: fundingConsideredFigure(initiatives, year) } : {}),
  };
}

/** The years along the dashboard's axis: the last `count` years up to and including `current`. */
export function dashboardYears(current: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => current - count + 1 + i);
}
