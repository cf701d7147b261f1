import {
  Field,
  Select,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { featureName } from '../../i18n/feature-names';
import { ChartCard } from './ChartCard';
import { useDashboard } from './useDashboard';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    margin: `${tokens.spacingVerticalM} 0`,
    padding: 0,
  },
  figure: { display: 'flex', flexDirection: 'column-reverse', margin: 0 },
  figureValue: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Dashboard: external funding, projects per administration, success rate, travel and climate, the
 * share of development initiatives where external funding was considered, and the year's good
 * examples.
 */
export function DashboardPage() {
  const styles = useStyles();
  const locale = useLocale();
  const { t, years, year, setYear, errors, summary, consideredShare, formatCount, loaded, cards } =
    useDashboard();

  return (
    <div>
      <h2>{featureName(locale, 'dashboard')}</h2>
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
      {errors.map((error, i) => (
        <ErrorBar key={i} error={error} />
      ))}
      {summary && (
        <section aria-label={t('summary', { year })}>
          <dl className={styles.summary}>
            <div className={styles.figure}>
              <dt>{t('goodExamples')}</dt>
              <dd className={styles.figureValue}>{formatCount(summary.goodExamples)}</dd>
            </div>
            {summary.fundingConsidered && (
              <div className={styles.figure}>
                <dt>
                  {t('consideredOf', {
                    considered: summary.fundingConsidered.considered,
                    total: summary.fundingConsidered.initiatives,
                  })}
                </dt>
                <dd className={styles.figureValue}>{consideredShare}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {!loaded ? (
        <Skeleton aria-label={t('loading')}>
          <SkeletonItem size={48} />
        </Skeleton>
      ) : (
        <div className={styles.grid}>
          {cards.map((card) => (
            <ChartCard key={card.id} chart={card.chart} format={card.format} money={card.money} />
          ))}
        </div>
      )}
    </div>
  );
}
