import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation';
import {
  buildMandatePeriodModel,
  mandatePeriodModelSchema,
  type MandatePeriodInput,
  type MandatePeriodModel,
} from '../../../src/domain/report-model';
import { initiative } from '../report/fixtures';
import { makeActivity, makeApplication, makeProject } from './factories';

/** Growing work over 2023–2026: one more project and activity each year. */
function records() {
  // Applied for before the period, so only a23 and a24 are applications of the period.
  const before = { applicationSubmitted: '2022-03-15', decisionDate: '2022-09-01' };
  const projects = [
    makeProject({
      ...before,
      id: 'p23',
      startDate: '2023-01-01',
      endDate: '2026-12-31',
    }),
    makeProject({
      ...before,
      id: 'p24',
      administrationId: 'omsorg',
      startDate: '2024-01-01',
      endDate: '2026-12-31',
    }),
    makeProject({
      ...before,
      id: 'p25',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
    }),
    makeApplication({
      id: 'a23',
      status: 'rejected',
      applicationSubmitted: '2023-03-01',
      decisionDate: '2023-09-01',
    }),
    makeApplication({
      id: 'a24',
      status: 'granted',
      applicationSubmitted: '2024-03-01',
      decisionDate: '2024-09-01',
      grantedAmount: 500_000,
    }),
  ];
  const activities = [2023, 2024, 2024, 2025, 2025, 2025].map((year, i) =>
    makeActivity({ id: `act${i}`, startDate: `${year}-05-05` }),
  );
  return { projects, activities, submissions: [] };
}

const build = (overrides: Partial<MandatePeriodInput> = {}): MandatePeriodModel =>
  buildMandatePeriodModel({
    organisation: defaultOrganisation,
    period: 2024,
    ...records(),
    generatedAt: '2025-06-01T00:00:00Z',
    ...overrides,
  });

const trend = (model: MandatePeriodModel, metric: string) =>
  model.trends.find((t) => t.metric === metric);

describe('buildMandatePeriodModel', () => {
  it('should find the period from a year within it', () => {
    expect(build().meta.period).toMatchObject({ start: 2023, end: 2026 });
  });

  it('should accept the period itself', () => {
    const period = defaultOrganisation.mandatePeriods[1]!;
    expect(build({ period }).years).toEqual([2019, 2020, 2021, 2022]);
  });

  it('should reject a year outside every period naming the field', () => {
    expect(() => build({ period: 2031 })).toThrow(/^period: 2031/);
  });

  it('should put the four years side by side', () => {
    const model = build();
    expect(model.keyFigures.map((y) => [y.year, y.keyFigures.counts.euOngoing])).toEqual([
      [2023, 1],
      [2024, 2],
      [2025, 3],
      [2026, 3],
    ]);
  });

  it('should mark the years that have not ended as incomplete', () => {
    expect(build().keyFigures.map((y) => y.complete)).toEqual([true, true, false, false]);
  });

  it('should show the trend of ongoing projects', () => {
    expect(trend(build(), 'projectsOngoing')).toEqual({
      metric: 'projectsOngoing',
      values: [1, 2, 3, 3],
      change: 2,
      direction: 'up',
    });
  });

  it('should show a falling trend', () => {
    expect(trend(build(), 'activities')).toMatchObject({
      values: [1, 2, 3, 0],
      change: -1,
      direction: 'down',
    });
  });

  it('should follow the share of initiatives where external funding was considered', () => {
    const initiatives = [
      initiative({ id: 'd1', year: 2023 }),
      initiative({ id: 'd2', year: 2024, fundingConsidered: true, fundingOutcome: 'applied' }),
      initiative({ id: 'd3', year: 2024 }),
    ];
    expect(trend(build({ initiatives }), 'fundingConsideredShare')).toEqual({
      metric: 'fundingConsideredShare',
      values: [0, 0.5, null, null],
      change: 0.5,
      direction: 'up',
    });
  });

  it('should have no considered share without initiatives, not a share of zero', () => {
    expect(trend(build(), 'fundingConsideredShare')?.values).toEqual([null, null, null, null]);
  });

  it('should leave out years without a defined share', () => {
    expect(trend(build(), 'successRate')).toEqual({
      metric: 'successRate',
      values: [0, 1, null, null],
      change: 1,
      direction: 'up',
    });
  });

  it('should call a trend unknown with fewer than two values', () => {
    expect(trend(build(), 'compensatedFlightShare')).toMatchObject({
      change: null,
      direction: 'unknown',
    });
  });

  it('should give each administration its years and trends', () => {
    const omsorg = build().perAdministration.find((a) => a.id === 'omsorg')!;
    expect(omsorg.keyFigures.map((y) => y.keyFigures.counts.euOngoing)).toEqual([0, 1, 1, 1]);
  });

  it('should scope the model to one administration', () => {
    const model = build({ administrationId: 'omsorg' });
    expect([model.meta.scope, model.perAdministration.length]).toEqual([
      { kind: 'administration', administrationId: 'omsorg' },
      0,
    ]);
  });

  it('should be a valid model by its own schema', () => {
    expect(mandatePeriodModelSchema.safeParse(build()).success).toBe(true);
  });
});
