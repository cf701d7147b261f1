import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import {
  exchangeRateNote,
  formatConsidered,
  formatNumber,
  formatSekSum,
  label,
} from '../../../domain/labels';
import { sekFigureOf, type KeyFigures } from '../../../domain/report-model';
import { useLocale } from '../../components/useLocale';

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
 * The main figures of an administration's report, each named by its domain label, as a captioned table; with the considered share
 * of its development initiatives when the model was built with them (the strategy's indicator).
 */
export function KeyFiguresTable({ caption, figures }: { caption: string; figures: KeyFigures }) {
  const locale = useLocale();
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
            <TableCell>{label(locale, 'keyFigure', key)}</TableCell>
            <TableCell>{formatNumber(locale, read[key](figures))}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{label(locale, 'keyFigure', 'grantedSek')}</TableCell>
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
            <TableCell>{label(locale, 'keyFigure', 'fundingConsidered')}</TableCell>
            {/* No initiatives: the share is unknown (a dash), not 0 %. */}
            <TableCell>{formatConsidered(locale, considered)}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
