import { describe, expect, it } from 'vitest';
import { axisLabel } from '../../../src/tab/features/dashboard/axis-label';

describe('axisLabel', () => {
  it('should write thousands in full, never "tn"', () => {
    expect(axisLabel('sv', 2700)).toBe('2\u00a0700');
    expect(axisLabel('sv', 999_999, 'sek')).toBe('999\u00a0999');
  });

  it('should write kronor in millions and billions as Swedish finance does', () => {
    expect(axisLabel('sv', 9_800_000, 'sek')).toBe('9,8 mnkr');
    expect(axisLabel('sv', 2_700_000_000, 'sek')).toBe('2,7 mdkr');
    expect(axisLabel('en', 9_800_000, 'sek')).toBe('SEK 9.8m');
    expect(axisLabel('en', 2_700_000_000, 'sek')).toBe('SEK 2.7bn');
  });

  it('should write other millions as "milj." in Swedish and "million" in English, never "mn"', () => {
    expect(axisLabel('sv', 9_800_000)).toBe('9,8 milj.');
    expect(axisLabel('en', 2_700_000)).toBe('2.7 million');
    expect(axisLabel('sv', 1_000_000)).not.toContain('mn');
  });
});
