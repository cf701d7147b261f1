import { describe, expect, it, vi } from 'vitest';
import {
  cachedIntl,
  compareText,
  completenessStatuses,
  fieldErrors,
  fieldLabel,
  formatDate,
  countryCodes,
  countryName,
  formatAmount,
  parseCountry,
  formatMoney,
  label,
  labelCodes,
  localeFromTeams,
  reportSectionCodes,
  travelWarningCodes,
  validationCodes,
  validationMessage,
  zodIssueCodes,
  type LabelGroup,
  type Locale,
  type RecordType,
} from '../../../src/domain/labels';
import {
  activityFieldsSchema,
  activityTypes,
  administrationKinds,
  contactPersonSchema,
  currencies,
  networkMembershipSchema,
  partnerSchema,
  partnerTypes,
  programmes,
  projectFieldsSchema,
  projectKinds,
  projectRoles,
  projectSchema,
  projectStatuses,
  reportingRoundSchema,
  strategyMeans,
  reviewDecisionSchema,
  submissionSchema,
  submissionStatuses,
  sustainabilityDimensions,
  travelModes,
} from '../../../src/domain/records';
import { trendMetrics } from '../../../src/domain/report-model';
import {
  callResponseStatuses,
  fundingCallFieldsSchema,
  fundingOutcomes,
} from '../../../src/domain/funding';
import { makeProject } from './factories';

const enums: Record<LabelGroup, readonly string[]> = {
  projectKind: projectKinds,
  projectStatus: projectStatuses,
  programme: programmes,
  projectRole: projectRoles,
  partnerType: partnerTypes,
  currency: currencies,
  sustainabilityDimension: sustainabilityDimensions,
  strategyMean: strategyMeans,
  activityType: activityTypes,
  travelMode: travelModes,
  submissionStatus: submissionStatuses,
  completenessStatus: completenessStatuses,
  administrationKind: administrationKinds,
  travelWarning: travelWarningCodes,
  validation: validationCodes,
  zodIssue: zodIssueCodes,
  reportSection: reportSectionCodes,
  // Every mandate-period metric is a key figure with one name (the rest are typed by the table).
  keyFigure: [...trendMetrics, ...labelCodes('keyFigure')],
  keyFigurePart: labelCodes('keyFigurePart'),
  reportScope: ['whole'],
  recordKind: ['project', 'activity'],
  callResponseStatus: callResponseStatuses,
  fundingOutcome: fundingOutcomes,
};

const shapes: Record<RecordType, object> = {
  project: projectFieldsSchema.shape,
  partner: partnerSchema.shape,
  activity: activityFieldsSchema.shape,
  networkMembership: networkMembershipSchema.shape,
  contactPerson: contactPersonSchema.shape,
  reportingRound: reportingRoundSchema.shape,
  submission: submissionSchema.shape,
  reviewDecision: reviewDecisionSchema.shape,
  fundingCall: fundingCallFieldsSchema.shape,
};

const locales: Locale[] = ['sv', 'en'];

describe('label', () => {
  for (const locale of locales) {
    for (const [group, codes] of Object.entries(enums) as [LabelGroup, readonly string[]][]) {
      it(`should label every ${group} value in ${locale}`, () => {
        // `label` falls back to the code itself, so an unlabelled value shows up as its code.
        const missing = codes.filter((code) => label(locale, group, code as never) === code);
        expect(missing).toEqual([]);
      });
    }
  }

  it('should use the Swedish programme names', () => {
    expect(programmes.map((p) => label('sv', 'programme', p))).toEqual([
      'Interreg',
      'Horisont Europa',
      'Erasmus+',
      'LIFE',
      'ESF+',
      'Regionalfonden',
      'AMIF',
      'CERV',
      'Kreativa Europa',
      'ICLD',
      'Nordplus',
      'Annat',
    ]);
  });

  it('should label in English when asked', () => {
    expect(label('en', 'projectStatus', 'withdrawn')).toBe('Withdrawn');
  });

  it('should list the codes of a group for pickers', () => {
    expect(labelCodes('projectRole')).toEqual(['lead', 'partner', 'associated']);
  });

  it('should give every sub-figure a full name beside its part form', () => {
    for (const locale of locales) {
      const parts = labelCodes('keyFigurePart');
      expect(parts.filter((id) => label(locale, 'keyFigure', id) === id)).toEqual([]);
    }
  });

  it('should return an unknown code unchanged', () => {
    expect(label('sv', 'programme', 'future-fund' as never)).toBe('future-fund');
  });
});

describe('fieldLabel', () => {
  for (const locale of locales) {
    for (const [recordType, shape] of Object.entries(shapes) as [RecordType, object][]) {
      it(`should label every ${recordType} field in ${locale}`, () => {
        const unlabelled = Object.keys(shape).filter(
          (field) => fieldLabel(locale, recordType, field as never) === field,
        );
        expect(unlabelled).toEqual([]);
      });
    }
  }

  it('should name the granted amount in Swedish', () => {
    expect(fieldLabel('sv', 'project', 'grantedAmount')).toBe('Beviljad extern finansiering');
  });
});

describe('validationMessage', () => {
  const issuesFor = (input: unknown) => projectSchema.safeParse(input).error?.issues ?? [];
  const { id: _id, ...valid } = makeProject();

  it('should word a custom rule in Swedish', () => {
    const [issue] = issuesFor({ ...valid, endDate: '2023-01-01' });
    expect(validationMessage('sv', issue!)).toBe('Slutdatum kan inte vara före startdatum.');
  });

  it('should word a custom rule in English', () => {
    const [issue] = issuesFor({ ...valid, endDate: '2023-01-01' });
    expect(validationMessage('en', issue!)).toBe('The end date cannot be before the start date.');
  });

  it('should call a missing required field required', () => {
    const { title: _t, ...rest } = valid;
    const [issue] = issuesFor(rest);
    expect(validationMessage('sv', issue!)).toBe('Obligatoriskt fält.');
  });

  it('should call an empty required text required', () => {
    const [issue] = issuesFor({ ...valid, title: '  ' });
    expect(validationMessage('en', issue!)).toBe('Required field.');
  });

  it('should fill in the minimum of a number', () => {
    const [issue] = issuesFor({ ...valid, appliedAmount: -3 });
    expect(validationMessage('sv', issue!)).toBe('Värdet måste vara minst 0.');
  });

  it('should explain a bad date', () => {
    const [issue] = issuesFor({ ...valid, startDate: '2023-02-29' });
    expect(validationMessage('en', issue!)).toBe('Enter a valid date (YYYY-MM-DD).');
  });

  it('should explain an enum value that is not allowed', () => {
    const [issue] = issuesFor({ ...valid, role: 'boss' });
    expect(validationMessage('sv', issue!)).toBe('Välj ett av de tillåtna värdena.');
  });

  it('should explain a country code', () => {
    const [issue] = issuesFor({ ...valid, partners: [{ name: 'Riga', country: 'lv' }] });
    expect(validationMessage('sv', issue!)).toBe(
      'Välj ett land i listan, eller skriv landets namn eller kod (till exempel SE).',
    );
  });

  it('should fill in the maximum length of a text', () => {
    const [issue] = issuesFor({ ...valid, title: 'x'.repeat(256) });
    expect(validationMessage('en', issue!)).toBe('At most 255 characters.');
  });
});

describe('fieldErrors', () => {
  it('should key one message per field path', () => {
    const { id: _id, ...valid } = makeProject();
    const error = projectSchema.safeParse({
      ...valid,
      endDate: '2023-01-01',
      partners: [{ name: '' }],
    }).error!;
    expect(fieldErrors('sv', error)).toEqual({
      'partners[0].name': 'Obligatoriskt fält.',
      endDate: 'Slutdatum kan inte vara före startdatum.',
    });
  });
});

describe('localeFromTeams', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['en', 'en'],
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['de-DE', 'sv'],
    ['eng', 'sv'],
    ['', 'sv'],
    [undefined, 'sv'],
  ])('should map %s to %s', (tag, expected) => {
    expect(localeFromTeams(tag)).toBe(expected);
  });
});

describe('parseCountry', () => {
  it('should read a Swedish or English name in any case as its ISO code', () => {
    expect(['Finland', 'tyskland', 'Germany', 'fi'].map(parseCountry)).toEqual([
      'FI',
      'DE',
      'DE',
      'FI',
    ]);
  });

  it('should give nothing for what names no country', () => {
    expect([parseCountry('Atlantis'), parseCountry('  ')]).toEqual([undefined, undefined]);
  });

  it('should name every country code in both languages', () => {
    expect(countryCodes).toHaveLength(249);
    expect([countryName('sv', 'FI'), countryName('en', 'DE')]).toEqual(['Finland', 'Germany']);
    expect(countryCodes.filter((code) => countryName('sv', code) === code)).toEqual([]);
  });
});

describe('formatAmount', () => {
  it('should show an amount with cents as entered, not rounded', () => {
    expect(formatAmount('sv', 350000.5, 'EUR')).toBe('350\u00a0000,50\u00a0€');
  });

  it('should show a whole amount without decimals', () => {
    expect(formatAmount('en', 2500, 'EUR')).toBe('€2,500');
  });
});

describe('formatMoney', () => {
  it('should write Swedish kronor with spaces and kr', () => {
    expect(formatMoney('sv', 1234567, 'SEK')).toBe('1\u00a0234\u00a0567\u00a0kr');
  });

  it('should write euro in English', () => {
    expect(formatMoney('en', 2500.4, 'EUR')).toBe('€2,500');
  });

  it('should keep each currency in its own cached formatter', () => {
    const amounts = [
      formatMoney('sv', 10, 'SEK'),
      formatMoney('sv', 10, 'EUR'),
      formatMoney('sv', 10, 'SEK'),
    ];
    expect(amounts).toEqual(['10\u00a0kr', '10\u00a0€', '10\u00a0kr']);
  });
});

describe('cachedIntl', () => {
  it('should build the formatter of a key once', () => {
    const make = vi.fn(() => new Intl.NumberFormat('sv-SE'));
    const first = cachedIntl('test|once', make);
    const second = cachedIntl('test|once', make);
    expect({ calls: make.mock.calls.length, same: first === second }).toEqual({
      calls: 1,
      same: true,
    });
  });
});

describe('compareText', () => {
  it('should sort å, ä and ö after z in Swedish', () => {
    expect(
      ['Örebro', 'Zürich', 'Åre', 'Ängelholm'].sort((a, b) => compareText('sv', a, b)),
    ).toEqual(['Zürich', 'Åre', 'Ängelholm', 'Örebro']);
  });
});

describe('formatDate', () => {
  it('should write a leap day in Swedish', () => {
    expect(formatDate('sv', '2024-02-29')).toBe('29 februari 2024');
  });

  it('should write a date in English', () => {
    expect(formatDate('en', '2013-10-15')).toBe('15 October 2013');
  });

  it('should show a late-evening UTC timestamp on the Swedish calendar day', () => {
    expect(formatDate('sv', '2024-12-31T23:30:00Z')).toBe('1 januari 2025');
  });

  it('should keep dates in UTC after a timestamp was shown in Swedish time', () => {
    const shown = [formatDate('sv', '2024-12-31T23:30:00Z'), formatDate('sv', '2024-12-31')];
    expect(shown).toEqual(['1 januari 2025', '31 december 2024']);
  });

  it('should return text that is not a date unchanged', () => {
    expect(formatDate('sv', 'snart')).toBe('snart');
  });
});
