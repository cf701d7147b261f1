import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import {
  canEdit,
  canReview,
  completenessRows,
  draftInput,
  reviewedInput,
  submissionFor,
} from '../../../../src/tab/features/reporting/submission-flow';
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
});
