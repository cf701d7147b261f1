import {
  buildReportModel,
  diffReportModels,
  freezeReportModel,
  frozenModelOf,
  type ReportChange,
  type ReportModel,
} from '../../../domain/report-model';
import type { DevelopmentInitiative } from '../../../domain/funding';
import type { OrganisationConfig } from '../../../domain/organisation';
import type { CompletenessStatus } from '../../../domain/labels';
import type { Activity, Project, ReportingRound, Submission } from '../../../domain/records';
import type { SubmissionInput } from '../../data/reporting-access';

/**
 * The rules of the yearly reporting round as pure functions, so the components stay thin and the
 * rules are tested without a DOM: who may do what in which status, and what a transition writes.
 */

/** The two narratives a contact person writes. */
export interface Narratives {
  otherWorkNarrative: string;
  resultsNarrative: string;
}

/** The submission of an administration for a year (the latest, should the store hold several). */
export function submissionFor(
  submissions: readonly Submission[],
  administrationId: string,
  year: number,
): Submission | undefined {
  return submissions
    .filter((s) => s.administrationId === administrationId && s.year === year)
    .sort((a, b) => (a.modifiedAt ?? '').localeCompare(b.modifiedAt ?? ''))
    .at(-1);
}

/** The round of a year, if the coordinator has opened one. */
export function roundFor(rounds: readonly ReportingRound[], year: number) {
  return rounds.find((r) => r.year === year);
}

/** The contact person may edit while nothing is submitted, or after the coordinator returned it. */
export function canEdit(submission: Submission | undefined): boolean {
  return !submission || submission.status === 'draft' || submission.status === 'returned';
}

/** Only a submitted report is reviewed: approved or returned with a comment. */
export function canReview(submission: Submission | undefined): submission is Submission {
  return submission?.status === 'submitted';
}

/** The status shown for an administration: `missing` when it has not saved anything. */
export function statusOf(submission: Submission | undefined): CompletenessStatus {
  return submission?.status ?? 'missing';
}

/** One row of the coordinator's completeness table. */
export interface CompletenessRow {
  administrationId: string;
  name: string;
  status: CompletenessStatus;
  submission: Submission | undefined;
}

/** Every administration of the organisation with its status for the year, in config order. */
export function completenessRows(
  organisation: Pick<OrganisationConfig, 'administrations'>,
  submissions: readonly Submission[],
  year: number,
): CompletenessRow[] {
  return organisation.administrations.map((a) => {
    const submission = submissionFor(submissions, a.id, year);
    return { administrationId: a.id, name: a.name, status: statusOf(submission), submission };
  });
}

function narrativeFields(narratives: Narratives) {
  // Empty text is stored as absent, so a cleared narrative does not linger as "".
  const trimmed = (text: string) => (text.trim() === '' ? undefined : text);
  return {
    otherWorkNarrative: trimmed(narratives.otherWorkNarrative),
    resultsNarrative: trimmed(narratives.resultsNarrative),
  };
}

/** A saved draft: the narratives, keeping a returned report `returned` (and its comment) until resubmitted. */
export function draftInput(
  administrationId: string,
  year: number,
  narratives: Narratives,
  existing?: Submission,
): SubmissionInput {
  return {
    ...existing,
    administrationId,
    year,
    status: existing?.status === 'returned' ? 'returned' : 'draft',
    ...narrativeFields(narratives),
  };
}

/** A submission: the narratives and the administration's report model frozen as the snapshot. */
export function submittedInput(
  administrationId: string,
  year: number,
  narratives: Narratives,
  model: ReportModel,
  by: { user: string; now: string },
  existing?: Submission,
): SubmissionInput {
  return {
    ...existing,
    administrationId,
    year,
    status: 'submitted',
    ...narrativeFields(narratives),
    submittedBy: by.user,
    submittedAt: by.now,
    snapshot: freezeReportModel(model),
  };
}

/** The coordinator's decision on a submitted report. */
export function reviewedInput(
  submission: Submission,
  decision: 'approved' | 'returned',
  comment: string,
  by: { user: string; now: string },
): SubmissionInput {
  return {
    ...submission,
    status: decision,
    reviewedBy: by.user,
    reviewedAt: by.now,
    reviewComment: comment.trim() === '' ? undefined : comment.trim(),
  };
}

/** Input of the live model of one administration. */
export interface LiveInput {
  organisation: OrganisationConfig;
  year: number;
  projects: readonly Project[];
  activities: readonly Activity[];
  submissions: readonly Submission[];
  /**
   * The development initiatives read for the year; the model keeps the administration's own, so
   * its key figures carry the considered share. Absent: the share is unknown and left out.
   */
  initiatives?: readonly DevelopmentInitiative[];
}

/** The administration's report with figures live from the records (never from a snapshot). */
export function liveModel(input: LiveInput, administrationId: string, now: string): ReportModel {
  return buildReportModel({ ...input, administrationId, generatedAt: now, source: 'live' });
}

/** What changed in the records since the report was frozen; undefined when not frozen. */
export function changesSinceFrozen(
  submission: Submission | undefined,
  live: ReportModel,
): { frozen: ReportModel; changes: ReportChange[] } | undefined {
  const frozen = submission ? frozenModelOf(submission) : undefined;
  return frozen ? { frozen, changes: diffReportModels(frozen, live) } : undefined;
}
