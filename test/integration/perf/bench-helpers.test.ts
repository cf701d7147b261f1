import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../bench/bundle.js';
import { formatFigure, ratio, type Figure } from '../../bench/figures.js';
import { coldLoadTarget } from '../../bench/report-load.js';
import { benchSettings } from '../../bench/settings.js';

/** The benchmark's own logic: what it counts as initial JavaScript, targets, ratios, settings. */

const figure: Figure = {
  id: '9',
  name: 'example',
  unit: 'requests',
  optimised: 3,
  baseline: 180,
  baselineIs: 'sequential',
  target: { text: '<= 3', met: true },
};

describe('initialScripts', () => {
  it('should count the module entry and its modulepreloads but not lazy chunks', () => {
    const html = `<script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" href="/assets/index-ghi.css">`;
    expect(initialScripts(html)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
  });
});

describe('coldLoadTarget', () => {
  it('should add one batched round per extra page to the list-id and first-page batches', () => {
    // 100 administrations: 5 list-id batches, 10 first-page batches, 5 for second project pages.
    expect(coldLoadTarget(100, 5000)).toBe(20);
  });

  it('should need no extra round when every list fits in one page', () => {
    expect(coldLoadTarget(20, 1000)).toBe(3);
  });
});

describe('formatFigure', () => {
  it('should print value, baseline, ratio and whether the target was met on one line', () => {
    expect(formatFigure(figure)).toBe(
      '[9] example: 3 requests | baseline 180 requests (sequential) | ratio 0.017 | target <= 3: MET',
    );
  });

  it('should say n/a for the ratio when the baseline is zero', () => {
    expect(ratio({ optimised: 1, baseline: 0 })).toBe('n/a');
  });
});

describe('benchSettings', () => {
  it('should default to L=20, N=1000 and 100 ms of latency', () => {
    expect(benchSettings({})).toMatchObject({
      BENCH_L: 20,
      BENCH_N: 1000,
      BENCH_LATENCY_MS: 100,
      BENCH_LARGE: false,
    });
  });

  it('should name the wrong setting', () => {
    expect(() => benchSettings({ BENCH_ONLY: 'load,charts' })).toThrow(/^BENCH_ONLY/);
  });
});
