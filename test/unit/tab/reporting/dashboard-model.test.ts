import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  dashboardYears,
} from '../../../../src/tab/features/dashboard/dashboard-model';
import { aProject, anActivity } from '../support';

const administrations = [
  { id: 'utbildning', name: 'Utbildningsförvaltningen' },
  { id: 'omsorg', name: 'Omsorgsförvaltningen' },
];
const granted = aProject({
  id: 'p1',
  kind: 'eu',
  status: 'ongoing',
  programme: 'erasmus-plus',
  applicationSubmitted: '2024-03-01',
  decisionDate: '2024-06-01',
  startDate: '2024-08-01',
  grantedAmount: 500_000,
});
const rejected = aProject({
  id: 'p2',
  status: 'rejected',
  programme: 'interreg',
  applicationSubmitted: '2024-04-01',
  decisionDate: '2024-09-01',
});
const flight = (climateCompensated: boolean) =>
  anActivity({
    startDate: '2025-03-01',
    travelMode: 'flight',
    participants: 2,
    distanceKm: 1000,
    climateCompensated,
  });

const dashboard = buildDashboard({
  projects: [granted, rejected],
  activities: [flight(true), flight(false)],
  administrations,
  years: [2024, 2025],
  year: 2025,
  rounds: [],
});
const chart = (id: string) => dashboard.find((c) => c.id === id);

describe('buildDashboard', () => {
  it('should put granted funding in the year of the decision under its programme', () => {
    expect(chart('funding')?.series).toEqual([
      { key: 'erasmus-plus', programme: 'erasmus-plus', values: [500_000, 0] },
    ]);
  });

  it('should count ongoing projects per administration in the chosen year', () => {
    expect(chart('perAdministration')?.series[0]?.values).toEqual([1, 0]);
  });

  it('should give the success rate in percent and none for a year without decisions', () => {
    expect(chart('successRate')?.series[0]?.values).toEqual([50, null]);
  });

  it('should split flight trips into compensated and not compensated', () => {
    expect(chart('travel')?.series.map((s) => s.values[1])).toEqual([2, 2]);
  });
});

describe('dashboardYears', () => {
  it('should end with the given year', () => {
    expect(dashboardYears(2026, 3)).toEqual([2024, 2025, 2026]);
  });
});
