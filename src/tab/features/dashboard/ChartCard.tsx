import { Component, Suspense, lazy, useId, useState, type ReactNode } from 'react';
import {
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useDashboardTranslation } from './i18n';
import type { LabelledChart } from './StackedChart';

const StackedChart = lazy(() => import('./StackedChart'));

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  table: { overflowX: 'auto' },
  missing: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // The chart library sizes its SVG to its container's height (`height: 100%`); in a card that
  // the grid stretches to its row's height the two fed each other and a chart grew without end
  // (thousands of pixels). A fixed box breaks the loop.
  chart: { height: '380px', minWidth: 0 },
});

/** Shows the table instead of the chart when the chart library fails (it must never hide figures). */
class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Props of a chart card and its table: the labelled chart and how its numbers read. */
export interface ChartProps {
  chart: LabelledChart;
  format: (v: number | null) => string;
}

/** For a chart in kronor: how it was converted, and the amounts with no rate (flagged). */
export interface MoneyNote {
  converted?: string;
  missing: string[];
}

/** The chart's figures as a table: the text alternative for screen readers and for reading. */
export function ChartTableView({ chart, format }: ChartProps) {
  const { t } = useDashboardTranslation();
  const styles = useStyles();
  return (
    <div className={styles.table}>
      <Table size="small" aria-label={chart.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('category')}</TableHeaderCell>
            {chart.series.map((s) => (
              <TableHeaderCell key={s.name}>{s.name}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {chart.categories.map((category, i) => (
            <TableRow key={category}>
              <TableCell>{category}</TableCell>
              {chart.series.map((s) => (
                <TableCell key={s.name}>{format(s.values[i] ?? null)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** One dashboard chart with a visible "Visa som tabell" switch. */
export function ChartCard({
  chart,
  format,
  money,
}: ChartProps & { money?: MoneyNote | undefined }) {
  const { t } = useDashboardTranslation();
  const styles = useStyles();
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  const table = <ChartTableView chart={chart} format={format} />;
  const isEmpty = chart.zeroIsData ? (v: number | null) => v === null : (v: number | null) => !v;
  const empty = chart.series.length === 0 || chart.series.every((s) => s.values.every(isEmpty));
  const moneyNote = money && (
    <>
      {money.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <ul className={styles.missing}>
              {money.missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {money.converted && <p className={styles.note}>{money.converted}</p>}
    </>
  );
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h3 id={titleId} className={styles.title}>
          {chart.title}
        </h3>
        <Switch
          label={t('showTable')}
          checked={asTable}
          onChange={(_, d) => setAsTable(d.checked)}
        />
      </div>
      {empty ? (
        <p>{t('empty')}</p>
      ) : asTable ? (
        table
      ) : (
        <ChartBoundary
          fallback={
            <>
              <MessageBar intent="info">
                <MessageBarBody>{t('chartFailed')}</MessageBarBody>
              </MessageBar>
              {table}
            </>
          }
        >
          <div className={styles.chart}>
            <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
              <StackedChart chart={chart} />
            </Suspense>
          </div>
        </ChartBoundary>
      )}
      {moneyNote}
    </Card>
  );
}
