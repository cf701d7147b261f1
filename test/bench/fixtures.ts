import {
  defaultOrganisation,
  parseOrganisationConfig,
  type OrganisationConfig,
} from '../../src/domain/organisation.js';
import {
  activityTypes,
  programmes,
  projectStatuses,
  travelModes,
  type ActivityInput,
  type ProjectInput,
} from '../../src/domain/records.js';

/**
 * Deterministic synthetic data for the benchmark and the round-trip test. The numbers must be the
 * same on every run, so the figures in docs/performance.md can be reproduced: no randomness, every
 * value derives from the record's index.
 */

/** The year the benchmark loads, as the coordinator's yearly report would. */
export const BENCH_YEAR = 2025;

/**
 * An organisation of `count` administrations (`forvaltning-1` ...), everything else as Växjö's.
 * Provisioning creates a group, a site and the two record lists for each.
 */
export function syntheticOrganisation(count: number): OrganisationConfig {
  return parseOrganisationConfig({
    ...defaultOrganisation,
    administrations: Array.from({ length: count }, (_, i) => ({
      id: `forvaltning-${i + 1}`,
      name: `Förvaltning ${i + 1}`,
      kind: 'forvaltning',
      committee: `Nämnd ${i + 1}`,
    })),
  });
}

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;
const day = (year: number, i: number) =>
  `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

/**
 * Project `i` of an administration. Years run 2019–2026 so the server-side year filter has
 * something to leave out; every status gets the dates its lifecycle rule requires.
 */
export function syntheticProject(administrationId: string, i: number): ProjectInput {
  const status = pick(projectStatuses, i);
  const year = 2019 + (i % 8);
  const applied = ['applied', 'granted', 'rejected', 'ongoing', 'completed'].includes(status);
  const decided = ['granted', 'rejected', 'ongoing', 'completed'].includes(status);
  const started = ['granted', 'ongoing', 'completed'].includes(status);
  return {
    administrationId,
    title: `Projekt ${i + 1} ${administrationId}`,
    kind: i % 3 === 0 ? 'eu' : 'international',
    status,
    programme: pick(programmes, i),
    role: i % 2 === 0 ? 'lead' : 'partner',
    description: `Samverkan kring hållbar utveckling, del ${i + 1}.`,
    partners: [
      {
        name: `Partner ${i % 17}`,
        country: pick(['DE', 'PL', 'LT', 'FI', 'DK'], i),
        type: 'municipality',
      },
    ],
    withLinnaeusUniversity: i % 4 === 0,
    withBusiness: i % 5 === 0,
    ...(applied ? { applicationSubmitted: day(year, i) } : {}),
    ...(decided
      ? { decisionDate: day(year, i + 1) > day(year, i) ? day(year, i + 1) : `${year}-12-31` }
      : {}),
    ...(started ? { startDate: `${year + 1}-01-15` } : {}),
    ...(started && i % 2 === 0 ? { endDate: `${year + 3}-06-30` } : {}),
    ...(status === 'completed' ? { endDate: `${year + 2}-12-31` } : {}),
    currency: i % 2 === 0 ? 'SEK' : 'EUR',
    appliedAmount: 100_000 + (i % 50) * 10_000,
    ...(decided ? { grantedAmount: 80_000 + (i % 40) * 10_000 } : {}),
    ownContributionCash: 10_000 + (i % 9) * 1_000,
    sustainability: i % 2 === 0 ? ['ecological', 'social'] : ['economic'],
    strategyMeans: ['external-funding', 'international-cooperation'],
    expectedResults: 'Nya arbetssätt och stärkt samverkan i regionen.',
  };
}

/** Activity `i` of an administration: start dates over 2022–2026, travel for the physical ones. */
export function syntheticActivity(administrationId: string, i: number): ActivityInput {
  const digital = i % 4 === 0;
  const travelMode = digital
    ? 'none'
    : pick(
        travelModes.filter((m) => m !== 'none'),
        i,
      );
  return {
    administrationId,
    title: `Aktivitet ${i + 1} ${administrationId}`,
    type: pick(activityTypes, i),
    startDate: day(2022 + (i % 5), i),
    place: pick(['Bryssel', 'Kaunas', 'Gdańsk', 'Rostock', 'Åbo'], i),
    country: pick(['BE', 'LT', 'PL', 'DE', 'FI'], i),
    participants: 1 + (i % 6),
    digital,
    travelMode,
    ...(digital ? {} : { distanceKm: 200 + (i % 20) * 100 }),
    climateCompensated: travelMode === 'flight' && i % 2 === 0,
    results: 'Kontakter för kommande ansökningar.',
  };
}

/**
 * How many of the `n` records of an administration are projects and activities: one third and
 * two thirds, the same ratio as the report rendering figure (1,000 projects, 2,000 activities).
 */
export function splitRecords(n: number): { projects: number; activities: number } {
  const projects = Math.floor(n / 3);
  return { projects, activities: n - projects };
}
