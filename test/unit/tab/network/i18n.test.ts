import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/tab/i18n';
import { networkStrings, registerNetworkStrings } from '../../../../src/tab/features/network/i18n';

describe('network strings', () => {
  it('should have an English string for every Swedish key', () => {
    expect(Object.keys(networkStrings.en).sort()).toEqual(Object.keys(networkStrings.sv).sort());
  });

  it('should answer in the instance language once registered', () => {
    const i18n = createI18n('en');
    registerNetworkStrings(i18n);
    expect(i18n.t('network.sync')).toBe('Sync channel members');
  });

  it("should name the shell's navigation tab of the feature", () => {
    const i18n = createI18n('sv');
    registerNetworkStrings(i18n);
    expect(i18n.t('nav.network')).toBe('Nätverket');
  });

  it("should leave the shell's own strings as they are", () => {
    const i18n = createI18n('sv');
    registerNetworkStrings(i18n);
    expect(i18n.t('nav.overview')).toBe('Översikt');
  });
});
