import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, issuePath } from '../../../src/domain/issues';

describe('issuePath', () => {
  it('should write indexes in brackets and keys with dots', () => {
    expect(issuePath(['administrations', 2, 'id'])).toBe('administrations[2].id');
  });

  it('should be empty for the root', () => {
    expect(issuePath([])).toBe('');
  });
});

describe('describeIssues', () => {
  it('should list each wrong field with its message', () => {
    const error = z.object({ a: z.string(), b: z.number() }).safeParse({ a: 1, b: 'x' }).error!;
    expect(describeIssues(error)).toMatch(/^a: .+; b: .+$/);
  });
});
