import type { TravelWarningCode } from './labels';
import type { Activity, TravelMode } from './records';

/**
 * Travel emissions. The strategy asks that physical travel is minimised under the travel policy
 * and that flights are climate-compensated; these estimates make that visible per activity and in
 * the report's key figures.
 *
 * Factors are kg CO2e per passenger-km (car: per vehicle-km), from the UK government's
 * "Greenhouse gas reporting: conversion factors 2023" (DESNZ/DEFRA, "Business travel – air" with
 * radiative forcing, and "Business travel – land/sea"). DESNZ is used because it is the one
 * published, yearly-updated table covering every mode we record, including the RF uplift for
 * flights. Swedish electric rail runs on renewable electricity and is close to zero per
 * passenger-km; we use DESNZ's international-rail factor (electric continental rail, also near
 * zero) so a trip that continues outside Sweden is not counted as nothing.
 * When updating to a newer table, change the figures and the year together.
 */
export const emissionFactors = {
  /** Flights under 500 km one way: DESNZ 2023 "Domestic, average passenger, with RF". */
  flightDomestic: 0.27258,
  /** 500–3700 km one way (Europe): DESNZ 2023 "Short-haul, average passenger, with RF". */
  flightShortHaul: 0.18592,
  /** Over 3700 km one way: DESNZ 2023 "Long-haul, average passenger, with RF". */
  flightLongHaul: 0.26128,
  /** DESNZ 2023 "International rail" (electric, continental). */
  train: 0.00446,
  /** DESNZ 2023 "Coach" (chartered or long-distance bus). */
  bus: 0.02733,
  /** DESNZ 2023 "Average car, unknown fuel", per vehicle-km. */
  carPerVehicleKm: 0.16844,
  /** DESNZ 2023 "Ferry, average (all passengers)": includes passengers with cars. */
  ferry: 0.11286,
  /** Unknown mode: the car factor per person, a deliberately cautious guess. */
  other: 0.16844,
} as const;

/** Passengers per car assumed for a group travelling by car (people share cars on work trips). */
export const passengersPerCar = 4;

/** One-way distance below which the travel policy expects train or bus instead of a flight. */
export const shortFlightKm = 500;
const longHaulKm = 3700;

/** What `estimateCo2eKg` needs; `distanceKm` is the round-trip distance per traveller. */
export interface TravelInput {
  travelMode: TravelMode;
  distanceKm?: number | undefined;
  participants: number;
}

function flightFactor(roundTripKm: number): number {
  const oneWay = roundTripKm / 2;
  if (oneWay < shortFlightKm) return emissionFactors.flightDomestic;
  return oneWay <= longHaulKm ? emissionFactors.flightShortHaul : emissionFactors.flightLongHaul;
}

/**
 * Estimated kg CO2e of a group's travel, rounded to whole kilograms. No travel, no distance or no
 * participants give 0 (and `travelWarnings` asks for the distance).
 */
export function estimateCo2eKg({ travelMode, distanceKm, participants }: TravelInput): number {
  if (!distanceKm || participants <= 0) return 0;
  let kg: number;
  switch (travelMode) {
    case 'none':
      return 0;
    case 'flight':
      kg = flightFactor(distanceKm) * distanceKm * participants;
      break;
    case 'car':
      kg =
        emissionFactors.carPerVehicleKm * distanceKm * Math.ceil(participants / passengersPerCar);
      break;
    case 'train':
    case 'bus':
    case 'ferry':
    case 'other':
      kg = emissionFactors[travelMode] * distanceKm * participants;
      break;
  }
  return Math.round(kg);
}

/**
 * The CO2e of an activity: the stored estimate when present (so a report does not change when
 * factors are updated), otherwise computed now.
 */
export function co2eOf(activity: TravelInput & Pick<Activity, 'co2eKg'>): number {
  return activity.co2eKg ?? estimateCo2eKg(activity);
}

/** A flight that is not climate-compensated, as the strategy requires it to be. */
export function needsClimateCompensation(
  activity: Pick<Activity, 'travelMode' | 'climateCompensated'>,
): boolean {
  return activity.travelMode === 'flight' && !activity.climateCompensated;
}

/**
 * What the tab and the contact person should look at in an activity's travel, as label codes
 * (group `travelWarning`).
 */
export function travelWarnings(
  activity: Pick<
    Activity,
    | 'travelMode'
    | 'distanceKm'
    | 'participants'
    | 'climateCompensated'
    | 'compensationReference'
    | 'co2eKg'
  >,
): TravelWarningCode[] {
  const warnings: TravelWarningCode[] = [];
  if (activity.travelMode === 'none') return warnings;
  if (needsClimateCompensation(activity)) warnings.push('flight-not-compensated');
  if (activity.climateCompensated && !activity.compensationReference) {
    warnings.push('compensation-without-reference');
  }
  if (!activity.distanceKm) {
    warnings.push('missing-distance');
    return warnings;
  }
  if (activity.travelMode === 'flight' && activity.distanceKm / 2 < shortFlightKm) {
    warnings.push('short-flight');
  }
  if (activity.co2eKg !== undefined) {
    const estimate = estimateCo2eKg(activity);
    // Rounding and factor updates move small figures; only a real mismatch (a changed distance
    // or mode without a recomputed estimate) is worth a warning.
    if (Math.abs(activity.co2eKg - estimate) > Math.max(1, estimate * 0.05)) {
      warnings.push('co2e-differs');
    }
  }
  return warnings;
}
