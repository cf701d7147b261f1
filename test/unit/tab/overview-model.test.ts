import { describe, expect, it } from 'vitest';
import { reportingRoundSchema, type ExchangeRate } from '../../../src/domain/records';
import { eurRate, nokRate } from '../domain/money-fixture';
import { buildOverview } from '../../../src/tab/features/overview/overview-model';
import { submissionSchema } from '../../../src/domain/records';
import { aProject, anActivity } from './support';

const today = '2026-03-01';
const base = {
  projects: [],
  activities: [],
  reporting: undefined,
  administrations: ['utbildning'],
  today,
};

describe('buildOverview', () => {
  it('should count projects past their end date that still say ongoing', () => {
    const projects = [
      aProject({ status: 'ongoing', startDate: '2024-01-01', endDate: '2025-12-31' }),
    ];
    expect(buildOverview({ ...base, projects }).pastEnd).toBe(1);
  });

  it('should count flights that are not climate-compensated', () => {
    const activities = [
      anActivity({ travelMode: 'flight', distanceKm: 2000 }),
      anActivity({ travelMode: 'flight', distanceKm: 2000, climateCompensated: true }),
    ];
    expect(buildOverview({ ...base, activities }).uncompensated).toBe(1);
  });

  it('should count completed projects and past activities without results', () => {
    const projects = [
      aProject({ status: 'completed', startDate: '2024-01-01', endDate: '2025-01-01' }),
    ];
    const activities = [
      anActivity({ startDate: '2025-05-01' }),
      anActivity({ startDate: '2025-05-01', results: 'Ny partner' }),
    ];
    expect(buildOverview({ ...base, projects, activities }).withoutResults).toBe(2);
  });

  it('should leave out records of administrations outside the scope', () => {
    const projects = [aProject({ administrationId: 'omsorg' })];
    expect(buildOverview({ ...base, projects }).projects).toBe(0);
  });

  it('should list an administration whose report for last year is only a draft', () => {
    const submissions = [
      submissionSchema.parse({ administrationId: 'utbildning', year: 2025, status: 'draft' }),
    ];
    expect(
      buildOverview({ ...base, reporting: { submissions, decisions: [] } }).reportMissing,
    ).toEqual(['utbildning']);
  });

  it('should not claim a missing report when submissions could not be read', () => {
    expect(buildOverview(base).reportMissing).toBeUndefined();
  });

  describe('exchange rates', () => {
    const year = Number(base.today.slice(0, 4)) - 1;
    const nok = aProject({
      status: 'applied',
      currency: 'NOK',
      applicationSubmitted: `${year}-03-01`,
      appliedAmount: 85_000,
    });
    const round = (rates: ExchangeRate[]) =>
      reportingRoundSchema.parse({ year, deadline: `${year + 1}-02-15`, exchangeRates: rates });

    it("should list a currency of the report year's money that its round has no rate for", () => {
      const model = buildOverview({ ...base, projects: [nok], rounds: [round([eurRate])] });
      expect(model.missingRates).toEqual(['NOK']);
    });

    it('should list nothing once the rate is entered', () => {
      const model = buildOverview({ ...base, projects: [nok], rounds: [round([nokRate])] });
      expect(model.missingRates).toEqual([]);
    });

    it('should not claim a missing rate when the rounds could not be read', () => {
      expect(buildOverview({ ...base, projects: [nok] }).missingRates).toBeUndefined();
    });
  });
});
