import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { buildReportModel, computeKeyFigures } from '../../../src/domain/report-model';
import { projectStatuses, type ProjectStatus } from '../../../src/domain/records';
import { makeActivity, makeApplication, makeProject, makeSubmission } from './factories';

/**
 * The boundaries of the key figures that a changed rule would move unseen: which statuses count
 * as pending, which decisions as granted in the year, and which submission speaks for an
 * administration. Each test fails when its rule is turned around (checked with mutation testing).
 */

const figuresOf = (projects: Parameters<typeof computeKeyFigures>[0]['projects']) =>
  computeKeyFigures({ projects, activities: [], rates: [] }, 2024);

/** An application of 2024 in the given status, with the dates that status needs. */
function applicationIn(status: ProjectStatus) {
  const decided = !['planned', 'applied'].includes(status);
  const running = ['ongoing', 'completed'].includes(status);
  return makeApplication({
    status,
    applicationSubmitted: '2024-03-01',
    ...(decided ? { decisionDate: '2024-06-01' } : {}),
    ...(running ? { startDate: '2024-07-01', endDate: '2024-12-31' } : {}),
  });
}

describe('key figures', () => {
  it.each(projectStatuses.map((s) => [s] as const))(
    'should count one application of the year in status %s in exactly one outcome',
    (status) => {
      const { counts } = figuresOf([applicationIn(status)]);
      const outcomes = {
        granted: counts.applicationsGranted,
        rejected: counts.applicationsRejected,
        pending: counts.applicationsPending,
        withdrawn: counts.applicationsWithdrawn,
      };
      const expected =
        status === 'planned' || status === 'applied'
          ? 'pending'
          : status === 'rejected' || status === 'withdrawn'
            ? status
            : 'granted';
      expect(outcomes).toEqual({
        granted: 0,
        rejected: 0,
        pending: 0,
        withdrawn: 0,
        [expected]: 1,
      });
    },
  );

  it('should sum the money granted in the year over granted decisions only, not rejected ones', () => {
    const projects = [
      makeProject({ status: 'granted', decisionDate: '2024-05-01', grantedAmount: 1000 }),
      makeProject({
        status: 'rejected',
        decisionDate: '2024-05-01',
        startDate: undefined,
        endDate: undefined,
        grantedAmount: 70,
      }),
      makeProject({ status: 'granted', decisionDate: '2023-12-31', grantedAmount: 5 }),
    ];
    expect(figuresOf(projects).funding.grantedSek).toBe(1000);
  });

  it.each([['ongoing'] as const, ['completed'] as const])(
    'should count a %s project decided in the year as granted in the year',
    (status) => {
      const project = makeProject({
        status,
        decisionDate: '2024-02-01',
        startDate: '2024-03-01',
        endDate: '2024-12-31',
        grantedAmount: 300,
      });
      expect(figuresOf([project]).funding.grantedSek).toBe(300);
    },
  );

  it('should count the projects finished in the year by kind', () => {
    const finished = (kind: 'eu' | 'international') =>
      makeProject({ kind, status: 'completed', startDate: '2023-01-01', endDate: '2024-06-30' });
    const { counts } = figuresOf([finished('eu'), finished('eu'), finished('international')]);
    expect({ eu: counts.euFinished, other: counts.otherFinished }).toEqual({ eu: 2, other: 1 });
  });

  it("should count ongoing projects' partners by type and strategy means by mean, each country once", () => {
    const project = makeProject({
      partners: [
        { name: 'Tartu', country: 'EE', type: 'municipality' },
        { name: 'Tallinna Ülikool', country: 'EE', type: 'university' },
        { name: 'Okänd partner', type: 'municipality' },
      ],
      strategyMeans: ['external-funding', 'competence-development'],
    });
    const figures = figuresOf([project, makeProject({ strategyMeans: ['external-funding'] })]);
    const counted = <K extends string>(rows: ({ count: number } & Record<K, string>)[], key: K) =>
      Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r[key], r.count]));
    expect({
      partners: counted(figures.partners.byType, 'type'),
      countries: figures.partners.countries,
      means: counted(figures.strategyMeans, 'mean'),
    }).toEqual({
      partners: { municipality: 2, university: 1 },
      countries: ['EE'],
      means: { 'external-funding': 2, 'competence-development': 1 },
    });
  });

  it('should count the activities of the year by type', () => {
    const activities = [
      makeActivity({ type: 'conference' }),
      makeActivity({ type: 'study-visit' }),
      makeActivity({ type: 'study-visit' }),
      makeActivity({ type: 'study-visit', startDate: '2023-06-01' }),
    ];
    const { activitiesByType } = computeKeyFigures({ projects: [], activities, rates: [] }, 2024);
    expect(activitiesByType.filter((r) => r.count > 0)).toEqual([
      { type: 'conference', count: 1 },
      { type: 'study-visit', count: 2 },
    ]);
  });
});

describe('the submission that speaks for an administration', () => {
  const build = (submissions: ReturnType<typeof makeSubmission>[]) =>
    buildReportModel({
      organisation: defaultOrganisation,
      year: 2024,
      projects: [],
      activities: [],
      submissions,
      generatedAt: '2025-03-01T08:00:00.000Z',
    });

  it('should be the one submitted last when the store holds two for the same year', () => {
    const earlier = makeSubmission({
      status: 'submitted',
      otherWorkNarrative: 'Den första versionen.',
      submittedAt: '2025-01-10T09:00:00Z',
    });
    const later = makeSubmission({
      status: 'submitted',
      otherWorkNarrative: 'Den rättade versionen.',
      submittedAt: '2025-02-10T09:00:00Z',
    });
    for (const order of [
      [earlier, later],
      [later, earlier],
    ]) {
      const model = build(order);
      expect([
        model.sections.results.narratives.map((n) => n.otherWorkNarrative),
        model.completeness.administrations[0]?.submittedAt,
      ]).toEqual([['Den rättade versionen.'], '2025-02-10T09:00:00Z']);
    }
  });
});
