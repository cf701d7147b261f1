import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { exchangeRateNote, formatSekSum } from '../../../domain/labels';
import { sekFigureOf, type KeyFigures } from '../../../domain/report-model';
import { useLocale } from '../../components/useLocale';
import { useReportingTranslation } from './i18n';

type FigureKey =
  | 'euOngoing'
  | 'euFinished'
  | 'otherOngoing'
  | 'otherFinished'
  | 'applications'
  | 'activities'
  | 'flightTrips';

const read: Record<FigureKey, (k: KeyFigures) => number> = {
  euOngoing: (k) => k.counts.euOngoing,
  euFinished: (k) => k.counts.euFinished,
  otherOngoing: (k) => k.counts.otherOngoing,
  otherFinished: (k) => k.counts.otherFinished,
  applications: (k) => k.counts.applications,
  activities: (k) => k.counts.activities,
  flightTrips: (k) => k.travel.flightTrips,
};

/**
 * The main figures of an administration's report, as a captioned table; with the considered share
 * of its development initiatives when the model was built with them (the strategy's indicator).
 */
export function KeyFiguresTable({ caption, figures }: { caption: string; figures: KeyFigures }) {
  const { t } = useReportingTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const considered = figures.fundingConsidered;
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{caption}</TableHeaderCell>
          <TableHeaderCell />
        </TableRow>
      </TableHeader>
      <TableBody>
        {(Object.keys(read) as FigureKey[]).map((key) => (
          <TableRow key={key}>
            <TableCell>{t(`figures.${key}`)}</TableCell>
            <TableCell>{number.format(read[key](figures))}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{t('figures.grantedSek')}</TableCell>
          {/* Kronor with the year's rates; a currency without a rate is named, never 0 kr. */}
          <TableCell>{formatSekSum(locale, sekFigureOf(figures, 'grantedSek'))}</TableCell>
        </TableRow>
        {exchangeRateNote(locale, figures.funding).map((sentence) => (
          <TableRow key={sentence}>
            <TableCell colSpan={2}>{sentence}</TableCell>
          </TableRow>
        ))}
        {considered && (
          <TableRow>
            <TableCell>{t('figures.fundingConsidered')}</TableCell>
            <TableCell>
              {t('figures.consideredOf', {
                considered: number.format(considered.considered),
                total: number.format(considered.initiatives),
                // No initiatives: the share is unknown, not 0 %.
                share:
                  considered.share === null
                    ? '–'
                    : `${number.format(Math.round(considered.share * 100))} %`,
              })}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
