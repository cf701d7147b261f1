import { useMemo, useState } from 'react';
import {
  Field,
  Select,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { label } from '../../../domain/labels';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useGraph } from '../../data/DataContext';
import { useRecords } from '../../data/hooks';
import { ChartCard } from './ChartCard';
import { buildDashboard, dashboardYears, type ChartTable } from './dashboard-model';
import { useDashboardTranslation } from './i18n';
import type { LabelledChart } from './StackedChart';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** Dashboard: external funding, projects per administration, success rate, travel and climate. */
export function DashboardPage() {
  const { t } = useDashboardTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const data = useGraph();
  const records = useRecords();
  const current = new Date().getFullYear();
  const years = useMemo(() => dashboardYears(current), [current]);
  const [year, setYear] = useState(current - 1);

  const charts = useMemo(
    () =>
      records.data
        ? buildDashboard({
            ...records.data,
            administrations: data.organisation.administrations,
            years,
            year,
          })
        : [],
    [records.data, data.organisation, years, year],
  );
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const format = (unit: ChartTable['unit']) => (value: number | null) =>
    value === null ? '–' : unit === 'percent' ? `${number.format(value)} %` : number.format(value);
  const labelled = (chart: ChartTable): LabelledChart => ({
    title: t(`charts.${chart.id}`, { year }),
    categories: chart.categories,
    series: chart.series.map((s) => ({
      name: s.programme ? label(locale, 'programme', s.programme) : t(`series.${s.key}`),
      values: s.values,
    })),
  });

  return (
    <div>
      <h2>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <Field label={t('year')}>
        <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      {records.error !== undefined && <ErrorBar error={records.error} />}
      {!records.data ? (
        <Skeleton aria-label={t('loading')}>
          <SkeletonItem size={48} />
        </Skeleton>
      ) : (
        <div className={styles.grid}>
          {charts.map((chart) => (
            <ChartCard key={chart.id} chart={labelled(chart)} format={format(chart.unit)} />
          ))}
        </div>
      )}
    </div>
  );
}
