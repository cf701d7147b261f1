import { z } from 'zod';
import { isActivityInYear, isFinishedInYear, isOngoingInYear } from './counting';
import {
  programmeSchema,
  recordText,
  storedSchema,
  type Activity,
  type Programme,
  type Project,
  type ProjectInput,
  type ProjectRole,
} from './records';

/**
 * External funding (issue 10): the funding calls the coordinator keeps on the network site, the
 * administrations' responses to them, the development initiatives with the strategy's own
 * indicator ("was external funding considered?"), and the good examples worth spreading.
 */

const isoDate = z.iso.date();
// The same text rule as every record: SharePoint's single line of text refuses line breaks.
const text = recordText;

/** Days before the closing date from which a call is flagged as closing soon. */
export const CLOSING_SOON_DAYS = 30;

/** A funding call (utlysning) kept by the coordinator on the network site. */
const fundingCallBaseSchema = storedSchema.extend({
  title: text(255).min(1),
  programme: programmeSchema,
  /** The programme strand or fund, e.g. "Interreg Södra Östersjön" or "Erasmus+ KA220". */
  programmeDetail: text(255).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  opens: isoDate.optional(),
  closes: isoDate,
  themes: z.array(text(100).min(1)).max(20).default([]),
  /** The administrations the call may concern; empty means every administration. */
  administrationIds: z.array(z.string().min(1)).max(50).default([]),
  /** Share of eligible costs the programme funds, in percent. */
  coFinancingRate: z.number().finite().min(0).max(100).optional(),
  notes: text(4000).optional(),
});

export const fundingCallSchema = fundingCallBaseSchema.superRefine((c, ctx) => {
  if (c.opens && c.closes < c.opens) {
    ctx.addIssue({ code: 'custom', path: ['closes'], message: 'end-before-start' });
  }
});
export type FundingCall = z.infer<typeof fundingCallSchema>;
export type FundingCallInput = z.input<typeof fundingCallSchema>;
/** The call's fields without the cross-field rule (for forms deriving shapes). */
export const fundingCallFieldsSchema = fundingCallBaseSchema;

/** What an administration answers to a call. */
export const callResponseStatuses = ['looking', 'not-relevant', 'applying'] as const;
export const callResponseStatusSchema = z.enum(callResponseStatuses);
export type CallResponseStatus = z.infer<typeof callResponseStatusSchema>;

const callResponseBaseSchema = storedSchema.extend({
  callId: z.string().min(1),
  administrationId: z.string().min(1),
  status: callResponseStatusSchema,
  /** Why the call is not relevant (required then). */
  reason: text(2000).optional(),
  /** The planned project created when the administration applies. */
  projectId: z.string().min(1).optional(),
  respondedBy: text(200).optional(),
});

/** One administration's response to one call, on the network site. */
export const callResponseSchema = callResponseBaseSchema.superRefine((r, ctx) => {
  if (r.status === 'not-relevant' && !r.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required-for-status' });
  }
});
export type CallResponse = z.infer<typeof callResponseSchema>;
export type CallResponseInput = z.input<typeof callResponseSchema>;

/** The outcome of considering external funding for a development initiative. */
export const fundingOutcomes = ['applied', 'not-suitable', 'no-call-found'] as const;
export const fundingOutcomeSchema = z.enum(fundingOutcomes);
export type FundingOutcome = z.infer<typeof fundingOutcomeSchema>;

const developmentInitiativeBaseSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  title: text(255).min(1),
  description: text(4000).optional(),
  /** The year the initiative is reported in. */
  year: z.number().int().min(2000).max(2100),
  fundingConsidered: z.boolean(),
  fundingOutcome: fundingOutcomeSchema.optional(),
  /** Why no call was suitable (required for `not-suitable`). */
  outcomeReason: text(2000).optional(),
  callId: z.string().min(1).optional(),
  projectId: z.string().min(1).optional(),
});

/**
 * A development initiative (verksamhetsutveckling) of one administration, and whether external
 * funding was considered for it: the strategy's first means says it always should be.
 */
export const developmentInitiativeSchema = developmentInitiativeBaseSchema.superRefine((d, ctx) => {
  if (d.fundingConsidered && !d.fundingOutcome) {
    ctx.addIssue({ code: 'custom', path: ['fundingOutcome'], message: 'required-for-status' });
  }
  if (d.fundingOutcome === 'not-suitable' && !d.outcomeReason) {
    ctx.addIssue({ code: 'custom', path: ['outcomeReason'], message: 'required-for-status' });
  }
});
export type DevelopmentInitiative = z.infer<typeof developmentInitiativeSchema>;
export type DevelopmentInitiativeInput = z.input<typeof developmentInitiativeSchema>;

/** Today as an ISO date in UTC, so a deadline does not depend on the server's zone. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `today` to the call's closing date (0 on the closing day, negative after). */
export function daysUntilClose(call: Pick<FundingCall, 'closes'>, today: string): number {
  return Math.round(
    (Date.parse(`${call.closes}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/** Open on `today`: opened (or no opening date) and the closing day not passed. */
export function isOpenCall(call: Pick<FundingCall, 'opens' | 'closes'>, today: string): boolean {
  return (call.opens === undefined || call.opens <= today) && call.closes >= today;
}

/** Open and closing within `days` days (30 by default), the closing day included. */
export function isClosingSoon(
  call: Pick<FundingCall, 'opens' | 'closes'>,
  today: string,
  days: number = CLOSING_SOON_DAYS,
): boolean {
  return isOpenCall(call, today) && daysUntilClose(call, today) <= days;
}

/** Whether a call may concern the administration (a call naming none concerns all). */
export function callConcerns(
  call: Pick<FundingCall, 'administrationIds'>,
  administrationId: string,
): boolean {
  return call.administrationIds.length === 0 || call.administrationIds.includes(administrationId);
}

/** The open calls, soonest deadline first (then title), optionally for one administration. */
export function openCalls<T extends FundingCall>(
  calls: readonly T[],
  today: string,
  administrationId?: string,
): T[] {
  return calls
    .filter((c) => isOpenCall(c, today) && (!administrationId || callConcerns(c, administrationId)))
    .sort((a, b) =>
      a.closes === b.closes ? a.title.localeCompare(b.title, 'sv') : a.closes < b.closes ? -1 : 1,
    );
}

/** The latest response of an administration to a call (responses are updated in place normally). */
export function responseOf(
  responses: readonly CallResponse[],
  callId: string,
  administrationId: string,
): CallResponse | undefined {
  return responses
    .filter((r) => r.callId === callId && r.administrationId === administrationId)
    .sort((a, b) => (a.modifiedAt ?? '').localeCompare(b.modifiedAt ?? ''))
    .at(-1);
}

/** Programmes that are not EU funding: projects under them are "other international". */
const nonEuProgrammes: readonly Programme[] = ['icld', 'nordplus', 'other'];

/**
 * The planned project an administration creates when it answers "we apply": linked to the call
 * with `callId`, tagged with the strategy's external-funding means.
 */
export function plannedProjectFromCall(
  call: FundingCall & { id: string },
  administrationId: string,
  options: { title?: string; role?: ProjectRole; contactPerson?: string } = {},
): ProjectInput {
  return {
    administrationId,
    title: options.title ?? call.title,
    kind: nonEuProgrammes.includes(call.programme) ? 'international' : 'eu',
    status: 'planned',
    programme: call.programme,
    programmeDetail: call.programmeDetail ?? call.title,
    role: options.role ?? 'partner',
    strategyMeans: ['external-funding'],
    callId: call.id,
    ...(options.contactPerson ? { contactPerson: options.contactPerson } : {}),
  };
}

const count = z.number().int().min(0);

/** The strategy's indicator: initiatives of the year where external funding was considered. */
export const fundingConsideredFigureSchema = z.object({
  initiatives: count,
  considered: count,
  /** considered / initiatives; null without initiatives. */
  share: z.number().min(0).max(1).nullable(),
  byOutcome: z.object({ applied: count, 'not-suitable': count, 'no-call-found': count }),
});
export type FundingConsideredFigure = z.infer<typeof fundingConsideredFigureSchema>;

/** Computes the considered share over the initiatives of `year` (already limited to a scope). */
export function fundingConsideredFigure(
  initiatives: readonly DevelopmentInitiative[],
  year: number,
): FundingConsideredFigure {
  const ofYear = initiatives.filter((d) => d.year === year);
  const considered = ofYear.filter((d) => d.fundingConsidered);
  const outcome = (o: FundingOutcome) => considered.filter((d) => d.fundingOutcome === o).length;
  return {
    initiatives: ofYear.length,
    considered: considered.length,
    share:
      ofYear.length === 0 ? null : Math.round((considered.length / ofYear.length) * 10000) / 10000,
    byOutcome: {
      applied: outcome('applied'),
      'not-suitable': outcome('not-suitable'),
      'no-call-found': outcome('no-call-found'),
    },
  };
}

/** A good example as the report and the gallery list it: public fields only. */
export const goodExampleSchema = z.object({
  kind: z.enum(['project', 'activity']),
  id: z.string().optional(),
  administrationId: z.string(),
  title: z.string(),
  summary: z.string(),
  /** The project's programme or the activity's type, as a code. */
  category: z.string(),
  date: z.iso.date().optional(),
});
export type GoodExample = z.infer<typeof goodExampleSchema>;

/**
 * The good examples of `year`: flagged projects ongoing or finished in the year and flagged
 * activities of the year, in date order. A flag without a summary is left out: the summary is what
 * is shared publicly, and an empty one shares nothing.
 */
export function goodExamplesOfYear(
  { projects, activities }: { projects: readonly Project[]; activities: readonly Activity[] },
  year?: number,
): GoodExample[] {
  const fromProjects = projects
    .filter((p) => p.goodExample && p.goodExampleSummary)
    .filter((p) => year === undefined || isOngoingInYear(p, year) || isFinishedInYear(p, year))
    .map((p): GoodExample => ({
      kind: 'project',
      ...(p.id ? { id: p.id } : {}),
      administrationId: p.administrationId,
      title: p.title,
      summary: p.goodExampleSummary ?? '',
      category: p.programme,
      ...(p.startDate ? { date: p.startDate } : {}),
    }));
  const fromActivities = activities
    .filter((a) => a.goodExample && a.goodExampleSummary)
    .filter((a) => year === undefined || isActivityInYear(a, year))
    .map((a): GoodExample => ({
      kind: 'activity',
      ...(a.id ? { id: a.id } : {}),
      administrationId: a.administrationId,
      title: a.title,
      summary: a.goodExampleSummary ?? '',
      category: a.type,
      date: a.startDate,
    }));
  return [...fromProjects, ...fromActivities].sort(
    (a, b) =>
      (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
      a.title.localeCompare(b.title, 'sv'),
  );
}

