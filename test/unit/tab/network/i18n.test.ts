import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/tab/i18n';
import { networkStrings } from '../../../../src/tab/features/network/i18n';

describe('network strings', () => {
  it('should answer in the instance language once registered', () => {
    const i18n = createI18n('en');
    networkStrings.register(i18n);
    expect(i18n.t('sync', { ns: 'network' })).toBe('Sync channel members');
  });

  it("should read the shell's strings through the feature's namespace", () => {
    const i18n = createI18n('sv');
    networkStrings.register(i18n);
    expect(i18n.t('common.save', { ns: 'network' })).toBe('Spara');
  });
});
