import * as echarts from 'echarts';
import { textWidthPoints } from './docx-layout.js';

/**
 * The summary charts of the Word reports, drawn from the report model with Apache ECharts'
 * server-side SVG renderer (no browser, no DOM). Each chart is one series of horizontal bars with
 * its value written at the bar's end, so nothing is carried by colour alone; the report puts its
 * figures in a table beside it and a one-sentence text alternative on the picture.
 */

/** One bar of a chart: its name and value, and the value as the report writes it. */
export interface ChartBar {
  name: string;
  value: number;
  text: string;
}

/** What a chart shows: a caption, its text alternative, the bars, and its value column header. */
export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence that says what the chart shows and its main fact. */
  altText: string;
  /** Headers of the chart's figures table: what the bars are, and their values. */
  nameHeader: string;
  valueHeader: string;
  bars: ChartBar[];
}

/** The chart's size in CSS pixels (the Word picture's size: 96 px per inch). */
export function chartSize(spec: ChartSpec): { width: number; height: number } {
  return { width: 620, height: Math.max(100, 40 + 30 * spec.bars.length) };
}

/** Longest bar name the axis shows in full; longer names are cut with an ellipsis. */
const AXIS_NAME_CHARS = 34;

/** The chart as an SVG document (fonts by family name: DejaVu Sans, then any sans-serif). */
export function chartSvg(spec: ChartSpec): string {
  const { width, height } = chartSize(spec);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  // Top bar first: ECharts draws a category axis from the bottom up.
  const bars = [...spec.bars].reverse();
  const names = bars.map((b) =>
    b.name.length > AXIS_NAME_CHARS ? `${b.name.slice(0, AXIS_NAME_CHARS - 1)}…` : b.name,
  );
  // Room for the longest name (measured with the widest font's widths) and the longest value.
  const nameWidth = Math.max(...names.map((n) => textWidthPoints(n, 12)));
  const valueWidth = Math.max(...bars.map((b) => textWidthPoints(b.text, 12)));
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'DejaVu Sans, Carlito, Calibri, sans-serif', fontSize: 12 },
    grid: { left: nameWidth + 16, right: valueWidth + 16, top: 8, bottom: 8 },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: names,
      axisTick: { show: false },
      axisLabel: { color: '#222222', fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        barMaxWidth: 22,
        itemStyle: { color: '#2F5597' },
        label: {
          show: true,
          position: 'right',
          color: '#222222',
          fontSize: 12,
          formatter: (params: { dataIndex: number }) => bars[params.dataIndex]?.text ?? '',
        },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Turns an SVG document into PNG bytes; the server's is `renderChartPng` (resvg). */
export type SvgToPng = (svg: string, width: number) => Uint8Array | Promise<Uint8Array>;
