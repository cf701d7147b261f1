import { describe, expect, it } from 'vitest';
import { axisLabel } from '../../../src/tab/features/dashboard/axis-label';

describe('axisLabel', () => {
  it('should write thousands in full, never "tn"', () => {
    expect(axisLabel('sv', 2700)).toBe('2\u00a0700');
    expect(axisLabel('sv', 999_999)).toBe('999\u00a0999');
  });

  it('should write millions as "mn" in Swedish and "million" in English', () => {
    expect(axisLabel('sv', 9_800_000)).toBe('9,8 mn');
    expect(axisLabel('en', 2_700_000)).toBe('2.7 million');
  });
});
