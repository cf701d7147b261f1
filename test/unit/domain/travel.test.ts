import { describe, expect, it } from 'vitest';
import {
  co2eOf,
  emissionFactors,
  estimateCo2eKg,
  needsClimateCompensation,
  travelWarnings,
} from '../../../src/domain/travel';
import { makeActivity } from './factories';

describe('estimateCo2eKg', () => {
  it('should use the short-haul flight factor for Växjö–Brussels and back', () => {
    // 2 × 950 km, 2 people: 1900 × 2 × 0.18592 = 706.496 kg
    expect(estimateCo2eKg({ travelMode: 'flight', distanceKm: 1900, participants: 2 })).toBe(706);
  });

  it('should use the domestic flight factor below 500 km one way', () => {
    // Växjö–Stockholm 2 × 380 km: 760 × 0.27258 = 207.2 kg
    expect(estimateCo2eKg({ travelMode: 'flight', distanceKm: 760, participants: 1 })).toBe(207);
  });

  it('should use the long-haul flight factor over 3700 km one way', () => {
    // Växjö–New York 2 × 6300 km: 12600 × 0.26128 = 3292.1 kg
    expect(estimateCo2eKg({ travelMode: 'flight', distanceKm: 12600, participants: 1 })).toBe(3292);
  });

  it('should make the same trip by train a small fraction of the flight', () => {
    const train = estimateCo2eKg({ travelMode: 'train', distanceKm: 1900, participants: 2 });
    expect(train).toBe(17);
  });

  it('should use the coach factor for bus', () => {
    expect(estimateCo2eKg({ travelMode: 'bus', distanceKm: 1000, participants: 10 })).toBe(273);
  });

  it('should count cars, not passengers, for a group travelling by car', () => {
    // 5 people need 2 cars: 400 × 2 × 0.16844 = 134.8 kg
    expect(estimateCo2eKg({ travelMode: 'car', distanceKm: 400, participants: 5 })).toBe(135);
  });

  it('should use the average ferry passenger factor', () => {
    expect(estimateCo2eKg({ travelMode: 'ferry', distanceKm: 1000, participants: 1 })).toBe(113);
  });

  it('should be zero without travel', () => {
    expect(estimateCo2eKg({ travelMode: 'none', distanceKm: 1000, participants: 3 })).toBe(0);
  });

  it('should be zero without a distance', () => {
    expect(estimateCo2eKg({ travelMode: 'flight', participants: 3 })).toBe(0);
  });

  it('should keep flight factors including radiative forcing above 0.15 kg/pkm', () => {
    expect(
      Math.min(
        emissionFactors.flightDomestic,
        emissionFactors.flightShortHaul,
        emissionFactors.flightLongHaul,
      ),
    ).toBeGreaterThan(0.15);
  });
});

describe('co2eOf', () => {
  it('should prefer the stored estimate', () => {
    const activity = makeActivity({ travelMode: 'flight', distanceKm: 1900, co2eKg: 500 });
    expect(co2eOf(activity)).toBe(500);
  });

  it('should estimate when nothing is stored', () => {
    expect(co2eOf(makeActivity({ travelMode: 'flight', distanceKm: 1900 }))).toBe(353);
  });
});

describe('needsClimateCompensation', () => {
  it('should flag a flight that is not compensated', () => {
    expect(needsClimateCompensation(makeActivity({ travelMode: 'flight' }))).toBe(true);
  });

  it('should not flag a compensated flight', () => {
    const activity = makeActivity({ travelMode: 'flight', climateCompensated: true });
    expect(needsClimateCompensation(activity)).toBe(false);
  });

  it('should not flag a train journey', () => {
    expect(needsClimateCompensation(makeActivity({ travelMode: 'train' }))).toBe(false);
  });
});

describe('travelWarnings', () => {
  it('should have nothing to say without travel', () => {
    expect(travelWarnings(makeActivity())).toEqual([]);
  });

  it('should warn about an uncompensated flight', () => {
    const activity = makeActivity({ travelMode: 'flight', distanceKm: 1900 });
    expect(travelWarnings(activity)).toEqual(['flight-not-compensated']);
  });

  it('should ask for a reference for a compensated flight', () => {
    const activity = makeActivity({
      travelMode: 'flight',
      distanceKm: 1900,
      climateCompensated: true,
    });
    expect(travelWarnings(activity)).toEqual(['compensation-without-reference']);
  });

  it('should ask for the distance', () => {
    expect(travelWarnings(makeActivity({ travelMode: 'train' }))).toEqual(['missing-distance']);
  });

  it('should point out a flight under 500 km one way', () => {
    const activity = makeActivity({
      travelMode: 'flight',
      distanceKm: 760,
      climateCompensated: true,
      compensationReference: 'Faktura 2024-17',
    });
    expect(travelWarnings(activity)).toEqual(['short-flight']);
  });

  it('should point out a stored estimate that no longer matches the trip', () => {
    const activity = makeActivity({ travelMode: 'train', distanceKm: 1900, co2eKg: 400 });
    expect(travelWarnings(activity)).toEqual(['co2e-differs']);
  });

  it('should accept a stored estimate within rounding', () => {
    const activity = makeActivity({
      travelMode: 'bus',
      distanceKm: 1000,
      participants: 10,
      co2eKg: 275,
    });
    expect(travelWarnings(activity)).toEqual([]);
  });
});
