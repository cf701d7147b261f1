import { describe, expect, it } from 'vitest';
import type { DevelopmentInitiative } from '../../../../src/domain/funding';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import {
  completenessRows,
  draftInput,
  liveModel,
  reviewDecisionInput,
} from '../../../../src/tab/features/reporting/submission-flow';
import { initiative } from '../../report/fixtures';
import { aSubmission } from './support';

const by = { user: 'samordnare@vaxjo.example', now: '2026-02-20T09:00:00Z' };

describe('submission-flow', () => {
  it('should save a draft as a draft (a returned report stays returned by its decision)', () => {
    const handedIn = aSubmission({ id: '4', status: 'submitted', version: '2.0' });
    const input = draftInput(
      'utbildning',
      2025,
      { otherWorkNarrative: 'x', resultsNarrative: '' },
      handedIn,
    );
    expect(input).toMatchObject({ id: '4', status: 'draft', otherWorkNarrative: 'x' });
  });

  it('should store an emptied narrative as absent', () => {
    const input = draftInput('utbildning', 2025, {
      otherWorkNarrative: '  ',
      resultsNarrative: 'r',
    });
    expect(input.otherWorkNarrative).toBeUndefined();
  });

  it('should name the version judged, who decided and the trimmed comment in a decision', () => {
    const submitted = aSubmission({ id: '4', status: 'submitted', version: '3.0' });
    const input = reviewDecisionInput(submitted, 'returned', ' Mer text ', by);
    expect(input).toEqual({
      administrationId: 'utbildning',
      year: 2025,
      decision: 'returned',
      comment: 'Mer text',
      submissionId: '4',
      submissionVersion: '3.0',
      decidedBy: by.user,
      decidedAt: by.now,
    });
  });

  it('should list missing administrations as missing', () => {
    const rows = completenessRows(
      defaultOrganisation,
      { submissions: [aSubmission({ status: 'draft' })], decisions: [] },
      2025,
    );
    expect(rows.filter((r) => r.status === 'missing')).toHaveLength(
      defaultOrganisation.administrations.length - 1,
    );
    expect(rows.find((r) => r.administrationId === 'utbildning')).toMatchObject({
      name: 'Utbildningsförvaltningen',
      status: 'draft',
    });
  });

  /** Utbildning's live 2025 model with no records, only the given initiatives (if any). */
  const draftFigures = (initiatives?: DevelopmentInitiative[]) =>
    liveModel(
      {
        organisation: defaultOrganisation,
        year: 2025,
        projects: [],
        activities: [],
        submissions: [],
        ...(initiatives ? { initiatives } : {}),
      },
      'utbildning',
      by.now,
    ).keyFigures;

  it("should give a draft the considered share of its own administration's initiatives of the year", () => {
    const figures = draftFigures([
      initiative({ id: 'd1', fundingConsidered: true, fundingOutcome: 'applied' }),
      initiative({ id: 'd2', fundingConsidered: true, fundingOutcome: 'no-call-found' }),
      initiative({ id: 'd3' }),
      initiative({ id: 'd4', year: 2024, fundingConsidered: true, fundingOutcome: 'applied' }),
      initiative({
        id: 'd5',
        administrationId: 'omsorg',
        fundingConsidered: true,
        fundingOutcome: 'applied',
      }),
    ]);
    expect(figures.fundingConsidered).toMatchObject({
      initiatives: 3,
      considered: 2,
      share: 0.6667,
    });
  });

  it('should leave the considered share out of a draft when no initiatives were read', () => {
    expect(draftFigures().fundingConsidered).toBeUndefined();
  });
});
