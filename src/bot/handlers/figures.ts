import {
  convertedMark,
  formatSekSum,
  type CompletenessStatus,
  type Locale,
} from '../../domain/labels';
import { conversionOf } from '../../domain/money';
import type { OrganisationConfig } from '../../domain/organisation';
import type { Submission } from '../../domain/records';
import { sekFigureOf, type ReportModel } from '../../domain/report-model';
import type { ReportSummary } from '../cards/cards';

/** An administration's submission status for the year; `missing` when it has none. */
export interface CompletenessRow {
  administrationId: string;
  status: CompletenessStatus;
}

// A submission can be re-created after a mistake; the latest one is the administration's answer.
const newest = (a: Submission, b: Submission) =>
  (a.modifiedAt ?? a.submittedAt ?? '') >= (b.modifiedAt ?? b.submittedAt ?? '') ? a : b;

/** Each administration's status in the year, in the organisation config's order. */
export function completenessOf(
  organisation: OrganisationConfig,
  year: number,
  submissions: readonly Submission[],
  administrationId?: string,
): CompletenessRow[] {
  return organisation.administrations
    .filter((admin) => administrationId === undefined || admin.id === administrationId)
    .map((admin) => {
      const own = submissions.filter((s) => s.administrationId === admin.id && s.year === year);
      const latest = own.reduce<Submission | undefined>(
        (a, b) => (a ? newest(a, b) : b),
        undefined,
      );
      return { administrationId: admin.id, status: latest?.status ?? 'missing' };
    });
}

/** Submitted or approved: the administration has done its part. */
export const isDone = (status: CompletenessStatus) =>
  status === 'submitted' || status === 'approved';

/**
 * The report card's figures, read from the same report model the Word report is rendered from,
 * so the card and the document never disagree.
 */
export function summaryOf(
  locale: Locale,
  model: ReportModel,
  scope: string,
  reportUrl: string | undefined,
): ReportSummary {
  const { counts, funding, fundingConsidered } = model.keyFigures;
  // In kronor with the year's rates, like the Word report; what has no rate is named, flagged.
  const granted = formatSekSum(locale, sekFigureOf(model.keyFigures, 'ongoingGrantedSek'));
  const rates = conversionOf([funding.ongoingGranted], funding.exchangeRates).used;
  const names = new Map(model.meta.administrations.map((a) => [a.id, a.name]));
  return {
    year: model.meta.year,
    scope,
    figures: {
      euOngoing: counts.euOngoing,
      euFinished: counts.euFinished,
      otherOngoing: counts.otherOngoing,
      otherFinished: counts.otherFinished,
      applications: counts.applications,
      otherWork: counts.activities,
      grantedFunding: rates.length > 0 ? `${granted} (${convertedMark(locale, rates)})` : granted,
    },
    completeness: {
      total: model.completeness.total,
      submitted: model.completeness.submitted,
      missing: model.completeness.administrations
        .filter((entry) => !isDone(entry.status))
        .map((entry) => names.get(entry.administrationId) ?? entry.administrationId),
    },
    ...(fundingConsidered
      ? {
          fundingConsidered: {
            considered: fundingConsidered.considered,
            initiatives: fundingConsidered.initiatives,
            share: fundingConsidered.share,
          },
        }
      : {}),
    ...(reportUrl ? { reportUrl } : {}),
  };
}
