import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation';
import {
  buildReportModel,
  diffReportModels,
  freezeReportModel,
  frozenModelOf,
  reportModelSchema,
  type ReportInput,
  type ReportModel,
} from '../../../src/domain/report-model';
import {
  makeActivity,
  makeApplication,
  makeProject,
  makeReportingRound,
  makeSubmission,
} from './factories';
import { initiative } from '../report/fixtures';
import { reportFixture } from './report-fixture';

const generatedAt = '2025-03-01T08:00:00.000Z';

const build = (overrides: Partial<ReportInput> = {}): ReportModel =>
  buildReportModel({
    organisation: defaultOrganisation,
    year: 2024,
    ...reportFixture(),
    generatedAt,
    ...overrides,
  });

const ids = (items: readonly { id?: string | undefined }[]) => items.map((i) => i.id);

describe('buildReportModel', () => {
  describe('meta', () => {
    it('should describe the organisation, year and scope', () => {
      expect(build().meta).toMatchObject({
        version: 1,
        organisationName: 'Växjö kommun',
        goalArea: 'Arbete och Företag',
        year: 2024,
        from: '2024-01-01',
        to: '2024-12-31',
        scope: { kind: 'municipality' },
        mandatePeriod: { start: 2023, end: 2026 },
        generatedAt,
      });
    });

    it('should list every administration for the whole municipality', () => {
      expect(build().meta.administrations).toHaveLength(10);
    });

    it('should be a valid model by its own schema', () => {
      expect(reportModelSchema.safeParse(build()).success).toBe(true);
    });

    it('should be deterministic for the same input', () => {
      expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
    });
  });

  describe('sections', () => {
    it('should list the ongoing EU projects by start date', () => {
      expect(ids(build().sections.euProjects.ongoing)).toEqual(['p1', 'p2']);
    });

    it('should list the EU projects finished in the year', () => {
      expect(ids(build().sections.euProjects.finished)).toEqual(['p2']);
    });

    it('should list the other international projects', () => {
      const { otherProjects } = build().sections;
      expect([ids(otherProjects.ongoing), ids(otherProjects.finished)]).toEqual([['p3'], []]);
    });

    it('should list every application of the year with its outcome, by date', () => {
      const applications = build().sections.applications;
      expect(applications.map((a) => [a.id, a.outcome])).toEqual([
        ['a1', 'granted'],
        ['a2', 'rejected'],
        ['a3', 'applied'],
        ['a4', 'withdrawn'],
      ]);
    });

    it('should sort projects with the same date by title', () => {
      const projects = [
        makeProject({ id: 'z', title: 'Östersjön', startDate: '2024-02-01' }),
        makeProject({ id: 'y', title: 'Alpha', startDate: '2024-02-01' }),
        makeProject({ id: 'x', title: 'Beta', startDate: '2024-01-15' }),
      ];
      const model = build({ projects, activities: [], submissions: [] });
      expect(ids(model.sections.euProjects.ongoing)).toEqual(['x', 'y', 'z']);
    });

    it('should group the other work by activity type in the enum order', () => {
      const groups = build().sections.otherWork;
      expect(groups.map((g) => [g.type, ids(g.activities)])).toEqual([
        ['conference', ['act4', 'act1']],
        ['network-meeting', ['act3']],
        ['study-visit', ['act2']],
      ]);
    });

    it('should resolve the CO2e and compensation flag of each activity', () => {
      const conference = build().sections.otherWork[0]!.activities;
      expect(conference.map((a) => [a.co2eKg, a.needsClimateCompensation])).toEqual([
        [207, true],
        [706, false],
      ]);
    });

    it('should carry the achieved results of the year’s projects', () => {
      expect(build().sections.results.projects).toEqual([
        {
          projectId: 'p1',
          administrationId: 'kommunledning',
          title: 'Gröna städer',
          achievedResults: 'Tre nya laddstationer.',
        },
      ]);
    });

    it('should carry the narratives of the year’s submissions', () => {
      const narratives = build().sections.results.narratives;
      expect(narratives.map((n) => [n.administrationId, n.status])).toEqual([
        ['kommunledning', 'submitted'],
        ['utbildning', 'draft'],
        ['omsorg', 'approved'],
      ]);
    });

    it('should drop store metadata from listed records', () => {
      const project = makeProject({ id: 'p9', etag: '"3"', modifiedBy: 'någon' });
      const model = build({ projects: [project], activities: [], submissions: [] });
      expect(model.sections.euProjects.ongoing[0]).not.toHaveProperty('etag');
    });
  });

  describe('keyFigures', () => {
    it('should count every section', () => {
      expect(build().keyFigures.counts).toEqual({
        euOngoing: 2,
        euFinished: 1,
        otherOngoing: 1,
        otherFinished: 0,
        applications: 4,
        applicationsGranted: 1,
        applicationsRejected: 1,
        applicationsPending: 1,
        applicationsWithdrawn: 1,
        activities: 4,
      });
    });

    it('should sum funding per currency and keep a currency without a rate out of the SEK figures, flagged', () => {
      expect(build().keyFigures.funding).toEqual({
        grantedSek: 1_700_000,
        granted: { SEK: 1_700_000 },
        appliedSek: 2_900_000,
        applied: { SEK: 2_900_000 },
        ongoingGrantedSek: 1_000_000,
        ongoingGranted: { SEK: 1_000_000, EUR: 30_000 },
        ownContributionSek: 300_000,
        ownContributionCash: { SEK: 200_000 },
        ownContributionInKind: { SEK: 100_000 },
        mixedCurrencies: true,
        unconverted: {
          granted: {},
          applied: {},
          ongoingGranted: { EUR: 30_000 },
          ownContribution: {},
        },
        exchangeRates: [],
        missingRates: ['EUR'],
      });
    });

    it('should give the success rate among decided applications', () => {
      expect(build().keyFigures).toMatchObject({ successRate: 0.5, decidedApplications: 2 });
    });

    it('should give no success rate when no application is decided', () => {
      const model = build({ projects: [makeApplication()], activities: [], submissions: [] });
      expect(model.keyFigures).toMatchObject({ successRate: null, decidedApplications: 0 });
    });

    it('should count the ongoing projects per programme', () => {
      const perProgramme = build().keyFigures.projectsPerProgramme.filter((p) => p.count > 0);
      expect(perProgramme).toEqual([
        { programme: 'interreg', count: 1 },
        { programme: 'erasmus-plus', count: 1 },
        { programme: 'icld', count: 1 },
      ]);
    });

    it('should count partners, Linnéuniversitetet and business', () => {
      const { partners } = build().keyFigures;
      expect(partners).toMatchObject({
        total: 3,
        countries: ['DE', 'EE', 'LT'],
        projectsWithLinnaeusUniversity: 1,
        projectsWithBusiness: 1,
      });
    });

    it('should count sustainability dimensions of ongoing projects', () => {
      expect(build().keyFigures.sustainability).toEqual([
        { dimension: 'ecological', count: 1 },
        { dimension: 'economic', count: 1 },
        { dimension: 'social', count: 1 },
      ]);
    });

    it('should sum travel, flights and the compensated and digital shares', () => {
      expect(build().keyFigures.travel).toEqual({
        activitiesWithTravel: 3,
        flights: 2,
        flightTrips: 3,
        flightTripsNotCompensated: 1,
        co2eKg: 930,
        compensatedFlightShare: 2 / 3,
        digitalShare: 0.25,
      });
    });

    it('should give no shares without activities', () => {
      const model = build({ activities: [] });
      expect(model.keyFigures.travel).toMatchObject({
        compensatedFlightShare: null,
        digitalShare: null,
      });
    });

    it('should not report mixed currencies when everything is in SEK', () => {
      const model = build({ projects: [makeProject()], activities: [], submissions: [] });
      expect(model.keyFigures.funding.mixedCurrencies).toBe(false);
    });
  });

  describe('completeness', () => {
    it('should give each administration its submission status or missing', () => {
      const statuses = build().completeness.administrations.map((a) => a.status);
      expect(statuses).toEqual([
        'submitted',
        'draft',
        'approved',
        'missing',
        'missing',
        'missing',
        'missing',
        'missing',
        'missing',
        'missing',
      ]);
    });

    it('should count submitted and approved reports', () => {
      expect(build().completeness).toMatchObject({ submitted: 2, total: 10 });
    });

    it('should take the deadline from the year’s reporting round', () => {
      const rounds = [
        makeReportingRound({ year: 2023, deadline: '2024-02-15' }),
        makeReportingRound(),
      ];
      expect(build({ rounds }).completeness).toMatchObject({ deadline: '2025-02-15', open: true });
    });

    it('should say who submitted and when', () => {
      expect(build().completeness.administrations[0]).toMatchObject({
        submittedBy: 'kontakt.kommunledning@vaxjo.example',
        submittedAt: '2025-02-01T10:00:00Z',
        source: 'live',
        changesSinceSubmission: null,
      });
    });

    it('should name administrations on records that the organisation does not know', () => {
      const fixture = reportFixture();
      const orphan = makeProject({ id: 'p-old', administrationId: 'gatukontoret' });
      const model = build({ projects: [...fixture.projects, orphan] });
      expect(model.completeness.unknownAdministrationIds).toEqual(['gatukontoret']);
    });

    it('should leave records of unknown administrations out of the figures', () => {
      const fixture = reportFixture();
      const orphan = makeProject({ id: 'p-old', administrationId: 'gatukontoret' });
      const model = build({ projects: [...fixture.projects, orphan] });
      expect(model.keyFigures.counts.euOngoing).toBe(2);
    });
  });

  describe('per administration', () => {
    it('should give one chapter per administration for the whole municipality', () => {
      expect(build().perAdministration.map((c) => c.id)).toEqual(
        defaultOrganisation.administrations.map((a) => a.id),
      );
    });

    it('should limit each chapter to its administration', () => {
      const chapter = build().perAdministration.find((c) => c.id === 'kommunledning')!;
      expect([
        ids(chapter.sections.euProjects.ongoing),
        ids(chapter.sections.applications),
      ]).toEqual([['p1'], ['a1']]);
    });

    it('should add up the chapters to the municipality figures', () => {
      const model = build();
      const sum = model.perAdministration.reduce((n, c) => n + c.keyFigures.counts.applications, 0);
      expect(sum).toBe(model.keyFigures.counts.applications);
    });

    it('should scope the whole report to one administration', () => {
      const model = build({ administrationId: 'utbildning' });
      expect({
        scope: model.meta.scope,
        ongoing: ids(model.sections.euProjects.ongoing),
        applications: ids(model.sections.applications),
        activities: model.keyFigures.counts.activities,
        completeness: model.completeness.administrations.map((a) => a.administrationId),
        chapters: model.perAdministration.length,
      }).toEqual({
        scope: { kind: 'administration', administrationId: 'utbildning' },
        ongoing: ['p2'],
        applications: ['a2'],
        activities: 1,
        completeness: ['utbildning'],
        chapters: 0,
      });
    });

    it('should reject an unknown administration naming the field', () => {
      expect(() => build({ administrationId: 'polisen' })).toThrow(/^administrationId: "polisen"/);
    });
  });
});

describe('frozen snapshots', () => {
  const frozenSubmission = (model: ReportModel) =>
    makeSubmission({
      id: 's-frozen',
      administrationId: 'utbildning',
      status: 'submitted',
      submittedAt: '2025-02-01T10:00:00Z',
      snapshot: freezeReportModel(model),
    });
  const lateProject = makeProject({
    id: 'late',
    administrationId: 'utbildning',
    title: 'Sent inlagt',
  });

  const setup = () => {
    const fixture = reportFixture();
    const frozen = build({ ...fixture, administrationId: 'utbildning' });
    const submissions = [frozenSubmission(frozen)];
    return { fixture, frozen, submissions, projects: [...fixture.projects, lateProject] };
  };

  it('should read a frozen model back from a submitted submission', () => {
    const { frozen, submissions } = setup();
    expect(frozenModelOf(submissions[0]!)).toEqual(frozen);
  });

  it('should ignore the snapshot of a draft', () => {
    const { submissions } = setup();
    expect(frozenModelOf({ ...submissions[0]!, status: 'draft' })).toBeUndefined();
  });

  it('should ignore a snapshot of another year', () => {
    const { submissions } = setup();
    expect(frozenModelOf({ ...submissions[0]!, year: 2023 })).toBeUndefined();
  });

  it('should ignore a snapshot that is not a report model', () => {
    const { submissions } = setup();
    expect(frozenModelOf({ ...submissions[0]!, snapshot: '{"meta":{}}' })).toBeUndefined();
  });

  it('should report a frozen administration as it was submitted', () => {
    const { submissions, projects } = setup();
    const model = build({ projects, submissions });
    const chapter = model.perAdministration.find((c) => c.id === 'utbildning')!;
    expect(ids(chapter.sections.euProjects.ongoing)).toEqual(['p2']);
  });

  it('should count the changes made since the submission', () => {
    const { submissions, projects } = setup();
    const entry = build({ projects, submissions }).completeness.administrations[1];
    expect(entry).toMatchObject({ source: 'snapshot', changesSinceSubmission: expect.any(Number) });
    expect(entry?.changesSinceSubmission).toBeGreaterThan(0);
  });

  it('should find no changes when nothing was edited', () => {
    const { submissions, fixture } = setup();
    const entry = build({ ...fixture, submissions }).completeness.administrations[1];
    expect(entry?.changesSinceSubmission).toBe(0);
  });

  it('should use the live lists when asked', () => {
    const { submissions, projects } = setup();
    const model = build({ projects, submissions, source: 'live' });
    const chapter = model.perAdministration.find((c) => c.id === 'utbildning')!;
    expect(ids(chapter.sections.euProjects.ongoing)).toEqual(['p2', 'late']);
  });
});

describe('diffReportModels', () => {
  it('should find no change between equal models', () => {
    expect(diffReportModels(build(), build({ generatedAt: '2026-01-01T00:00:00Z' }))).toEqual([]);
  });

  it('should not count the live considered share as a change to the recorded content', () => {
    const initiatives = [
      initiative({ year: 2024, fundingConsidered: true, fundingOutcome: 'applied' }),
    ];
    expect(diffReportModels(build(), build({ initiatives }))).toEqual([]);
  });

  it('should name an added project by id', () => {
    const fixture = reportFixture();
    const extra = makeProject({ id: 'p-new', title: 'Nytt' });
    const changes = diffReportModels(build(), build({ projects: [...fixture.projects, extra] }));
    expect(changes).toContainEqual(
      expect.objectContaining({ path: 'sections.euProjects.ongoing[p-new]', kind: 'added' }),
    );
  });

  it('should name a removed activity by id', () => {
    const fixture = reportFixture();
    const activities = fixture.activities.filter((a) => a.id !== 'act2');
    const changes = diffReportModels(build(), build({ activities }));
    expect(changes).toContainEqual(
      expect.objectContaining({ path: 'sections.otherWork[study-visit]', kind: 'removed' }),
    );
  });

  it('should show a changed figure with before and after', () => {
    const fixture = reportFixture();
    const activities = [
      ...fixture.activities,
      makeActivity({ id: 'act9', startDate: '2024-03-03' }),
    ];
    const changes = diffReportModels(build(), build({ activities }));
    expect(changes).toContainEqual({
      path: 'keyFigures.counts.activities',
      kind: 'changed',
      before: 4,
      after: 5,
    });
  });

  it('should show a changed outcome of an application', () => {
    const fixture = reportFixture();
    const projects = fixture.projects.map((p) =>
      p.id === 'a3' ? { ...p, status: 'rejected' as const, decisionDate: '2024-12-01' } : p,
    );
    const changes = diffReportModels(build(), build({ projects }));
    expect(changes).toContainEqual({
      path: 'sections.applications[a3].outcome',
      kind: 'changed',
      before: 'applied',
      after: 'rejected',
    });
  });
});
