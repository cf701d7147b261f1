import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation';
import {
  completenessOf,
  isAwaitingReview,
  isEditable,
  isHandedIn,
  reportingStatusOf,
  submissionOf,
} from '../../../src/domain/reporting-status';
import { makeReviewDecision, makeSubmission } from './factories';

const ADMIN = 'omsorg';
const YEAR = 2025;
const submission = (overrides: Parameters<typeof makeSubmission>[0] = {}) =>
  makeSubmission({ id: '7', administrationId: ADMIN, year: YEAR, version: '3.0', ...overrides });
const decision = (overrides: Parameters<typeof makeReviewDecision>[0] = {}) =>
  makeReviewDecision({
    administrationId: ADMIN,
    year: YEAR,
    submissionId: '7',
    submissionVersion: '3.0',
    ...overrides,
  });
const statusOf = (
  submissions: Parameters<typeof reportingStatusOf>[0],
  decisions: Parameters<typeof reportingStatusOf>[1] = [],
) => reportingStatusOf(submissions, decisions, ADMIN, YEAR).status;

describe('reportingStatusOf', () => {
  it('should say missing without a submission of the year', () => {
    expect(statusOf([submission({ year: 2024 })])).toBe('missing');
  });

  it("should take the item's own status without a decision", () => {
    expect(statusOf([submission({ status: 'draft' })])).toBe('draft');
    expect(statusOf([submission({ status: 'submitted' })])).toBe('submitted');
  });

  it('should say approved when the decision judged the current version', () => {
    expect(statusOf([submission({ status: 'submitted' })], [decision()])).toBe('approved');
  });

  it('should say changed since approval when the item was edited after the approval', () => {
    expect(statusOf([submission({ status: 'submitted', version: '4.0' })], [decision()])).toBe(
      'changed',
    );
  });

  it('should say returned while the returned report is fixed as a draft', () => {
    const returned = decision({ decision: 'returned' });
    expect(statusOf([submission({ status: 'submitted' })], [returned])).toBe('returned');
    expect(statusOf([submission({ status: 'draft', version: '5.0' })], [returned])).toBe(
      'returned',
    );
  });

  it('should say submitted once the returned report is handed in again', () => {
    const returned = decision({ decision: 'returned' });
    expect(statusOf([submission({ status: 'submitted', version: '6.0' })], [returned])).toBe(
      'submitted',
    );
  });

  it('should let the latest decision speak, by the time the store created it', () => {
    const first = decision({ id: '1', decision: 'returned', createdAt: '2025-02-01T10:00:00Z' });
    const second = decision({ id: '2', decision: 'approved', createdAt: '2025-02-03T10:00:00Z' });
    expect(statusOf([submission({ status: 'submitted' })], [second, first])).toBe('approved');
    expect(statusOf([submission({ status: 'submitted' })], [first, second])).toBe('approved');
  });

  it('should ignore a decision naming a version the item never had', () => {
    expect(statusOf([submission({ status: 'submitted' })], [decision({ submissionVersion: '4.0' })])).toBe(
      'submitted',
    );
  });

  it('should ignore a decision naming another item, another year or another administration', () => {
    const item = submission({ status: 'submitted' });
    expect(statusOf([item], [decision({ submissionId: '8' })])).toBe('submitted');
    expect(statusOf([item], [decision({ year: 2024 })])).toBe('submitted');
    expect(statusOf([item], [decision({ administrationId: 'utbildning' })])).toBe('submitted');
  });

  it('should ignore decisions on a submission the store holds no version of', () => {
    expect(statusOf([submission({ status: 'submitted', version: undefined })], [decision()])).toBe(
      'submitted',
    );
  });
});

describe('submissionOf', () => {
  it('should take the latest handed-in item when the store holds several', () => {
    const old = submission({ id: '1', status: 'submitted', submittedAt: '2026-01-10T08:00:00Z' });
    const newer = submission({ id: '2', status: 'submitted', submittedAt: '2026-02-10T08:00:00Z' });
    const draft = submission({ id: '3', status: 'draft', modifiedAt: '2026-03-01T08:00:00Z' });
    expect(submissionOf([old, draft, newer], ADMIN, YEAR)?.id).toBe('2');
  });
});

describe('completenessOf', () => {
  it('should give every administration a line in config order and count the handed in', () => {
    const result = completenessOf(
      defaultOrganisation.administrations,
      YEAR,
      [submission({ status: 'submitted' })],
      [decision()],
    );
    expect(result.lines.map((l) => l.administrationId)).toEqual(
      defaultOrganisation.administrations.map((a) => a.id),
    );
    expect(result.lines.find((l) => l.administrationId === ADMIN)?.status).toBe('approved');
    expect(result).toMatchObject({ handedIn: 1, total: defaultOrganisation.administrations.length });
  });
});

describe('status predicates', () => {
  it('should count submitted, approved and changed as handed in, and nothing else', () => {
    const all = ['missing', 'draft', 'submitted', 'returned', 'approved', 'changed'] as const;
    expect(all.filter(isHandedIn)).toEqual(['submitted', 'approved', 'changed']);
    expect(all.filter(isAwaitingReview)).toEqual(['submitted', 'changed']);
    expect(all.filter(isEditable)).toEqual(['missing', 'draft', 'returned']);
  });
});
