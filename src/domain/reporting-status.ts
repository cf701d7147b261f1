import type { CompletenessStatus } from './labels';
import type { ReportingRound, ReviewDecision, Submission } from './records';

/**
 * The one rule for "where does administration X stand with its yearly report for year Y"
 * (DESIGN.md §3). The tab, the bot, the reminders and the report model all call these functions;
 * nothing else decides a submission's status.
 *
 * - The administration's own item (on its site) says draft or submitted.
 * - The coordinator's review decisions (on the network site) say approved or returned, each for
 *   the version of the item it judged (`submissionVersion`, SharePoint's version label).
 * - The latest decision that names this item and a version it has had counts:
 *   - it judged the current version: approved or returned;
 *   - the item changed after it was returned: returned while being fixed (a draft), submitted
 *     once handed in again;
 *   - the item changed after it was approved: changed since approval (the coordinator judges it
 *     again).
 * - A decision naming another item, or a version the item never reached (it was deleted and made
 *   again, or the decision was written by hand), judged nothing that exists: it is ignored and the
 *   item's own status stands. The store cannot check a reference across lists, so this function is
 *   where such a decision is made harmless.
 */

/** The status and what it was derived from. */
export interface ReportingState {
  status: CompletenessStatus;
  /** The administration's submission of the year, if any. */
  submission: Submission | undefined;
  /** The decision that decided the status (also a stale one after a resubmission), if any. */
  decision: ReviewDecision | undefined;
}

/** A version label "3.0" as a number (major versions only; SharePoint lists use major versions). */
const versionNumber = (label: string | undefined): number | undefined => {
  if (label === undefined) return undefined;
  const n = Number(label);
  return Number.isFinite(n) ? n : undefined;
};

const latestFirst = <T extends { id?: string | undefined }>(
  at: (x: T) => string,
): ((a: T, b: T) => number) => {
  return (a, b) => {
    const byTime = at(b).localeCompare(at(a));
    if (byTime !== 0) return byTime;
    return Number(b.id ?? 0) - Number(a.id ?? 0);
  };
};

/**
 * The submission of an administration for a year. One item per year is the rule; should the store
 * hold several (an upgrade moved two, or two members created one at the same moment), the latest
 * submitted speaks, then the latest modified, then the highest id.
 */
export function submissionOf(
  submissions: readonly Submission[],
  administrationId: string,
  year: number,
): Submission | undefined {
  return submissions
    .filter((s) => s.administrationId === administrationId && s.year === year)
    .sort(latestFirst<Submission>((s) => `${s.submittedAt ?? ''}|${s.modifiedAt ?? ''}`))[0];
}

/** True when the decision names this item and a version it has had. */
export function judgesExistingVersion(decision: ReviewDecision, submission: Submission): boolean {
  if (submission.id === undefined || decision.submissionId !== submission.id) return false;
  const judged = versionNumber(decision.submissionVersion);
  const current = versionNumber(submission.version);
  return judged !== undefined && current !== undefined && judged <= current;
}

/** The decision that applies to the submission: the latest that judged a version it has had. */
export function decisionFor(
  submission: Submission,
  decisions: readonly ReviewDecision[],
): ReviewDecision | undefined {
  return decisions
    .filter(
      (d) =>
        d.administrationId === submission.administrationId &&
        d.year === submission.year &&
        judgesExistingVersion(d, submission),
    )
    .sort(latestFirst<ReviewDecision>((d) => d.createdAt ?? d.decidedAt))[0];
}

/** The status of one administration's report for a year, from its submissions and the decisions. */
export function reportingStatusOf(
  submissions: readonly Submission[],
  decisions: readonly ReviewDecision[],
  administrationId: string,
  year: number,
): ReportingState {
  const submission = submissionOf(submissions, administrationId, year);
  if (!submission) return { status: 'missing', submission: undefined, decision: undefined };
  const decision = decisionFor(submission, decisions);
  if (!decision) return { status: submission.status, submission, decision: undefined };
  const unchanged = decision.submissionVersion === submission.version;
  if (decision.decision === 'approved') {
    return { status: unchanged ? 'approved' : 'changed', submission, decision };
  }
  if (unchanged || submission.status === 'draft')
    return { status: 'returned', submission, decision };
  return { status: 'submitted', submission, decision };
}

/** Statuses in which the administration has handed its report in (the round counts it done). */
const HANDED_IN: ReadonlySet<CompletenessStatus> = new Set(['submitted', 'approved', 'changed']);

/** True when the administration has done its part of the round. */
export const isHandedIn = (status: CompletenessStatus): boolean => HANDED_IN.has(status);

/** The coordinator may approve or return: a handed-in report that is not approved as it stands. */
export const isAwaitingReview = (status: CompletenessStatus): boolean =>
  status === 'submitted' || status === 'changed';

/** A member of the administration may edit: nothing handed in yet, or returned. */
export const isEditable = (status: CompletenessStatus): boolean =>
  status === 'missing' || status === 'draft' || status === 'returned';

/** One administration's line of a round. */
export interface CompletenessLine extends ReportingState {
  administrationId: string;
}

/** The round of a year: every administration's state, in the order given, and the tally. */
export interface Completeness {
  year: number;
  lines: CompletenessLine[];
  /** Administrations that have handed in (submitted, approved or changed since approval). */
  handedIn: number;
  total: number;
}

/** The completeness of a year's round over the given administrations (the organisation's order). */
export function completenessOf(
  administrations: readonly { id: string }[],
  year: number,
  submissions: readonly Submission[],
  decisions: readonly ReviewDecision[],
): Completeness {
  const lines = administrations.map((a) => ({
    administrationId: a.id,
    ...reportingStatusOf(submissions, decisions, a.id, year),
  }));
  return {
    year,
    lines,
    handedIn: lines.filter((l) => isHandedIn(l.status)).length,
    total: lines.length,
  };
}

/**
 * How a round reads on a given day (`today` as `YYYY-MM-DD`): `overdue` is a round still open
 * after its last day, which no surface may call "open, due" ten months on; late reports are
 * still taken until the coordinator closes it, and the page says both.
 */
export function roundPhase(round: Pick<ReportingRound, 'open' | 'deadline'>, today: string) {
  if (!round.open) return 'closed' as const;
  return today > round.deadline ? ('overdue' as const) : ('open' as const);
}

/** A round's phase on a day: see {@link roundPhase}. */
export type RoundPhase = ReturnType<typeof roundPhase>;

/** The municipality's calendar day (`YYYY-MM-DD`, Swedish time) of a moment, for {@link roundPhase}. */
export const reportingDay = (now: Date): string =>
  now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
