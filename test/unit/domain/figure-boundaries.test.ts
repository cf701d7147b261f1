import { describe, expect, it } from 'vitest';
import { conversionOf, hasUnconverted, toSek } from '../../../src/domain/money';
import type { ExchangeRate } from '../../../src/domain/records';
import {
  emissionFactors,
  estimateCo2eKg,
  shortFlightKm,
  travelWarnings,
} from '../../../src/domain/travel';

/**
 * Boundaries of the money and travel rules that decide the report's SEK sums and CO2e figures,
 * each pinned so that moving it fails a test (found with mutation testing, `npm run mutate`).
 */

const eur: ExchangeRate = { currency: 'EUR', rate: 11.5, source: 'Riksbanken' };
const usd: ExchangeRate = { currency: 'USD', rate: 10, source: 'Riksbanken' };

describe('money boundaries', () => {
  it('should not report a zero or absent amount without a rate as unconverted', () => {
    expect([toSek({ EUR: 0, USD: undefined, SEK: 5 }, []), toSek({ EUR: 2 }, [])]).toEqual([
      { sek: 5, unconverted: {} },
      { sek: 0, unconverted: { EUR: 2 } },
    ]);
  });

  it('should flag a sum only when a part of it is left unconverted', () => {
    expect(
      [{ EUR: 0 }, { EUR: undefined }, {}, { EUR: 3 }].map((unconverted) =>
        hasUnconverted({ sek: 1, unconverted }),
      ),
    ).toEqual([false, false, false, true]);
  });

  it('should name the currencies that occur, in currency order, and leave out SEK, zero and absent ones', () => {
    expect(
      conversionOf(
        [
          { USD: 1, SEK: 9 },
          { EUR: 2, NOK: 0, DKK: undefined },
        ],
        [usd, eur],
      ),
    ).toEqual({ used: [eur, usd], missing: [] });
  });

  it('should list the occurring currencies without a rate as missing, in currency order', () => {
    expect(conversionOf([{ USD: 1 }, { GBP: 1, EUR: 1 }], [eur])).toEqual({
      used: [eur],
      missing: ['GBP', 'USD'],
    });
  });
});

describe('travel boundaries', () => {
  const flightKg = (oneWayKm: number) =>
    estimateCo2eKg({ travelMode: 'flight', distanceKm: 2 * oneWayKm, participants: 1 });

  it('should use the domestic factor below 500 km one way and the short-haul factor from 500 km', () => {
    expect([flightKg(shortFlightKm - 1), flightKg(shortFlightKm)]).toEqual([
      Math.round(emissionFactors.flightDomestic * 2 * (shortFlightKm - 1)),
      Math.round(emissionFactors.flightShortHaul * 2 * shortFlightKm),
    ]);
  });

  it('should use the short-haul factor up to 3700 km one way and the long-haul factor beyond', () => {
    expect([flightKg(3700), flightKg(3701)]).toEqual([
      Math.round(emissionFactors.flightShortHaul * 7400),
      Math.round(emissionFactors.flightLongHaul * 7402),
    ]);
  });

  it('should estimate the other mode with its own factor', () => {
    expect(estimateCo2eKg({ travelMode: 'other', distanceKm: 1000, participants: 2 })).toBe(
      Math.round(emissionFactors.other * 2000),
    );
  });

  it('should estimate nothing for no participants or a negative count', () => {
    expect(
      [0, -1].map((participants) =>
        estimateCo2eKg({ travelMode: 'train', distanceKm: 100, participants }),
      ),
    ).toEqual([0, 0]);
  });

  const trip = {
    travelMode: 'flight' as const,
    distanceKm: 2 * shortFlightKm,
    participants: 1,
    climateCompensated: true,
    compensationReference: 'ref',
  };

  it('should call a flight short only below 500 km one way, and never a train trip', () => {
    expect([
      travelWarnings({ ...trip, distanceKm: 2 * shortFlightKm - 2 }),
      travelWarnings(trip),
      travelWarnings({ ...trip, travelMode: 'train', distanceKm: 100 }),
    ]).toEqual([['short-flight'], [], []]);
  });

  it('should warn about a stored CO2e only when it is more than 5 % (at least 1 kg) off the estimate', () => {
    const estimate = estimateCo2eKg({ travelMode: 'flight', distanceKm: 20_000, participants: 10 });
    const stored = (co2eKg: number | undefined) =>
      travelWarnings({ ...trip, distanceKm: 20_000, participants: 10, co2eKg });
    const allowed = Math.round(estimate * 0.05);
    expect([
      stored(undefined),
      stored(estimate + allowed - 1),
      stored(estimate + allowed + 2),
    ]).toEqual([[], [], ['co2e-differs']]);
  });
});
