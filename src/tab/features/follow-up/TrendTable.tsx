import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { label } from '../../../domain/labels';
import type { MandatePeriodModel, Trend } from '../../../domain/report-model';
import { formatChange, formatMetric } from '../../../report/texts';
import { useLocale } from '../../components/useLocale';
import { useFollowUpTranslation } from './i18n';

/** The years of a period with the trend of every metric: one row per metric, one column per year. */
export function TrendTable(props: {
  caption: string;
  years: MandatePeriodModel['keyFigures'];
  trends: Trend[];
}) {
  const { t } = useFollowUpTranslation();
  const locale = useLocale();
  return (
    <Table size="small" aria-label={props.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('metric')}</TableHeaderCell>
          {props.years.map((y) => (
            <TableHeaderCell key={y.year}>
              {y.complete ? String(y.year) : t('ongoingYear', { year: y.year })}
            </TableHeaderCell>
          ))}
          <TableHeaderCell>{t('change')}</TableHeaderCell>
          <TableHeaderCell>{t('trend')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.trends.map((trend) => (
          <TableRow key={trend.metric}>
            <TableCell>{label(locale, 'trendMetric', trend.metric)}</TableCell>
            {trend.values.map((value, i) => (
              <TableCell key={props.years[i]?.year ?? i}>
                {formatMetric(locale, trend.metric, value)}
              </TableCell>
            ))}
            <TableCell>{formatChange(locale, trend.metric, trend.change)}</TableCell>
            <TableCell>{t(`direction.${trend.direction}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
