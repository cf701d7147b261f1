import { describe, expect, it } from 'vitest';
import { label } from '../../../../src/domain/labels';
import { createI18n } from '../../../../src/tab/i18n';
import { featureName } from '../../../../src/tab/i18n/feature-names';
import { fundingStrings } from '../../../../src/tab/features/funding/i18n';

describe('funding strings', () => {
  it('should answer in the instance language once registered', () => {
    const i18n = createI18n('en');
    fundingStrings.register(i18n);
    expect(i18n.t('callsHeading', { ns: 'funding' })).toBe('Open funding calls');
  });

  it("should name the feature by the report's section name, so the two never differ", () => {
    expect(featureName('sv', 'funding')).toBe(label('sv', 'reportSection', 'externalFunding'));
    expect(featureName('en', 'funding')).toBe('External funding');
  });
});
