import os from 'node:os';
import { formatFigure, markdownTable, type Figure } from './figures.js';
import { benchReportLoad, type LoadScale } from './report-load.js';
import { benchReportRender } from './report-render.js';
import { benchSettings } from './settings.js';
import { benchTabStart } from './tab-start.js';

/**
 * `npm run bench`: every figure of issue 8 with its baseline and ratio, one line each, against
 * the Graph emulator with injected latency. Settings come from the environment:
 * BENCH_LATENCY_MS (default 100), BENCH_L (20), BENCH_N (1000 records per administration),
 * BENCH_LARGE=1 adds L=100 N=5000, BENCH_ONLY=load,tab,render picks sections,
 * BENCH_MARKDOWN=1 also prints the table for docs/performance.md.
 */

async function main(): Promise<void> {
  const settings = benchSettings(process.env);
  const log = (line: string) => console.log(line);
  const started = performance.now();
  // Wall times depend on what else runs: the load average goes with every figure printed.
  const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
  log(
    `Benchmark on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${load()}; latency ${settings.BENCH_LATENCY_MS} ms per Graph request`,
  );
  const figures: Figure[] = [];
  const print = (batch: Figure[]) => {
    for (const figure of batch) log(formatFigure(figure));
    figures.push(...batch);
  };
  if (settings.BENCH_ONLY.includes('load')) {
    const scales: LoadScale[] = [
      {
        l: settings.BENCH_L,
        n: settings.BENCH_N,
        latencyMs: settings.BENCH_LATENCY_MS,
        throttling: true,
      },
    ];
    if (settings.BENCH_LARGE)
      scales.push({ l: 100, n: 5000, latencyMs: settings.BENCH_LATENCY_MS, throttling: false });
    for (const scale of scales) print(await benchReportLoad(scale, log));
  }
  if (settings.BENCH_ONLY.includes('tab'))
    print(await benchTabStart(log, settings.BENCH_LATENCY_MS));
  if (settings.BENCH_ONLY.includes('render')) print(await benchReportRender(log));
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s, load average ${load()}.`);
  if (settings.BENCH_MARKDOWN) log(`\n${markdownTable(figures)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
