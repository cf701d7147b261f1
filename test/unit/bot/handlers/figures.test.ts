import { describe, expect, it } from 'vitest';
import { completenessOf, summaryOf } from '../../../../src/bot/handlers/figures';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import { buildReportModel } from '../../../../src/domain/report-model';
import { makeActivity, makeProject, makeSubmission } from '../../domain/factories';

describe('completenessOf', () => {
  it('should mark an administration without a submission as missing', () => {
    const rows = completenessOf(defaultOrganisation, 2025, []);
    expect(rows).toHaveLength(defaultOrganisation.administrations.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['missing']));
  });

  it('should take the most recently modified submission of an administration', () => {
    const rows = completenessOf(defaultOrganisation, 2025, [
      makeSubmission({
        administrationId: 'omsorg',
        year: 2025,
        status: 'draft',
        modifiedAt: '2026-01-10T08:00:00Z',
      }),
      makeSubmission({
        administrationId: 'omsorg',
        year: 2025,
        status: 'submitted',
        modifiedAt: '2026-02-10T08:00:00Z',
      }),
    ]);
    expect(rows.find((r) => r.administrationId === 'omsorg')?.status).toBe('submitted');
  });

  it('should ignore submissions of other years', () => {
    const rows = completenessOf(defaultOrganisation, 2025, [
      makeSubmission({ administrationId: 'omsorg', year: 2024, status: 'approved' }),
    ]);
    expect(rows.find((r) => r.administrationId === 'omsorg')?.status).toBe('missing');
  });

  it('should give one row for a single administration', () => {
    expect(completenessOf(defaultOrganisation, 2025, [], 'vidingehem')).toEqual([
      { administrationId: 'vidingehem', status: 'missing' },
    ]);
  });
});

describe('summaryOf', () => {
  const model = buildReportModel({
    organisation: defaultOrganisation,
    year: 2025,
    projects: [
      makeProject({
        administrationId: 'utbildning',
        startDate: '2024-01-01',
        endDate: '2026-06-30',
        grantedAmount: 800_000,
      }),
      makeProject({
        administrationId: 'omsorg',
        kind: 'international',
        programme: 'icld',
        currency: 'EUR',
        grantedAmount: 20_000,
        startDate: '2025-02-01',
        endDate: '2026-01-31',
      }),
    ],
    activities: [makeActivity({ administrationId: 'utbildning', startDate: '2025-04-01' })],
    submissions: [
      makeSubmission({ administrationId: 'utbildning', year: 2025, status: 'submitted' }),
    ],
    generatedAt: '2026-03-15T09:00:00Z',
  });

  it('should read the counts from the report model', () => {
    expect(summaryOf('sv', model, 'hela kommunen', undefined).figures).toMatchObject({
      euOngoing: 1,
      otherOngoing: 1,
      otherWork: 1,
    });
  });

  it('should show granted funding per currency instead of adding SEK and EUR', () => {
    const funding = summaryOf('en', model, 'all', undefined).figures.grantedFunding;
    expect(funding).toMatch(/SEK.?800,000/);
    expect(funding).toMatch(/€20,000/);
  });

  it('should list the administrations that have not submitted by name', () => {
    const summary = summaryOf('sv', model, 'hela kommunen', undefined);
    expect(summary.completeness.submitted).toBe(1);
    expect(summary.completeness.missing).toContain('Omsorgsförvaltningen');
    expect(summary.completeness.missing).not.toContain('Utbildningsförvaltningen');
  });

  it('should keep the report link only when there is one', () => {
    expect(summaryOf('sv', model, 'x', 'https://example.org/r.docx').reportUrl).toBe(
      'https://example.org/r.docx',
    );
    expect(summaryOf('sv', model, 'x', undefined)).not.toHaveProperty('reportUrl');
  });

  it('should carry the considered-share indicator when the report model has it', () => {
    const withIndicator = {
      ...model,
      keyFigures: {
        ...model.keyFigures,
        fundingConsidered: {
          initiatives: 4,
          considered: 3,
          share: 0.75,
          byOutcome: { applied: 1, 'not-suitable': 1, 'no-call-found': 1 },
        },
      },
    };
    expect(summaryOf('sv', withIndicator, 'x', undefined).fundingConsidered).toEqual({
      initiatives: 4,
      considered: 3,
      share: 0.75,
    });
  });

  it('should leave the indicator out when the report model has none', () => {
    expect(summaryOf('sv', model, 'x', undefined)).not.toHaveProperty('fundingConsidered');
  });
});
