// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { globalConfig } from 'zod/v4/core';
import { projectSchema } from '../../../src/domain/records';

describe('records in a browser', () => {
  // zod's JIT probe (`new Function`) is reported as a CSP violation under the tab's policy.
  it('should switch zod to its parser without JIT, so no eval probe runs under the CSP', () => {
    expect(globalConfig.jitless).toBe(true);
  });

  it('should still validate records without JIT, naming the wrong field', () => {
    const result = projectSchema.safeParse({
      administrationId: 'utbildning',
      title: 'Giltigt',
      kind: 'eu',
      status: 'planned',
      programme: 'interreg',
      role: 'lead',
      appliedAmount: -1,
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'appliedAmount',
    ]);
  });
});
