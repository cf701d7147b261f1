import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  buildDashboardSummary,
} from '../../../src/tab/features/dashboard/dashboard-model';
import { initiative } from '../report/fixtures';
import { aProject, anActivity } from './support';

const administrations = [
  { id: 'utbildning', name: 'Utbildningsförvaltningen' },
  { id: 'omsorg', name: 'Omsorgsförvaltningen' },
  { id: 'kultur-fritid', name: 'Kultur- och fritidsförvaltningen', shortName: 'Kultur och fritid' },
];

/** Utbildning 2025: 3 initiatives, 2 considered; Omsorg 2025: 1 of 1; Utbildning 2024: 0 of 1. */
const initiatives = [
  initiative({ id: 'd1', fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({ id: 'd2', fundingConsidered: true, fundingOutcome: 'no-call-found' }),
  initiative({ id: 'd3' }),
  initiative({
    id: 'd4',
    administrationId: 'omsorg',
    fundingConsidered: true,
    fundingOutcome: 'applied',
  }),
  initiative({ id: 'd5', year: 2024 }),
];

const chartOf = (year: number, withInitiatives = true) =>
  buildDashboard({
    projects: [],
    activities: [],
    administrations,
    years: [2024, 2025],
    year,
    rounds: [],
    ...(withInitiatives ? { initiatives } : {}),
  }).find((c) => c.id === 'fundingConsidered');

describe('buildDashboard considered share', () => {
  it('should give the share of initiatives where funding was considered per administration in percent', () => {
    expect(chartOf(2025)?.series).toEqual([
      { key: 'fundingConsidered', values: [66.7, 100, null] },
    ]);
  });

  it('should name the administrations by their full names, even where they have a short one', () => {
    expect(chartOf(2025)?.categories).toEqual([
      'Utbildningsförvaltningen',
      'Omsorgsförvaltningen',
      'Kultur- och fritidsförvaltningen',
    ]);
  });

  it('should follow the chosen year', () => {
    expect(chartOf(2024)?.series[0]?.values).toEqual([0, null, null]);
  });

  it('should leave the chart out when no initiatives were loaded', () => {
    expect(chartOf(2025, false)).toBeUndefined();
  });
});

describe('buildDashboardSummary', () => {
  const goodProject = aProject({
    id: 'p1',
    status: 'ongoing',
    startDate: '2024-09-01',
    endDate: '2026-06-30',
    goodExample: true,
    goodExampleSummary: 'Elever mäter energin i sina skolor.',
  });
  const goodActivity = (startDate: string) =>
    anActivity({ startDate, goodExample: true, goodExampleSummary: 'Öppet webbinarium.' });

  it('should count the good examples of the chosen year only', () => {
    const summary = buildDashboardSummary({
      projects: [goodProject],
      activities: [goodActivity('2025-03-01'), goodActivity('2024-03-01')],
      year: 2025,
    });
    expect(summary.goodExamples).toBe(2);
  });

  it('should give the considered share over every administration of the year', () => {
    const summary = buildDashboardSummary({
      projects: [],
      activities: [],
      initiatives,
      year: 2025,
    });
    expect(summary.fundingConsidered).toMatchObject({ initiatives: 4, considered: 3, share: 0.75 });
  });

  it('should have no considered share when no initiatives were loaded', () => {
    const summary = buildDashboardSummary({ projects: [], activities: [], year: 2025 });
    expect(summary.fundingConsidered).toBeUndefined();
  });
});
