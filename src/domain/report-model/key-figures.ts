import {
  decidedStatuses,
  isActivityInYear,
  isApplicationInYear,
  isDateInYear,
  isFinishedInYear,
  isOngoingInYear,
  runningStatuses,
} from '../counting';
import { fundingConsideredFigure, type DevelopmentInitiative } from '../funding';
import {
  activityTypes,
  partnerTypes,
  programmes,
  strategyMeans,
  sustainabilityDimensions,
  type Activity,
  type Currency,
  type ExchangeRate,
  type Project,
} from '../records';
import {
  addMoney,
  addSekSums,
  conversionOf,
  toSek,
  type MoneyByCurrency,
  type SekSum,
} from '../money';
import { co2eOf } from '../travel';
import type { KeyFigures } from './schema';

function sumBy<T>(
  items: readonly T[],
  amount: (item: T) => number | undefined,
  currency: (item: T) => Currency,
): MoneyByCurrency {
  let sums: MoneyByCurrency = {};
  for (const item of items) {
    const value = amount(item);
    if (value !== undefined) sums = addMoney(sums, currency(item), value);
  }
  return sums;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function countCodes<K extends string, C extends string>(
  key: K,
  codes: readonly C[],
  values: readonly C[],
): ({ [P in K]: C } & { count: number })[] {
  return codes.map(
    (code) =>
      ({ [key]: code, count: values.filter((v) => v === code).length }) as {
        [P in K]: C;
      } & { count: number },
  );
}

/**
 * The key figures of year Y for a set of records (already limited to a scope). Exported for the
 * tab's dashboard and the bot, which show figures without building a whole report.
 */
export function computeKeyFigures(
  {
    projects,
    activities,
    initiatives,
    rates,
  }: {
    projects: readonly Project[];
    activities: readonly Activity[];
    /** When given, the figures include `fundingConsidered`. */
    initiatives?: readonly DevelopmentInitiative[];
    /** The year's exchange rates (`ratesOfYear`); a currency without one is left unconverted. */
    rates: readonly ExchangeRate[];
  },
  year: number,
): KeyFigures {
  const ongoing = projects.filter((p) => isOngoingInYear(p, year));
  const finished = projects.filter((p) => isFinishedInYear(p, year));
  const applications = projects.filter((p) => isApplicationInYear(p, year));
  const grantedInYear = projects.filter(
    (p) => runningStatuses.includes(p.status) && isDateInYear(p.decisionDate, year),
  );
  const yearActivities = activities.filter((a) => isActivityInYear(a, year));
  const flights = yearActivities.filter((a) => a.travelMode === 'flight');
  const currencyOf = (p: Project) => p.currency;

  const granted = sumBy(grantedInYear, (p) => p.grantedAmount, currencyOf);
  const applied = sumBy(applications, (p) => p.appliedAmount, currencyOf);
  const ongoingGranted = sumBy(ongoing, (p) => p.grantedAmount, currencyOf);
  const ownContributionCash = sumBy(ongoing, (p) => p.ownContributionCash, currencyOf);
  const ownContributionInKind = sumBy(ongoing, (p) => p.ownContributionInKind, currencyOf);
  const moneySums = [granted, applied, ongoingGranted, ownContributionCash, ownContributionInKind];
  const grantedSek = toSek(granted, rates);
  const appliedSek = toSek(applied, rates);
  const ongoingGrantedSek = toSek(ongoingGranted, rates);
  const ownContributionSek = addSekSums(
    toSek(ownContributionCash, rates),
    toSek(ownContributionInKind, rates),
  );
  const conversion = conversionOf(moneySums, rates);

  const applicationsGranted = applications.filter((p) => runningStatuses.includes(p.status)).length;
  const applicationsRejected = applications.filter((p) => p.status === 'rejected').length;
  const decided = applications.filter((p) => decidedStatuses.includes(p.status)).length;
  const flightTrips = flights.reduce((n, a) => n + a.participants, 0);
  const compensatedTrips = flights
    .filter((a) => a.climateCompensated)
    .reduce((n, a) => n + a.participants, 0);
  const partners = ongoing.flatMap((p) => p.partners);

  return {
    counts: {
      euOngoing: ongoing.filter((p) => p.kind === 'eu').length,
      euFinished: finished.filter((p) => p.kind === 'eu').length,
      otherOngoing: ongoing.filter((p) => p.kind !== 'eu').length,
      otherFinished: finished.filter((p) => p.kind !== 'eu').length,
      applications: applications.length,
      applicationsGranted,
      applicationsRejected,
      applicationsPending: applications.filter(
        (p) => p.status === 'applied' || p.status === 'planned',
      ).length,
      applicationsWithdrawn: applications.filter((p) => p.status === 'withdrawn').length,
      activities: yearActivities.length,
    },
    funding: {
      grantedSek: grantedSek.sek,
      granted,
      appliedSek: appliedSek.sek,
      applied,
      ongoingGrantedSek: ongoingGrantedSek.sek,
      ongoingGranted,
      ownContributionSek: ownContributionSek.sek,
      ownContributionCash,
      ownContributionInKind,
      mixedCurrencies: moneySums.some((sums) => Object.keys(sums).some((c) => c !== 'SEK')),
      unconverted: {
        granted: grantedSek.unconverted,
        applied: appliedSek.unconverted,
        ongoingGranted: ongoingGrantedSek.unconverted,
        ownContribution: ownContributionSek.unconverted,
      },
      exchangeRates: conversion.used,
      missingRates: conversion.missing,
    },
    successRate: ratio(applicationsGranted, applicationsGranted + applicationsRejected),
    decidedApplications: decided,
    projectsPerProgramme: countCodes(
      'programme',
      programmes,
      ongoing.map((p) => p.programme),
    ),
    partners: {
      total: partners.length,
      byType: countCodes(
        'type',
        partnerTypes,
        partners.map((p) => p.type),
      ),
      countries: [...new Set(partners.flatMap((p) => (p.country ? [p.country] : [])))].sort(),
      projectsWithLinnaeusUniversity: ongoing.filter((p) => p.withLinnaeusUniversity).length,
      projectsWithBusiness: ongoing.filter((p) => p.withBusiness).length,
    },
    sustainability: countCodes(
      'dimension',
      sustainabilityDimensions,
      ongoing.flatMap((p) => p.sustainability),
    ),
    strategyMeans: countCodes(
      'mean',
      strategyMeans,
      ongoing.flatMap((p) => p.strategyMeans),
    ),
    activitiesByType: countCodes(
      'type',
      activityTypes,
      yearActivities.map((a) => a.type),
    ),
    travel: {
      activitiesWithTravel: yearActivities.filter((a) => a.travelMode !== 'none').length,
      flights: flights.length,
      flightTrips,
      flightTripsNotCompensated: flightTrips - compensatedTrips,
      co2eKg: yearActivities.reduce((kg, a) => kg + co2eOf(a), 0),
      compensatedFlightShare: ratio(compensatedTrips, flightTrips),
      digitalShare: ratio(yearActivities.filter((a) => a.digital).length, yearActivities.length),
    },
    ...(initiatives ? { fundingConsidered: fundingConsideredFigure(initiatives, year) } : {}),
  };
}

/** The key figures that are sums in kronor. */
export const sekFigures = [
  'grantedSek',
  'appliedSek',
  'ongoingGrantedSek',
  'ownContributionSek',
] as const;
export type SekFigure = (typeof sekFigures)[number];

const unconvertedOf: Record<SekFigure, keyof KeyFigures['funding']['unconverted']> = {
  grantedSek: 'granted',
  appliedSek: 'applied',
  ongoingGrantedSek: 'ongoingGranted',
  ownContributionSek: 'ownContribution',
};

/** A money key figure as its SEK total with the parts that had no rate (see `money.ts`). */
export function sekFigureOf(figures: Pick<KeyFigures, 'funding'>, figure: SekFigure): SekSum {
  return {
    sek: figures.funding[figure],
    unconverted: figures.funding.unconverted[unconvertedOf[figure]],
  };
}
