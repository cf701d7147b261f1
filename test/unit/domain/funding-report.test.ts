import { describe, expect, it } from 'vitest';
import {
  developmentInitiativeSchema,
  type DevelopmentInitiativeInput,
} from '../../../src/domain/funding';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { activitySchema } from '../../../src/domain/records';
import { buildReportModel, reportModelSchema } from '../../../src/domain/report-model';

const initiative = (over: Partial<DevelopmentInitiativeInput>) =>
  developmentInitiativeSchema.parse({
    administrationId: 'utbildning',
    title: 'Initiativ',
    year: 2025,
    fundingConsidered: false,
    ...over,
  });

/** Utbildning: 3 of 4 considered; omsorg: 0 of 1; one 2024 initiative that must not count. */
const initiatives = [
  initiative({ fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({
    fundingConsidered: true,
    fundingOutcome: 'not-suitable',
    outcomeReason: 'För liten',
  }),
  initiative({ fundingConsidered: true, fundingOutcome: 'no-call-found' }),
  initiative({}),
  initiative({ administrationId: 'omsorg' }),
  initiative({
    administrationId: 'omsorg',
    year: 2024,
    fundingConsidered: true,
    fundingOutcome: 'applied',
  }),
];

const build = (extra: Partial<Parameters<typeof buildReportModel>[0]> = {}) =>
  buildReportModel({
    organisation: defaultOrganisation,
    year: 2025,
    projects: [],
    activities: [],
    submissions: [],
    initiatives,
    generatedAt: '2026-01-15T08:00:00Z',
    ...extra,
  });

describe('buildReportModel funding considered', () => {
  it('should give the municipality share over every administration', () => {
    expect(build().keyFigures.fundingConsidered).toMatchObject({
      initiatives: 5,
      considered: 3,
      share: 0.6,
    });
  });

  it('should give each administration its own share', () => {
    const chapters = build().perAdministration;
    expect(chapters.find((c) => c.id === 'utbildning')?.keyFigures.fundingConsidered?.share).toBe(
      0.75,
    );
    expect(chapters.find((c) => c.id === 'omsorg')?.keyFigures.fundingConsidered?.share).toBe(0);
  });

  it('should give a null share to an administration without initiatives', () => {
    const chapter = build().perAdministration.find((c) => c.id === 'kultur-fritid');
    expect(chapter?.keyFigures.fundingConsidered?.share).toBeNull();
  });

  it('should limit the figure to the administration of an administration report', () => {
    expect(build({ administrationId: 'omsorg' }).keyFigures.fundingConsidered).toMatchObject({
      initiatives: 1,
      considered: 0,
    });
  });

  it('should leave the figure out when no initiatives are passed', () => {
    expect(build({ initiatives: undefined }).keyFigures.fundingConsidered).toBeUndefined();
  });

  it('should produce a model that its schema accepts', () => {
    expect(reportModelSchema.safeParse(build()).success).toBe(true);
  });
});

describe('buildReportModel good examples', () => {
  it("should list the year's good examples with their summary", () => {
    const activity = activitySchema.parse({
      id: '3',
      administrationId: 'kultur-fritid',
      title: 'Europeisk kulturvecka',
      type: 'good-example',
      startDate: '2025-09-01',
      goodExample: true,
      goodExampleSummary: 'Biblioteken visade hur flerspråkig läsning når nya grupper.',
    });
    expect(build({ activities: [activity] }).goodExamples).toEqual([
      {
        kind: 'activity',
        id: '3',
        administrationId: 'kultur-fritid',
        title: 'Europeisk kulturvecka',
        summary: 'Biblioteken visade hur flerspråkig läsning når nya grupper.',
        category: 'good-example',
        date: '2025-09-01',
      },
    ]);
  });
});
