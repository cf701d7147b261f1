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
import { useResponsiveTableStyles } from '../../components/responsiveTable.styles';
import { useFollowUpTranslation } from './i18n';

/** The years of a period with the trend of every metric: one row per metric, one column per year. */
export function TrendTable(props: {
  caption: string;
  years: MandatePeriodModel['keyFigures'];
  trends: Trend[];
}) {
  const { t } = useFollowUpTranslation();
  const locale = useLocale();
  const styles = useResponsiveTableStyles();
  const yearName = (y: MandatePeriodModel['keyFigures'][number]) =>
    y.complete ? String(y.year) : t('ongoingYear', { year: y.year });
  return (
    <Table size="small" aria-label={props.caption} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('metric')}</TableHeaderCell>
          {props.years.map((y) => (
            <TableHeaderCell key={y.year}>{yearName(y)}</TableHeaderCell>
          ))}
          <TableHeaderCell>{t('change')}</TableHeaderCell>
          <TableHeaderCell>{t('trend')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.trends.map((trend) => (
          <TableRow key={trend.metric}>
            <TableCell className={styles.cell} data-label={t('metric')}>
              {label(locale, 'keyFigure', trend.metric)}
            </TableCell>
            {trend.values.map((value, i) => {
              const year = props.years[i];
              return (
                <TableCell
                  key={year?.year ?? i}
                  className={styles.cell}
                  data-label={year ? yearName(year) : ''}
                >
                  {formatMetric(locale, trend.metric, value, {
                    unconverted: trend.unconverted?.[i],
                  })}
                </TableCell>
              );
            })}
            <TableCell className={styles.cell} data-label={t('change')}>
              {formatChange(locale, trend.metric, trend.change)}
            </TableCell>
            <TableCell className={styles.cell} data-label={t('trend')}>
              {t(`direction.${trend.direction}`)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
