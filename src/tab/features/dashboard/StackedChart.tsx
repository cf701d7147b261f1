import { makeStyles } from '@fluentui/react-components';
import { VerticalStackedBarChart, getNextColor } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import { axisLabel } from './axis-label';

const useStyles = makeStyles({
  // The chart library capitalises every word of a legend ("Andra Internationella Projekt");
  // Swedish and English labels are written as they should be shown.
  legend: { textTransform: 'none' },
});

/** A chart's data, already labelled in the reader's language. */
export interface LabelledChart {
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** A 0 is a finding (0 % considered), not "nothing yet": only missing values make it empty. */
  zeroIsData?: boolean;
  /** `sek`: the axis reads "9,8 mnkr" instead of "9,8 milj.". */
  unit?: 'sek';
}

/**
 * A stacked vertical bar chart of one dashboard table. It is the default export because the
 * dashboard loads it with `React.lazy`, keeping @fluentui/react-charts out of the first bundle.
 */
export default function StackedChart({ chart }: { chart: LabelledChart }) {
  const styles = useStyles();
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'sv';
  const data = chart.categories.map((category, i) => ({
    xAxisPoint: category,
    // A missing value (e.g. no decided applications) is drawn as no bar; the table says "–".
    // One colour per series, so the legend lists each series once and not once per bar.
    chartData: chart.series.map((s, n) => ({
      legend: s.name,
      data: s.values[i] ?? 0,
      color: getNextColor(n),
    })),
  }));
  return (
    <VerticalStackedBarChart
      chartTitle={chart.title}
      data={data}
      height={280}
      wrapXAxisLables={chart.categories.length <= 6}
      rotateXAxisLables={chart.categories.length > 6}
      // Ten administrations' full names, rotated, are cut to their first words with the whole
      // name on hover and focus; the table view ("Visa som tabell") lists them in full.
      showXAxisLablesTooltip={chart.categories.length > 6}
      noOfCharsToTruncate={14}
      yAxisTickFormat={(value: number) => axisLabel(locale, value, chart.unit)}
      // Room for "12,7 mnkr" on the y axis and for the last rotated name on the x axis, which
      // the default margins clip.
      margins={{ left: 80, right: 64 }}
      legendProps={{ styles: { legend: styles.legend } }}
    />
  );
}
