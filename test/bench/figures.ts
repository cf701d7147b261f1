/**
 * One benchmark figure: the optimised value, the baseline measured in the same run, their ratio
 * and, where the issue sets one, the target and whether it was met. Printed one line each.
 */
export interface Figure {
  /** Short id, e.g. `1a`. */
  id: string;
  name: string;
  unit: 'ms' | 'KB' | 'MB' | 'requests';
  optimised: number;
  baseline: number;
  /** What the baseline is, in a few words. */
  baselineIs: string;
  target?: { text: string; met: boolean };
  /** Anything the reader needs to interpret the line (e.g. "results identical"). */
  note?: string;
}

const format = (value: number, unit: Figure['unit']): string => {
  if (unit === 'requests') return `${value} requests`;
  if (unit === 'ms')
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ${unit}`;
};

/** optimised / baseline, to two significant decimals; `n/a` when the baseline is zero. */
export function ratio(figure: Pick<Figure, 'optimised' | 'baseline'>): string {
  if (figure.baseline === 0) return 'n/a';
  const r = figure.optimised / figure.baseline;
  return r >= 0.1 ? r.toFixed(2) : r.toPrecision(2);
}

/** The one-line form of a figure. */
export function formatFigure(f: Figure): string {
  const target = f.target ? ` | target ${f.target.text}: ${f.target.met ? 'MET' : 'NOT MET'}` : '';
  const note = f.note ? ` | ${f.note}` : '';
  return `[${f.id}] ${f.name}: ${format(f.optimised, f.unit)} | baseline ${format(f.baseline, f.unit)} (${f.baselineIs}) | ratio ${ratio(f)}${target}${note}`;
}

/** The figures as a Markdown table, for docs/performance.md. */
export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.id} | ${f.name} | ${format(f.optimised, f.unit)} | ${format(f.baseline, f.unit)} (${f.baselineIs}) | ${ratio(f)} | ${
        f.target ? `${f.target.text}: ${f.target.met ? 'met' : '**not met**'}` : '–'
      } |`,
  );
  return [
    '| # | figure | optimised | baseline | ratio | target |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Wall time of `fn` in ms, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}
