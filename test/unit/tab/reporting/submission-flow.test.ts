import { describe, expect, it } from 'vitest';
import type { DevelopmentInitiative } from '../../../../src/domain/funding';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import {
  canEdit,
  canReview,
  completenessRows,
  draftInput,
  liveModel,
  reviewedInput,
  submissionFor,
} from '../../../../src/tab/features/reporting/submission-flow';
import { initiative } from '../../report/fixtures';
import { aSubmission } from './support';

const by = { user: 'samordnare@vaxjo.example', now: '2026-02-20T09:00:00Z' };

describe('submission-flow', () => {
  it('should let the contact person edit a returned report', () => {
    expect(canEdit(aSubmission({ status: 'returned' }))).toBe(true);
  });

  it('should not let anyone edit a submitted report', () => {
    expect(canEdit(aSubmission({ status: 'submitted' }))).toBe(false);
  });

  it('should only offer review of a submitted report', () => {
    expect(canReview(aSubmission({ status: 'approved' }))).toBe(false);
  });

  it('should keep a returned report returned when its draft is saved', () => {
    const returned = aSubmission({ status: 'returned', reviewComment: 'Komplettera' });
    const input = draftInput(
      'utbildning',
      2025,
      { otherWorkNarrative: 'x', resultsNarrative: '' },
      returned,
    );
    expect(input).toMatchObject({ status: 'returned', reviewComment: 'Komplettera' });
  });

  it('should store an emptied narrative as absent', () => {
    const input = draftInput('utbildning', 2025, {
      otherWorkNarrative: '  ',
      resultsNarrative: 'r',
    });
    expect(input.otherWorkNarrative).toBeUndefined();
  });

  it('should record who returned a report and the trimmed comment', () => {
    const input = reviewedInput(aSubmission({ status: 'submitted' }), 'returned', ' Mer text ', by);
    expect(input).toMatchObject({
      status: 'returned',
      reviewedBy: by.user,
      reviewComment: 'Mer text',
    });
  });

  it('should list missing administrations as missing', () => {
    const rows = completenessRows(defaultOrganisation, [aSubmission({ status: 'draft' })], 2025);
    expect(rows.filter((r) => r.status === 'missing')).toHaveLength(
      defaultOrganisation.administrations.length - 1,
    );
  });

  it('should take the most recently modified submission of an administration and year', () => {
    const older = aSubmission({ id: 'a', modifiedAt: '2026-01-01T00:00:00Z' });
    const newer = aSubmission({ id: 'b', modifiedAt: '2026-01-02T00:00:00Z' });
    expect(submissionFor([newer, older], 'utbildning', 2025)?.id).toBe('b');
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
