import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/tab/i18n';
import { fundingStrings, registerFundingStrings } from '../../../../src/tab/features/funding/i18n';

/** Every key path of a nested string table, e.g. `field.title`. */
function keyPaths(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keyPaths(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('funding strings', () => {
  it('should have an English string for every Swedish key, nested ones included', () => {
    expect(keyPaths(fundingStrings.en).sort()).toEqual(keyPaths(fundingStrings.sv).sort());
  });

  it("should name a call's field in the instance language once registered", () => {
    const i18n = createI18n('en');
    registerFundingStrings(i18n);
    expect(i18n.t('funding.field.closes')).toBe('Deadline');
  });
});
