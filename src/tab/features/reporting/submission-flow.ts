import {
  buildReportModel,
  diffReportModels,
  freezeReportModel,
  frozenModelOf,
  type ReportChange,
  type ReportInput,
  type ReportModel,
} from '../../../domain/report-model';
import type { OrganisationConfig } from '../../../domain/organisation';
import type {
  ReportingRound,
  ReviewDecision,
  ReviewDecisionInput,
  ReviewDecisionKind,
  Submission,
  SubmissionInput,
} from '../../../domain/records';
import { completenessOf, type CompletenessLine } from '../../../domain/reporting-status';

/**
 * What the tab's reporting commands write, as pure functions, so the components stay thin and
 * are tested without a DOM. The status itself comes from src/domain/reporting-status.ts.
 */

/** The two narratives a contact person writes. */
export interface Narratives {
  otherWorkNarrative: string;
  resultsNarrative: string;
}

/** The round of a year, if the coordinator has opened one. */
export function roundFor(rounds: readonly ReportingRound[], year: number) {
  return rounds.find((r) => r.year === year);
}

/** One row of the coordinator's completeness table: the domain's line with the name. */
export interface CompletenessRow extends CompletenessLine {
  name: string;
}

/**
 * Every administration of the organisation with its status for the year, in config order: the
 * domain's `completenessOf`, the same the bot and the report use.
 */
export function completenessRows(
  organisation: Pick<OrganisationConfig, 'administrations'>,
  reporting: { submissions: readonly Submission[]; decisions: readonly ReviewDecision[] },
  year: number,
): CompletenessRow[] {
  const names = new Map(organisation.administrations.map((a) => [a.id, a.name]));
  return completenessOf(
    organisation.administrations,
    year,
    reporting.submissions,
    reporting.decisions,
  ).lines.map((line) => ({
    ...line,
    name: names.get(line.administrationId) ?? line.administrationId,
  }));
}

function narrativeFields(narratives: Narratives) {
  // Empty text is stored as absent, so a cleared narrative does not linger as "".
  const trimmed = (text: string) => (text.trim() === '' ? undefined : text);
  return {
    otherWorkNarrative: trimmed(narratives.otherWorkNarrative),
    resultsNarrative: trimmed(narratives.resultsNarrative),
  };
}

/**
 * A saved draft: the narratives. A returned report stays returned while it is fixed (the decision
 * says so, `reportingStatusOf`), until it is handed in again.
 */
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
    status: 'draft',
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

/** The coordinator's decision on a handed-in report: it names the version it judged. */
export function reviewDecisionInput(
  submission: Submission,
  decision: ReviewDecisionKind,
  comment: string,
  by: { user: string; now: string },
): ReviewDecisionInput {
  return {
    administrationId: submission.administrationId,
    year: submission.year,
    decision,
    ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
    submissionId: submission.id ?? '',
    submissionVersion: submission.version ?? '',
    decidedBy: by.user,
    decidedAt: by.now,
  };
}

/**
 * Input of the live model of one administration: the report's input without the choices the live
 * model makes itself. `initiatives`: the ones read for the year; absent, the considered share is
 * unknown and left out.
 */
export type LiveInput = Pick<
  ReportInput,
  'organisation' | 'year' | 'projects' | 'activities' | 'submissions' | 'decisions' | 'initiatives'
>;

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
