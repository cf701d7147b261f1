import { z } from 'zod';
import { mandatePeriodOf, yearsOf } from '../counting';
import { mandatePeriodSchema, type MandatePeriod } from '../organisation';
import { hasUnconverted, moneyByCurrencySchema } from '../money';
import { buildReportModel } from './build';
import { sekFigureOf, sekFigures, type SekFigure } from './key-figures';
import {
  keyFiguresSchema,
  reportAdministrationSchema,
  reportScopeSchema,
  type KeyFigures,
  type ReportInput,
} from './schema';

/**
 * The mandate-period follow-up: the strategy asks the executive board to follow it up at least
 * once per mandate period, so this model puts the period's four years side by side for the whole
 * municipality and per administration, with the trend of the main figures.
 */

/** The figures followed over a mandate period, in presentation order. */
export const trendMetrics = [
  'projectsOngoing',
  'projectsFinished',
  'applications',
  'successRate',
  'grantedSek',
  'appliedSek',
  'ownContributionSek',
  'activities',
  'flightTrips',
  'co2eKg',
  'compensatedFlightShare',
  'digitalShare',
  'fundingConsideredShare',
] as const;
export type TrendMetric = (typeof trendMetrics)[number];

/** How each trend metric is read out of a year's key figures (null where a share is undefined). */
const metricReaders: Record<TrendMetric, (k: KeyFigures) => number | null> = {
  projectsOngoing: (k) => k.counts.euOngoing + k.counts.otherOngoing,
  projectsFinished: (k) => k.counts.euFinished + k.counts.otherFinished,
  applications: (k) => k.counts.applications,
  successRate: (k) => k.successRate,
  grantedSek: (k) => k.funding.grantedSek,
  appliedSek: (k) => k.funding.appliedSek,
  ownContributionSek: (k) => k.funding.ownContributionSek,
  activities: (k) => k.counts.activities,
  flightTrips: (k) => k.travel.flightTrips,
  co2eKg: (k) => k.travel.co2eKg,
  compensatedFlightShare: (k) => k.travel.compensatedFlightShare,
  digitalShare: (k) => k.travel.digitalShare,
  // Absent when the model was built without initiatives: unknown, not zero.
  fundingConsideredShare: (k) => k.fundingConsidered?.share ?? null,
};

/** True for a trend metric that is a sum in kronor. */
export function isSekMetric(metric: TrendMetric): metric is TrendMetric & SekFigure {
  return (sekFigures as readonly string[]).includes(metric);
}

/** Reads one trend metric out of a year's key figures (null where the share is undefined). */
export function metricOf(metric: TrendMetric, keyFigures: KeyFigures): number | null {
  return metricReaders[metric](keyFigures);
}

const yearFiguresSchema = z.object({
  year: z.number().int(),
  /** False for a year that has not ended when the model was generated. */
  complete: z.boolean(),
  keyFigures: keyFiguresSchema,
});

/** One metric over the years of a period. */
export const trendSchema = z.object({
  metric: z.enum(trendMetrics),
  /** One value per year of the period, in order; null where undefined (e.g. no decisions). */
  values: z.array(z.number().nullable()),
  /** Last defined value minus the first; null with fewer than two defined values. */
  change: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat', 'unknown']),
  /**
   * For a sum in kronor: per year, the part with no exchange rate for that year, in its own
   * currency (not in `values`). A year with such a part is left out of `change`: its kronor are
   * not the whole sum.
   */
  unconverted: z.array(moneyByCurrencySchema).optional(),
});
export type Trend = z.infer<typeof trendSchema>;

/** The mandate-period follow-up model for the executive board. */
export const mandatePeriodModelSchema = z.object({
  meta: z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    vision: z.string(),
    goalArea: z.string(),
    /** The vision and goal area in English, for English reports (from the organisation config). */
    english: z.object({ vision: z.string(), goalArea: z.string() }).optional(),
    period: mandatePeriodSchema,
    scope: reportScopeSchema,
    administrations: z.array(reportAdministrationSchema),
    generatedAt: z.iso.datetime({ offset: true }),
  }),
  years: z.array(z.number().int()),
  keyFigures: z.array(yearFiguresSchema),
  perAdministration: z.array(
    reportAdministrationSchema.extend({
      keyFigures: z.array(yearFiguresSchema),
      trends: z.array(trendSchema),
    }),
  ),
  trends: z.array(trendSchema),
});
export type MandatePeriodModel = z.infer<typeof mandatePeriodModelSchema>;

/** Input of `buildMandatePeriodModel`; `period` is a period or any year within one. */
export type MandatePeriodInput = Omit<ReportInput, 'year'> & {
  period: MandatePeriod | number;
};

function trendsOf(years: readonly { keyFigures: KeyFigures }[]): Trend[] {
  return trendMetrics.map((metric) => {
    const values = years.map((y) => metricOf(metric, y.keyFigures));
    const unconverted = isSekMetric(metric)
      ? years.map((y) => sekFigureOf(y.keyFigures, metric).unconverted)
      : undefined;
    const money = unconverted ? { unconverted } : {};
    const defined = values.filter(
      (v, i): v is number =>
        v !== null && !hasUnconverted({ sek: 0, unconverted: unconverted?.[i] ?? {} }),
    );
    const first = defined[0];
    const last = defined.at(-1);
    if (defined.length < 2 || first === undefined || last === undefined) {
      return { metric, values, change: null, direction: 'unknown', ...money };
    }
    // Shares are fractions; round so float noise never turns "flat" into "up".
    const change = Math.round((last - first) * 1e6) / 1e6;
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    return { metric, values, change, direction, ...money };
  });
}

/**
 * Builds the mandate-period model: key figures per year (whole scope and per administration) and
 * trends. Figures per year are the yearly report's, so the two never disagree.
 * @throws Error when `period` is a year outside every mandate period, or the administration is
 *   unknown.
 */
export function buildMandatePeriodModel(input: MandatePeriodInput): MandatePeriodModel {
  const { organisation, period: wanted } = input;
  const period = typeof wanted === 'number' ? mandatePeriodOf(wanted, organisation) : wanted;
  if (!period) {
    throw new Error(`period: ${String(wanted)} is in no mandate period of ${organisation.name}`);
  }
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  const currentYear = Number(generatedAt.slice(0, 4));
  const years = yearsOf(period);
  const reports = years.map((year) => buildReportModel({ ...input, year, generatedAt }));
  const figures = (pick: (r: (typeof reports)[number]) => KeyFigures) =>
    reports.map((report) => ({
      year: report.meta.year,
      complete: report.meta.year < currentYear,
      keyFigures: pick(report),
    }));
  const total = figures((r) => r.keyFigures);
  const first = reports[0];
  if (!first) throw new Error(`period: ${period.label} has no years`);

  return {
    meta: {
      organisationId: organisation.id,
      organisationName: organisation.name,
      vision: organisation.vision,
      goalArea: organisation.goalArea,
      ...(organisation.english ? { english: organisation.english } : {}),
      period,
      scope: first.meta.scope,
      administrations: first.meta.administrations,
      generatedAt,
    },
    years,
    keyFigures: total,
    perAdministration: first.perAdministration.map((chapter, index) => {
      const { sections: _s, keyFigures: _k, ...admin } = chapter;
      const perYear = figures((r) => {
        const match = r.perAdministration[index];
        if (!match) throw new Error(`perAdministration[${index}] missing for ${r.meta.year}`);
        return match.keyFigures;
      });
      return { ...admin, keyFigures: perYear, trends: trendsOf(perYear) };
    }),
    trends: trendsOf(total),
  };
}
