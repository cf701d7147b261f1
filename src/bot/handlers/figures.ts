import { convertedMark, formatSekSum, type Locale } from '../../domain/labels';
import { conversionOf } from '../../domain/money';
import { isHandedIn } from '../../domain/reporting-status';
import { sekFigureOf, type ReportModel } from '../../domain/report-model';
import type { ReportSummary } from '../cards/cards';

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
      activities: counts.activities,
      ongoingGrantedSek:
        rates.length > 0 ? `${granted} (${convertedMark(locale, rates)})` : granted,
    },
    completeness: {
      total: model.completeness.total,
      submitted: model.completeness.submitted,
      missing: model.completeness.administrations
        .filter((entry) => !isHandedIn(entry.status))
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
