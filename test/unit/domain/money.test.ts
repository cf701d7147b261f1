import { describe, expect, it } from 'vitest';
import {
  exchangeRateNote,
  fieldErrors,
  formatSekSum,
  formatRate,
} from '../../../src/domain/labels';
import {
  addSekSums,
  conversionOf,
  hasUnconverted,
  rateOf,
  ratesOfYear,
  toSek,
} from '../../../src/domain/money';
import { reportingRoundSchema } from '../../../src/domain/records';
import { diffReportModels, sekFigureOf } from '../../../src/domain/report-model';
import {
  EUR,
  MONEY_YEAR,
  NOK,
  appliedSek,
  appliedSekWithoutNok,
  eurRate,
  grantedSek,
  grantedSekWithoutNok,
  moneyModel,
  moneyPeriodModel,
  moneyRound,
  nokRate,
} from './money-fixture';

const round2 = (n: number) => Math.round(n * 100) / 100;
/** Intl's non-breaking spaces as plain ones, so expectations read as the reader sees them. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('toSek', () => {
  it('should count SEK as it is and convert other currencies with their rate', () => {
    expect(toSek({ SEK: 1_000, EUR: 10, NOK: 100 }, [eurRate, nokRate])).toEqual({
      sek: round2(1_000 + 10 * EUR + 100 * NOK),
      unconverted: {},
    });
  });

  it('should keep a currency without a rate out of the kronor, in its own currency', () => {
    expect(toSek({ SEK: 1_000, EUR: 10, NOK: 100 }, [eurRate])).toEqual({
      sek: round2(1_000 + 10 * EUR),
      unconverted: { NOK: 100 },
    });
  });

  it('should give 0 kr only when there is no money at all', () => {
    expect(toSek({}, [])).toEqual({ sek: 0, unconverted: {} });
    expect(hasUnconverted(toSek({ EUR: 1 }, []))).toBe(true);
  });

  it('should round the converted sum to öre', () => {
    expect(toSek({ EUR: 1 }, [{ currency: 'EUR', rate: 11.123456, source: 'x' }]).sek).toBe(11.12);
  });
});

describe('addSekSums', () => {
  it('should add the kronor and the unconverted parts per currency', () => {
    expect(
      addSekSums(
        { sek: 100, unconverted: { NOK: 5 } },
        { sek: 50.5, unconverted: { NOK: 7, USD: 1 } },
      ),
    ).toEqual({ sek: 150.5, unconverted: { NOK: 12, USD: 1 } });
  });
});

describe('conversionOf', () => {
  it('should name the rates used and the currencies without one, only for currencies that occur', () => {
    expect(
      conversionOf(
        [{ SEK: 1, EUR: 2 }, { NOK: 3 }],
        [
          nokRate,
          eurRate,
          {
            currency: 'USD',
            rate: 10,
            source: 'x',
          },
        ],
      ),
    ).toEqual({ used: [eurRate, nokRate], missing: [] });
    expect(conversionOf([{ EUR: 2, NOK: 3 }], [eurRate])).toEqual({
      used: [eurRate],
      missing: ['NOK'],
    });
  });
});

describe('rateOf and ratesOfYear', () => {
  it('should give 1 for SEK, the rate for a listed currency and nothing otherwise', () => {
    expect([rateOf('SEK', []), rateOf('EUR', [eurRate]), rateOf('NOK', [eurRate])]).toEqual([
      1,
      EUR,
      undefined,
    ]);
  });

  it('should take the rates of the round of the year, none without a round', () => {
    expect(ratesOfYear([moneyRound()], MONEY_YEAR)).toEqual([eurRate, nokRate]);
    expect(ratesOfYear([moneyRound()], MONEY_YEAR - 1)).toEqual([]);
    expect(ratesOfYear(undefined, MONEY_YEAR)).toEqual([]);
  });
});

describe('exchange rates on a reporting round (the boundary)', () => {
  const round = (rates: unknown) =>
    reportingRoundSchema.safeParse({ year: 2025, deadline: '2026-02-15', exchangeRates: rates });
  const errors = (rates: unknown) => {
    const result = round(rates);
    return result.success ? {} : fieldErrors('sv', result.error);
  };

  it('should accept a positive rate with a source for a currency other than SEK', () => {
    expect(round([eurRate, nokRate]).success).toBe(true);
  });

  it('should default to no rates for a round stored before rates existed', () => {
    const parsed = reportingRoundSchema.parse({ year: 2024, deadline: '2025-02-15' });
    expect(parsed.exchangeRates).toEqual([]);
  });

  it('should refuse a rate of 0 with a clear message', () => {
    expect(errors([{ ...eurRate, rate: 0 }])).toEqual({
      'exchangeRates[0].rate': 'Kursen måste vara större än 0 (kronor för en enhet av valutan).',
    });
  });

  it('should refuse a negative rate', () => {
    expect(Object.keys(errors([{ ...eurRate, rate: -11.07 }]))).toEqual(['exchangeRates[0].rate']);
  });

  it('should refuse a rate that is not a finite number', () => {
    expect(round([{ ...eurRate, rate: Number.POSITIVE_INFINITY }]).success).toBe(false);
    expect(round([{ ...eurRate, rate: Number.NaN }]).success).toBe(false);
  });

  it('should refuse a rate for SEK, saying why', () => {
    expect(errors([{ currency: 'SEK', rate: 1, source: 'x' }])).toEqual({
      'exchangeRates[0].currency':
        'SEK är redovisningsvalutan och har ingen växelkurs: välj en annan valuta.',
    });
  });

  it('should refuse a code that is not a currency of the records', () => {
    expect(Object.keys(errors([{ currency: 'XYZ', rate: 1, source: 'x' }]))).toEqual([
      'exchangeRates[0].currency',
    ]);
  });

  it('should refuse a rate without a source', () => {
    expect(Object.keys(errors([{ ...eurRate, source: ' ' }]))).toEqual(['exchangeRates[0].source']);
  });

  it('should refuse two rates for the same currency', () => {
    expect(errors([eurRate, { ...eurRate, rate: 11 }])).toEqual({
      'exchangeRates[1].currency': 'Valutan har redan en kurs för året.',
    });
  });
});

describe('formatSekSum', () => {
  it('should show kronor alone when everything was converted', () => {
    expect(plain(formatSekSum('sv', { sek: 1_040_580, unconverted: {} }))).toBe('1 040 580 kr');
  });

  it('should show the part without a rate in its own currency, flagged', () => {
    expect(plain(formatSekSum('sv', { sek: 1_000_000, unconverted: { NOK: 50_000 } }))).toBe(
      '1 000 000 kr + 50 000 NOK (kurs saknas)',
    );
    expect(plain(formatSekSum('en', { sek: 1_000_000, unconverted: { NOK: 50_000 } }))).toBe(
      'SEK 1,000,000 + NOK 50,000 (no exchange rate)',
    );
  });

  it('should never say 0 kr for money that exists', () => {
    const text = plain(formatSekSum('sv', { sek: 0, unconverted: { EUR: 94_000 } }));
    expect(text).toBe('94 000 EUR (kurs saknas)');
    expect(text).not.toMatch(/\b0\s?kr/);
  });
});

describe('exchangeRateNote', () => {
  it('should name the rates used with their source and the currencies without a rate', () => {
    expect(
      exchangeRateNote('sv', { exchangeRates: [eurRate], missingRates: ['NOK'] }).map(plain),
    ).toEqual([
      'Belopp i annan valuta är omräknade till kronor med årets kurser: 1 EUR = 11,07 kr (Riksbankens årsgenomsnitt 2025).',
      'Kurs saknas för NOK: de beloppen visas i sin egen valuta, är markerade med "kurs saknas" och ingår inte i kronsummorna.',
    ]);
  });

  it('should say nothing when every amount is in kronor', () => {
    expect(exchangeRateNote('en', { exchangeRates: [], missingRates: [] })).toEqual([]);
  });

  it('should write the rate in the reader’s number format', () => {
    expect(formatRate('en', { currency: 'NOK', rate: 0.9512 })).toBe('1 NOK = SEK 0.9512');
  });
});

describe('the report model with SEK, EUR and NOK', () => {
  const build = (rates = [eurRate, nokRate]) => moneyModel(rates);

  it('should convert every currency with the round’s rates', () => {
    const { funding } = build().keyFigures;
    expect([funding.grantedSek, funding.appliedSek]).toEqual([
      round2(grantedSek),
      round2(appliedSek),
    ]);
    expect(funding.exchangeRates).toEqual([eurRate, nokRate]);
    expect(funding.missingRates).toEqual([]);
  });

  it('should keep the NOK part apart and flag it when the round has no NOK rate', () => {
    const { keyFigures } = build([eurRate]);
    expect(sekFigureOf(keyFigures, 'grantedSek')).toEqual({
      sek: round2(grantedSekWithoutNok),
      unconverted: { NOK: 50_000 },
    });
    expect(sekFigureOf(keyFigures, 'appliedSek')).toEqual({
      sek: round2(appliedSekWithoutNok),
      unconverted: { NOK: 60_000 },
    });
    expect(keyFigures.funding.missingRates).toEqual(['NOK']);
  });

  it('should convert each administration’s chapter with the same rates', () => {
    const chapters = build().perAdministration;
    const utbildning = chapters.find((c) => c.id === 'utbildning')?.keyFigures.funding;
    const kultur = chapters.find((c) => c.id === 'kultur-fritid')?.keyFigures.funding;
    expect(utbildning?.grantedSek).toBe(round2(grantedSek));
    expect(kultur?.appliedSek).toBe(round2(180_000 * EUR));
  });

  it('should not count a new rate as a change since submission', () => {
    expect(diffReportModels(build([]), build())).toEqual([]);
  });

  it('should convert each year of a mandate period with that year’s round', () => {
    const period = moneyPeriodModel([eurRate]);
    const applied = period.trends.find((t) => t.metric === 'appliedSek');
    const index = period.years.indexOf(MONEY_YEAR);
    expect(applied?.values[index]).toBe(round2(appliedSekWithoutNok));
    expect(applied?.unconverted?.[index]).toEqual({ NOK: 60_000 });
    // 2024 has no application with an amount: 0 kr there is no hidden money.
    expect(applied?.values[index - 1]).toBe(0);
  });
});
