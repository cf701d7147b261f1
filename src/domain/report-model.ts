import { z } from 'zod';
import {
  decidedStatuses,
  isActivityInYear,
  isApplicationInYear,
  isDateInYear,
  isFinishedInYear,
  isOngoingInYear,
  mandatePeriodOf,
  runningStatuses,
  yearsOf,
} from './counting';
import {
  fundingConsideredFigure,
  fundingConsideredFigureSchema,
  goodExampleSchema,
  goodExamplesOfYear,
  type DevelopmentInitiative,
} from './funding';
import { completenessStatuses } from './labels';
import {
  findAdministration,
  mandatePeriodSchema,
  type Administration,
  type MandatePeriod,
  type OrganisationConfig,
} from './organisation';
import {
  activityFieldsSchema,
  activityTypes,
  activityTypeSchema,
  administrationKindSchema,
  currencySchema,
  partnerTypes,
  partnerTypeSchema,
  programmes,
  programmeSchema,
  projectFieldsSchema,
  projectStatusSchema,
  strategyMeans,
  strategyMeanSchema,
  sustainabilityDimensions,
  sustainabilityDimensionSchema,
  exchangeRateSchema,
  type Activity,
  type Currency,
  type ExchangeRate,
  type Project,
  type ReportingRound,
  type ReviewDecision,
  type Submission,
} from './records';
import {
  addMoney,
  addSekSums,
  conversionOf,
  moneyByCurrencySchema,
  hasUnconverted,
  ratesOfYear,
  toSek,
  type MoneyByCurrency,
  type SekSum,
} from './money';
import { isHandedIn, reportingStatusOf } from './reporting-status';
import { co2eOf, needsClimateCompensation } from './travel';

/**
 * The yearly report model (issue 5): everything the Word and Excel renderers, the tab's follow-up
 * view and the bot card show, computed once from the records with the counting rules of
 * DESIGN.md §4. Codes stay codes (`status: 'ongoing'`); renderers resolve labels in the reader's
 * language. The model is deterministic for the same input and `generatedAt`.
 */

/** Bumped when the model's shape changes incompatibly, so an old frozen snapshot is recognised. */
export const reportModelVersion = 1;

const storeOnly = { etag: true, createdAt: true, modifiedAt: true, modifiedBy: true } as const;

/** A project as listed in the report: the record without store metadata. */
export const reportProjectSchema = projectFieldsSchema.omit(storeOnly);
export type ReportProject = z.infer<typeof reportProjectSchema>;

/** An application of the year; `outcome` is the project's current status. */
export const reportApplicationSchema = reportProjectSchema.extend({ outcome: projectStatusSchema });
export type ReportApplication = z.infer<typeof reportApplicationSchema>;

/** An activity as listed in the report, with its CO2e resolved and the compensation flag. */
export const reportActivitySchema = activityFieldsSchema.omit(storeOnly).extend({
  co2eKg: z.number().min(0),
  needsClimateCompensation: z.boolean(),
});
export type ReportActivity = z.infer<typeof reportActivitySchema>;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();

/** Projects of one kind: ongoing in the year, and finished in the year. */
export const projectListsSchema = z.object({
  ongoing: z.array(reportProjectSchema),
  finished: z.array(reportProjectSchema),
});

/** The report's sections in the order of the strategy's reporting requirements. */
export const reportSectionsSchema = z.object({
  euProjects: projectListsSchema,
  otherProjects: projectListsSchema,
  applications: z.array(reportApplicationSchema),
  /** Other work of the year grouped by activity type (enum order, non-empty groups only). */
  otherWork: z.array(
    z.object({ type: activityTypeSchema, activities: z.array(reportActivitySchema) }),
  ),
  results: z.object({
    /** The administrations' own narratives from their submissions of the year. */
    narratives: z.array(
      z.object({
        administrationId: z.string(),
        status: z.enum(completenessStatuses),
        otherWorkNarrative: z.string().optional(),
        resultsNarrative: z.string().optional(),
      }),
    ),
    /** Achieved results of projects ongoing or finished in the year. */
    projects: z.array(
      z.object({
        projectId: z.string().optional(),
        administrationId: z.string(),
        title: z.string(),
        achievedResults: z.string(),
      }),
    ),
  }),
});
export type ReportSections = z.infer<typeof reportSectionsSchema>;

/** The figures of one year and scope; every count follows the rules in `counting.ts`. */
export const keyFiguresSchema = z.object({
  counts: z.object({
    euOngoing: count,
    euFinished: count,
    otherOngoing: count,
    otherFinished: count,
    applications: count,
    applicationsGranted: count,
    applicationsRejected: count,
    applicationsPending: count,
    applicationsWithdrawn: count,
    activities: count,
  }),
  /**
   * Money (DESIGN.md §3a): each `…Sek` figure is in kronor, other currencies converted with the
   * year's rates (`money.ts`); what has no rate is in `unconverted`, in its own currency, and not
   * in the `…Sek` figure. The sums per currency are the recorded amounts, unconverted.
   */
  funding: z.object({
    /** External funding granted by decisions taken in the year, in SEK (converted). */
    grantedSek: z.number(),
    granted: moneyByCurrencySchema,
    /** Amount applied for in the year's applications, in SEK (converted). */
    appliedSek: z.number(),
    applied: moneyByCurrencySchema,
    /** Granted external funding of the projects ongoing in the year, in SEK (converted). */
    ongoingGrantedSek: z.number(),
    ongoingGranted: moneyByCurrencySchema,
    /** Own contribution (cash + in kind) of the projects ongoing in the year, in SEK (converted). */
    ownContributionSek: z.number(),
    ownContributionCash: moneyByCurrencySchema,
    ownContributionInKind: moneyByCurrencySchema,
    /** True when some amount is not in SEK (converted or not). */
    mixedCurrencies: z.boolean(),
    /** The parts of each `…Sek` figure with no rate for the year, in their own currency. */
    unconverted: z
      .object({
        granted: moneyByCurrencySchema,
        applied: moneyByCurrencySchema,
        ongoingGranted: moneyByCurrencySchema,
        ownContribution: moneyByCurrencySchema,
      })
      .default({ granted: {}, applied: {}, ongoingGranted: {}, ownContribution: {} }),
    /** The rates the figures were converted with: the year's, for the currencies that occur. */
    exchangeRates: z.array(exchangeRateSchema).default([]),
    /** Currencies that occur in the figures without a rate for the year. */
    missingRates: z.array(currencySchema).default([]),
  }),
  /** Granted / (granted + rejected) among the year's decided applications; null if none. */
  successRate: share,
  decidedApplications: count,
  /** Projects ongoing in the year per programme, every programme in enum order. */
  projectsPerProgramme: z.array(z.object({ programme: programmeSchema, count })),
  partners: z.object({
    /** Partner organisations listed on the projects ongoing in the year. */
    total: count,
    byType: z.array(z.object({ type: partnerTypeSchema, count })),
    countries: z.array(z.string()),
    projectsWithLinnaeusUniversity: count,
    projectsWithBusiness: count,
  }),
  sustainability: z.array(z.object({ dimension: sustainabilityDimensionSchema, count })),
  strategyMeans: z.array(z.object({ mean: strategyMeanSchema, count })),
  activitiesByType: z.array(z.object({ type: activityTypeSchema, count })),
  travel: z.object({
    activitiesWithTravel: count,
    /** Activities travelled to by air. */
    flights: count,
    /** Person-trips by air (participants of those activities). */
    flightTrips: count,
    flightTripsNotCompensated: count,
    co2eKg: z.number().min(0),
    /** Share of person-trips by air that were climate-compensated; null without flights. */
    compensatedFlightShare: share,
    /** Share of the year's activities attended digitally; null without activities. */
    digitalShare: share,
  }),
  /**
   * The strategy's indicator: the year's development initiatives where external funding was
   * considered. Present when initiatives were passed (absent in snapshots frozen before it).
   */
  fundingConsidered: fundingConsideredFigureSchema.optional(),
});
export type KeyFigures = z.infer<typeof keyFiguresSchema>;

/** What a renderer needs to name an administration and its committee or board. */
export const reportAdministrationSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  kind: administrationKindSchema,
  committee: z.string(),
});
export type ReportAdministration = z.infer<typeof reportAdministrationSchema>;

/** The whole municipality, or one administration. */
export const reportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipality') }),
  z.object({ kind: z.literal('administration'), administrationId: z.string() }),
]);
export type ReportScope = z.infer<typeof reportScopeSchema>;

/** One administration's reporting status for the year. */
export const completenessEntrySchema = z.object({
  administrationId: z.string(),
  status: z.enum(completenessStatuses),
  submittedBy: z.string().optional(),
  submittedAt: z.string().optional(),
  /** Where this administration's figures come from: its frozen submission or the live lists. */
  source: z.enum(['snapshot', 'live']),
  /** Changes in the live lists since the snapshot was frozen; null without a usable snapshot. */
  changesSinceSubmission: z.number().int().min(0).nullable(),
});
export type CompletenessEntry = z.infer<typeof completenessEntrySchema>;

/** The yearly report model; also the shape of a frozen snapshot. */
export const reportModelSchema = z.object({
  meta: z.object({
    version: z.literal(reportModelVersion),
    organisationId: z.string(),
    organisationName: z.string(),
    vision: z.string(),
    goalArea: z.string(),
    /** The vision and goal area in English, for English reports (from the organisation config). */
    english: z.object({ vision: z.string(), goalArea: z.string() }).optional(),
    year: z.number().int(),
    /** The reporting period, 1 Jan to 31 Dec of the year. */
    from: z.iso.date(),
    to: z.iso.date(),
    scope: reportScopeSchema,
    /** The administrations in scope, in the organisation's order (for names and committees). */
    administrations: z.array(reportAdministrationSchema),
    mandatePeriod: mandatePeriodSchema.nullable(),
    generatedAt: z.iso.datetime({ offset: true }),
  }),
  sections: reportSectionsSchema,
  keyFigures: keyFiguresSchema,
  /** The same scope's figures of the year before, from the same records (the summary's change). */
  previousKeyFigures: keyFiguresSchema.optional(),
  completeness: z.object({
    deadline: z.iso.date().optional(),
    open: z.boolean().optional(),
    /** Administrations whose report is submitted or approved. */
    submitted: count,
    total: count,
    administrations: z.array(completenessEntrySchema),
    /**
     * Administration ids found on records but missing from the organisation config (e.g. after a
     * reorganisation): those records are left out of the report, so the coordinator must see them.
     */
    unknownAdministrationIds: z.array(z.string()).default([]),
  }),
  /** Projects and activities of the year marked as good examples, with their public summary. */
  goodExamples: z.array(goodExampleSchema).default([]),
  /** One chapter per administration when the scope is the whole municipality; else empty. */
  perAdministration: z.array(
    reportAdministrationSchema.extend({
      sections: reportSectionsSchema,
      keyFigures: keyFiguresSchema,
    }),
  ),
});
export type ReportModel = z.infer<typeof reportModelSchema>;

/** Input of `buildReportModel`: parsed records (any year; the builder applies the rules). */
export interface ReportInput {
  organisation: OrganisationConfig;
  year: number;
  projects: readonly Project[];
  activities: readonly Activity[];
  submissions: readonly Submission[];
  /** The coordinator's review decisions (any year); without them no report counts as reviewed. */
  decisions?: readonly ReviewDecision[];
  /**
   * Reporting rounds; the one of `year` gives the deadline and the exchange rates every SEK figure
   * is converted with (without it, amounts in other currencies stay unconverted and flagged).
   */
  rounds?: readonly ReportingRound[];
  /** Limit the report to one administration; the whole municipality when omitted. */
  administrationId?: string;
  /** ISO timestamp; defaults to now. Pass it for reproducible output. */
  generatedAt?: string;
  /**
   * `snapshot` (default): an administration whose submission of the year is submitted or
   * approved is reported as frozen in that submission, so the committees read what the
   * administration signed off; later edits show as `changesSinceSubmission`. `live`: always the
   * current lists (figures during the year, the bot).
   */
  source?: 'snapshot' | 'live';
  /**
   * Development initiatives (any year) for the considered-share figure. Always read live: they are
   * not part of a submission's snapshot.
   */
  initiatives?: readonly DevelopmentInitiative[];
}

interface Records {
  projects: readonly Project[];
  activities: readonly Activity[];
}

const byKeys =
  <T>(...keys: ((item: T) => string | undefined)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      // A missing date sorts last: undated items are the ones a reader should look at.
      const x = key(a) ?? '\uffff';
      const y = key(b) ?? '\uffff';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

const sortProjects = (by: (p: Project) => string | undefined) =>
  byKeys<Project>(
    by,
    (p) => p.title,
    (p) => p.id,
  );

function toReportProject(project: Project): ReportProject {
  const { etag: _e, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...rest } = project;
  return rest;
}

function toReportActivity(activity: Activity): ReportActivity {
  const { etag: _e, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...rest } = activity;
  return {
    ...rest,
    co2eKg: co2eOf(activity),
    needsClimateCompensation: needsClimateCompensation(activity),
  };
}

function sumBy<T>(
  items: readonly T[],
  amount: (item: T) => number | undefined,
  currency: (item: T) => Currency,
): MoneyByCurrency {
  let sums: MoneyByCurrency = {};
  for (const item of items) {
    const value = amount(item);
    if (value !== undefined) sums = addMoney(sums, currency(item), value);
  }
  return sums;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function countCodes<K extends string, C extends string>(
  key: K,
  codes: readonly C[],
  values: readonly C[],
): ({ [P in K]: C } & { count: number })[] {
  return codes.map(
    (code) =>
      ({ [key]: code, count: values.filter((v) => v === code).length }) as {
        [P in K]: C;
      } & { count: number },
  );
}

function projectLists(projects: readonly Project[], year: number) {
  return {
    ongoing: projects
      .filter((p) => isOngoingInYear(p, year))
      .sort(sortProjects((p) => p.startDate))
      .map(toReportProject),
    finished: projects
      .filter((p) => isFinishedInYear(p, year))
      .sort(sortProjects((p) => p.endDate))
      .map(toReportProject),
  };
}

/**
 * The key figures of year Y for a set of records (already limited to a scope). Exported for the
 * tab's dashboard and the bot, which show figures without building a whole report.
 */
export function computeKeyFigures(
  {
    projects,
    activities,
    initiatives,
    rates,
  }: {
    projects: readonly Project[];
    activities: readonly Activity[];
    /** When given, the figures include `fundingConsidered`. */
    initiatives?: readonly DevelopmentInitiative[];
    /** The year's exchange rates (`ratesOfYear`); a currency without one is left unconverted. */
    rates: readonly ExchangeRate[];
  },
  year: number,
): KeyFigures {
  const ongoing = projects.filter((p) => isOngoingInYear(p, year));
  const finished = projects.filter((p) => isFinishedInYear(p, year));
  const applications = projects.filter((p) => isApplicationInYear(p, year));
  const grantedInYear = projects.filter(
    (p) => runningStatuses.includes(p.status) && isDateInYear(p.decisionDate, year),
  );
  const yearActivities = activities.filter((a) => isActivityInYear(a, year));
  const flights = yearActivities.filter((a) => a.travelMode === 'flight');
  const currencyOf = (p: Project) => p.currency;

  const granted = sumBy(grantedInYear, (p) => p.grantedAmount, currencyOf);
  const applied = sumBy(applications, (p) => p.appliedAmount, currencyOf);
  const ongoingGranted = sumBy(ongoing, (p) => p.grantedAmount, currencyOf);
  const ownContributionCash = sumBy(ongoing, (p) => p.ownContributionCash, currencyOf);
  const ownContributionInKind = sumBy(ongoing, (p) => p.ownContributionInKind, currencyOf);
  const moneySums = [granted, applied, ongoingGranted, ownContributionCash, ownContributionInKind];
  const grantedSek = toSek(granted, rates);
  const appliedSek = toSek(applied, rates);
  const ongoingGrantedSek = toSek(ongoingGranted, rates);
  const ownContributionSek = addSekSums(
    toSek(ownContributionCash, rates),
    toSek(ownContributionInKind, rates),
  );
  const conversion = conversionOf(moneySums, rates);

  const applicationsGranted = applications.filter((p) => runningStatuses.includes(p.status)).length;
  const applicationsRejected = applications.filter((p) => p.status === 'rejected').length;
  const decided = applications.filter((p) => decidedStatuses.includes(p.status)).length;
  const flightTrips = flights.reduce((n, a) => n + a.participants, 0);
  const compensatedTrips = flights
    .filter((a) => a.climateCompensated)
    .reduce((n, a) => n + a.participants, 0);
  const partners = ongoing.flatMap((p) => p.partners);

  return {
    counts: {
      euOngoing: ongoing.filter((p) => p.kind === 'eu').length,
      euFinished: finished.filter((p) => p.kind === 'eu').length,
      otherOngoing: ongoing.filter((p) => p.kind !== 'eu').length,
      otherFinished: finished.filter((p) => p.kind !== 'eu').length,
      applications: applications.length,
      applicationsGranted,
      applicationsRejected,
      applicationsPending: applications.filter(
        (p) => p.status === 'applied' || p.status === 'planned',
      ).length,
      applicationsWithdrawn: applications.filter((p) => p.status === 'withdrawn').length,
      activities: yearActivities.length,
    },
    funding: {
      grantedSek: grantedSek.sek,
      granted,
      appliedSek: appliedSek.sek,
      applied,
      ongoingGrantedSek: ongoingGrantedSek.sek,
      ongoingGranted,
      ownContributionSek: ownContributionSek.sek,
      ownContributionCash,
      ownContributionInKind,
      mixedCurrencies: moneySums.some((sums) => Object.keys(sums).some((c) => c !== 'SEK')),
      unconverted: {
        granted: grantedSek.unconverted,
        applied: appliedSek.unconverted,
        ongoingGranted: ongoingGrantedSek.unconverted,
        ownContribution: ownContributionSek.unconverted,
      },
      exchangeRates: conversion.used,
      missingRates: conversion.missing,
    },
    successRate: ratio(applicationsGranted, applicationsGranted + applicationsRejected),
    decidedApplications: decided,
    projectsPerProgramme: countCodes(
      'programme',
      programmes,
      ongoing.map((p) => p.programme),
    ),
    partners: {
      total: partners.length,
      byType: countCodes(
        'type',
        partnerTypes,
        partners.map((p) => p.type),
      ),
      countries: [...new Set(partners.flatMap((p) => (p.country ? [p.country] : [])))].sort(),
      projectsWithLinnaeusUniversity: ongoing.filter((p) => p.withLinnaeusUniversity).length,
      projectsWithBusiness: ongoing.filter((p) => p.withBusiness).length,
    },
    sustainability: countCodes(
      'dimension',
      sustainabilityDimensions,
      ongoing.flatMap((p) => p.sustainability),
    ),
    strategyMeans: countCodes(
      'mean',
      strategyMeans,
      ongoing.flatMap((p) => p.strategyMeans),
    ),
    activitiesByType: countCodes(
      'type',
      activityTypes,
      yearActivities.map((a) => a.type),
    ),
    travel: {
      activitiesWithTravel: yearActivities.filter((a) => a.travelMode !== 'none').length,
      flights: flights.length,
      flightTrips,
      flightTripsNotCompensated: flightTrips - compensatedTrips,
      co2eKg: yearActivities.reduce((kg, a) => kg + co2eOf(a), 0),
      compensatedFlightShare: ratio(compensatedTrips, flightTrips),
      digitalShare: ratio(yearActivities.filter((a) => a.digital).length, yearActivities.length),
    },
    ...(initiatives ? { fundingConsidered: fundingConsideredFigure(initiatives, year) } : {}),
  };
}

function buildSections(
  { projects, activities }: Records,
  year: number,
  administrations: readonly Administration[],
  reporting: Pick<ReportInput, 'submissions' | 'decisions'>,
): ReportSections {
  const order = new Map(administrations.map((a, i) => [a.id, i]));
  const yearActivities = activities
    .filter((a) => isActivityInYear(a, year))
    .sort(
      byKeys<Activity>(
        (a) => a.startDate,
        (a) => a.title,
        (a) => a.id,
      ),
    );
  const reported = projects.filter((p) => isOngoingInYear(p, year) || isFinishedInYear(p, year));
  return {
    euProjects: projectLists(
      projects.filter((p) => p.kind === 'eu'),
      year,
    ),
    otherProjects: projectLists(
      projects.filter((p) => p.kind !== 'eu'),
      year,
    ),
    applications: projects
      .filter((p) => isApplicationInYear(p, year))
      .sort(sortProjects((p) => p.applicationSubmitted))
      .map((p) => ({ ...toReportProject(p), outcome: p.status })),
    otherWork: activityTypes
      .map((type) => ({
        type,
        activities: yearActivities.filter((a) => a.type === type).map(toReportActivity),
      }))
      .filter((group) => group.activities.length > 0),
    results: {
      narratives: administrations.flatMap((admin) => {
        const { submission, status } = reportingStatusOf(
          reporting.submissions,
          reporting.decisions ?? [],
          admin.id,
          year,
        );
        if (!submission) return [];
        return [
          {
            administrationId: admin.id,
            status,
            otherWorkNarrative: submission.otherWorkNarrative,
            resultsNarrative: submission.resultsNarrative,
          },
        ];
      }),
      projects: reported
        .filter((p) => p.achievedResults)
        .sort(
          byKeys<Project>(
            (p) => String(order.get(p.administrationId) ?? order.size).padStart(4, '0'),
            (p) => p.title,
            (p) => p.id,
          ),
        )
        .map((p) => ({
          projectId: p.id,
          administrationId: p.administrationId,
          title: p.title,
          achievedResults: p.achievedResults ?? '',
        })),
    },
  };
}

/**
 * The report model frozen in a submission, when the item is submitted and its snapshot is a valid
 * model of the same administration and year; otherwise undefined. Whether the frozen model speaks
 * for the administration is the derived status's call (`isHandedIn`): a returned report does not.
 */
export function frozenModelOf(submission: Submission): ReportModel | undefined {
  if (submission.status !== 'submitted' || !submission.snapshot) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(submission.snapshot);
  } catch {
    return undefined;
  }
  const parsed = reportModelSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { scope, year } = parsed.data.meta;
  const matches =
    year === submission.year &&
    scope.kind === 'administration' &&
    scope.administrationId === submission.administrationId;
  return matches ? parsed.data : undefined;
}

/** The snapshot text to store in a submission when it is submitted. */
export function freezeReportModel(model: ReportModel): string {
  return JSON.stringify(model);
}

/** The records a frozen model lists (a project listed in several sections is taken once). */
function recordsOf(model: ReportModel): Records {
  const { euProjects, otherProjects, applications, otherWork } = model.sections;
  const listed = [
    ...euProjects.ongoing,
    ...euProjects.finished,
    ...otherProjects.ongoing,
    ...otherProjects.finished,
    ...applications.map(({ outcome: _o, ...p }) => p),
  ];
  const projects = new Map<string, Project>();
  for (const project of listed) projects.set(project.id ?? JSON.stringify(project), project);
  const activities = otherWork.flatMap((g) =>
    g.activities.map(({ needsClimateCompensation: _n, ...a }) => a),
  );
  return { projects: [...projects.values()], activities };
}

function toReportAdministration(admin: Administration): ReportAdministration {
  const { id, name, shortName, kind, committee } = admin;
  return shortName === undefined
    ? { id, name, kind, committee }
    : { id, name, shortName, kind, committee };
}

/**
 * Builds the yearly report of the whole municipality, or of one administration with
 * `administrationId`. Records of any year may be passed; the counting rules pick the year's.
 * @throws Error when `administrationId` is not an administration of the organisation.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { organisation, year, submissions, administrationId } = input;
  const scopeAdmins = scopeOf(organisation, administrationId);
  const ids = new Set(scopeAdmins.map((a) => a.id));
  const reporting = {
    submissions: submissions.filter((s) => ids.has(s.administrationId)),
    decisions: (input.decisions ?? []).filter((d) => ids.has(d.administrationId)),
  };
  const known = new Set(organisation.administrations.map((a) => a.id));
  const unknownAdministrationIds = administrationId
    ? []
    : [...new Set([...input.projects, ...input.activities].map((r) => r.administrationId))]
        .filter((id) => !known.has(id))
        .sort();

  const rates = ratesOfYear(input.rounds, year);
  // Per administration: the live records, or the frozen ones when the submission is frozen.
  const chapters = scopeAdmins.map((admin) => {
    const live: Records = {
      projects: input.projects.filter((p) => p.administrationId === admin.id),
      activities: input.activities.filter((a) => a.administrationId === admin.id),
    };
    const { submission, status } = reportingStatusOf(
      reporting.submissions,
      reporting.decisions,
      admin.id,
      year,
    );
    const frozen = submission && isHandedIn(status) ? frozenModelOf(submission) : undefined;
    const useFrozen = frozen !== undefined && (input.source ?? 'snapshot') === 'snapshot';
    const records = useFrozen ? recordsOf(frozen) : live;
    const entry: CompletenessEntry = {
      administrationId: admin.id,
      status,
      ...(submission?.submittedBy ? { submittedBy: submission.submittedBy } : {}),
      ...(submission?.submittedAt ? { submittedAt: submission.submittedAt } : {}),
      source: useFrozen ? 'snapshot' : 'live',
      changesSinceSubmission: frozen
        ? diffReportModels(frozen, {
            sections: buildSections(live, year, [admin], reporting),
            keyFigures: computeKeyFigures({ ...live, rates }, year),
          }).length
        : null,
    };
    return { admin, records, entry };
  });

  const all: Records = {
    projects: chapters.flatMap((c) => c.records.projects),
    activities: chapters.flatMap((c) => c.records.activities),
  };
  const initiativesOf = (adminIds: ReadonlySet<string>) =>
    input.initiatives
      ? { initiatives: input.initiatives.filter((d) => adminIds.has(d.administrationId)) }
      : {};
  const round = input.rounds?.find((r) => r.year === year);
  const entries = chapters.map((c) => c.entry);
  return {
    meta: {
      version: reportModelVersion,
      organisationId: organisation.id,
      organisationName: organisation.name,
      vision: organisation.vision,
      goalArea: organisation.goalArea,
      ...(organisation.english ? { english: organisation.english } : {}),
      year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      scope: administrationId
        ? { kind: 'administration', administrationId }
        : { kind: 'municipality' },
      administrations: scopeAdmins.map(toReportAdministration),
      mandatePeriod: mandatePeriodOf(year, organisation) ?? null,
      generatedAt: input.generatedAt ?? new Date().toISOString(),
    },
    sections: buildSections(all, year, scopeAdmins, reporting),
    keyFigures: computeKeyFigures({ ...all, ...initiativesOf(ids), rates }, year),
    // The year before converts with its own round's rates, like its own report did.
    previousKeyFigures: computeKeyFigures(
      { ...all, ...initiativesOf(ids), rates: ratesOfYear(input.rounds, year - 1) },
      year - 1,
    ),
    completeness: {
      ...(round ? { deadline: round.deadline, open: round.open } : {}),
      submitted: entries.filter((e) => isHandedIn(e.status)).length,
      total: entries.length,
      administrations: entries,
      unknownAdministrationIds,
    },
    goodExamples: goodExamplesOfYear(all, year),
    perAdministration: administrationId
      ? []
      : chapters.map(({ admin, records }) => ({
          ...toReportAdministration(admin),
          sections: buildSections(records, year, [admin], reporting),
          keyFigures: computeKeyFigures(
            { ...records, ...initiativesOf(new Set([admin.id])), rates },
            year,
          ),
        })),
  };
}

function scopeOf(organisation: OrganisationConfig, administrationId?: string): Administration[] {
  if (administrationId === undefined) return organisation.administrations;
  const admin = findAdministration(organisation, administrationId);
  if (!admin) {
    throw new Error(
      `administrationId: "${administrationId}" is not an administration of ${organisation.name}`,
    );
  }
  return [admin];
}

/** One difference between two report models, at a readable path. */
export interface ReportChange {
  /** e.g. `keyFigures.counts.euOngoing` or `sections.applications[project-7].outcome`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Array items are matched by these keys (first present wins), so reordering is no change. */
const itemKeys = ['id', 'administrationId', 'type', 'programme', 'dimension', 'mean', 'year'];

function itemKey(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    for (const key of itemKeys) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function diffValues(before: unknown, after: unknown, path: string, out: ReportChange[]): void {
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isPlainObject)) {
    const left = new Map(before.map((item, i) => [itemKey(item, i), item]));
    const right = new Map(after.map((item, i) => [itemKey(item, i), item]));
    for (const [key, item] of left) {
      if (!right.has(key)) out.push({ path: `${path}[${key}]`, kind: 'removed', before: item });
      else diffValues(item, right.get(key), `${path}[${key}]`, out);
    }
    for (const [key, item] of right) {
      if (!left.has(key)) out.push({ path: `${path}[${key}]`, kind: 'added', after: item });
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const [b, a] = [before[key], after[key]];
      const sub = path ? `${path}.${key}` : key;
      if (b === undefined && a !== undefined) out.push({ path: sub, kind: 'added', after: a });
      else if (b !== undefined && a === undefined)
        out.push({ path: sub, kind: 'removed', before: b });
      else diffValues(b, a, sub, out);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, kind: 'changed', before, after });
  }
}

/**
 * What changed between two models of the same scope and year, typically a frozen snapshot (`a`)
 * and the live figures (`b`): entries added or removed (matched by id) and changed values. Only
 * the recorded content is compared: sections and key figures, not meta or completeness, not the
 * narratives, which are the submission's own text (frozen by its status, not by a snapshot), and
 * not the considered share of development initiatives, which is always read live, and not the
 * SEK conversion, which follows the round's exchange rates (the recorded amounts per currency
 * are compared, so a changed amount still shows).
 */
export function diffReportModels(
  a: Pick<ReportModel, 'sections' | 'keyFigures'>,
  b: Pick<ReportModel, 'sections' | 'keyFigures'>,
): ReportChange[] {
  const out: ReportChange[] = [];
  const content = (m: Pick<ReportModel, 'sections'>) => ({
    ...m.sections,
    results: { projects: m.sections.results.projects },
  });
  // The considered share is always read live, never frozen (see `ReportInput.initiatives`), so
  // one side having it and the other not is no change to the submitted records.
  const recorded = ({ fundingConsidered: _live, funding, ...rest }: KeyFigures) => {
    // The rates are the round's, entered after many submissions: a new rate is no changed record.
    const {
      grantedSek: _g,
      appliedSek: _a,
      ongoingGrantedSek: _o,
      ownContributionSek: _c,
      unconverted: _u,
      exchangeRates: _r,
      missingRates: _m,
      ...amounts
    } = funding;
    return { ...rest, funding: amounts };
  };
  diffValues(content(a), content(b), 'sections', out);
  diffValues(recorded(a.keyFigures), recorded(b.keyFigures), 'keyFigures', out);
  return out;
}

/**
 * The mandate-period follow-up: the strategy asks the executive board to follow it up at least
 * once per mandate period, so this model puts the period's four years side by side for the whole
 * municipality and per administration, with the trend of the main figures.
 */

/** The figures followed over a mandate period, in presentation order. */
export const trendMetrics = [
  'projectsOngoing',
  'projectsFinished',
  'applications',
  'successRate',
  'grantedSek',
  'appliedSek',
  'ownContributionSek',
  'activities',
  'flightTrips',
  'co2eKg',
  'compensatedFlightShare',
  'digitalShare',
  'fundingConsideredShare',
] as const;
export type TrendMetric = (typeof trendMetrics)[number];

/** How each trend metric is read out of a year's key figures (null where a share is undefined). */
const metricReaders: Record<TrendMetric, (k: KeyFigures) => number | null> = {
  projectsOngoing: (k) => k.counts.euOngoing + k.counts.otherOngoing,
  projectsFinished: (k) => k.counts.euFinished + k.counts.otherFinished,
  applications: (k) => k.counts.applications,
  successRate: (k) => k.successRate,
  grantedSek: (k) => k.funding.grantedSek,
  appliedSek: (k) => k.funding.appliedSek,
  ownContributionSek: (k) => k.funding.ownContributionSek,
  activities: (k) => k.counts.activities,
  flightTrips: (k) => k.travel.flightTrips,
  co2eKg: (k) => k.travel.co2eKg,
  compensatedFlightShare: (k) => k.travel.compensatedFlightShare,
  digitalShare: (k) => k.travel.digitalShare,
  // Absent when the model was built without initiatives: unknown, not zero.
  fundingConsideredShare: (k) => k.fundingConsidered?.share ?? null,
};

/** The key figures that are sums in kronor. */
export const sekFigures = [
  'grantedSek',
  'appliedSek',
  'ongoingGrantedSek',
  'ownContributionSek',
] as const;
export type SekFigure = (typeof sekFigures)[number];

const unconvertedOf: Record<SekFigure, keyof KeyFigures['funding']['unconverted']> = {
  grantedSek: 'granted',
  appliedSek: 'applied',
  ongoingGrantedSek: 'ongoingGranted',
  ownContributionSek: 'ownContribution',
};

/** A money key figure as its SEK total with the parts that had no rate (see `money.ts`). */
export function sekFigureOf(figures: Pick<KeyFigures, 'funding'>, figure: SekFigure): SekSum {
  return {
    sek: figures.funding[figure],
    unconverted: figures.funding.unconverted[unconvertedOf[figure]],
  };
}

/** True for a trend metric that is a sum in kronor. */
export function isSekMetric(metric: TrendMetric): metric is TrendMetric & SekFigure {
  return (sekFigures as readonly string[]).includes(metric);
}

/** Reads one trend metric out of a year's key figures (null where the share is undefined). */
export function metricOf(metric: TrendMetric, keyFigures: KeyFigures): number | null {
  return metricReaders[metric](keyFigures);
}

const yearFiguresSchema = z.object({
  year: z.number().int(),
  /** False for a year that has not ended when the model was generated. */
  complete: z.boolean(),
  keyFigures: keyFiguresSchema,
});

/** One metric over the years of a period. */
export const trendSchema = z.object({
  metric: z.enum(trendMetrics),
  /** One value per year of the period, in order; null where undefined (e.g. no decisions). */
  values: z.array(z.number().nullable()),
  /** Last defined value minus the first; null with fewer than two defined values. */
  change: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat', 'unknown']),
  /**
   * For a sum in kronor: per year, the part with no exchange rate for that year, in its own
   * currency (not in `values`). A year with such a part is left out of `change`: its kronor are
   * not the whole sum.
   */
  unconverted: z.array(moneyByCurrencySchema).optional(),
});
export type Trend = z.infer<typeof trendSchema>;

/** The mandate-period follow-up model for the executive board. */
export const mandatePeriodModelSchema = z.object({
  meta: z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    vision: z.string(),
    goalArea: z.string(),
    /** The vision and goal area in English, for English reports (from the organisation config). */
    english: z.object({ vision: z.string(), goalArea: z.string() }).optional(),
    period: mandatePeriodSchema,
    scope: reportScopeSchema,
    administrations: z.array(reportAdministrationSchema),
    generatedAt: z.iso.datetime({ offset: true }),
  }),
  years: z.array(z.number().int()),
  keyFigures: z.array(yearFiguresSchema),
  perAdministration: z.array(
    reportAdministrationSchema.extend({
      keyFigures: z.array(yearFiguresSchema),
      trends: z.array(trendSchema),
    }),
  ),
  trends: z.array(trendSchema),
});
export type MandatePeriodModel = z.infer<typeof mandatePeriodModelSchema>;

/** Input of `buildMandatePeriodModel`; `period` is a period or any year within one. */
export type MandatePeriodInput = Omit<ReportInput, 'year'> & {
  period: MandatePeriod | number;
};

function trendsOf(years: readonly { keyFigures: KeyFigures }[]): Trend[] {
  return trendMetrics.map((metric) => {
    const values = years.map((y) => metricOf(metric, y.keyFigures));
    const unconverted = isSekMetric(metric)
      ? years.map((y) => sekFigureOf(y.keyFigures, metric).unconverted)
      : undefined;
    const money = unconverted ? { unconverted } : {};
    const defined = values.filter(
      (v, i): v is number =>
        v !== null && !hasUnconverted({ sek: 0, unconverted: unconverted?.[i] ?? {} }),
    );
    const first = defined[0];
    const last = defined.at(-1);
    if (defined.length < 2 || first === undefined || last === undefined) {
      return { metric, values, change: null, direction: 'unknown', ...money };
    }
    // Shares are fractions; round so float noise never turns "flat" into "up".
    const change = Math.round((last - first) * 1e6) / 1e6;
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    return { metric, values, change, direction, ...money };
  });
}

/**
 * Builds the mandate-period model: key figures per year (whole scope and per administration) and
 * trends. Figures per year are the yearly report's, so the two never disagree.
 * @throws Error when `period` is a year outside every mandate period, or the administration is
 *   unknown.
 */
export function buildMandatePeriodModel(input: MandatePeriodInput): MandatePeriodModel {
  const { organisation, period: wanted } = input;
  const period = typeof wanted === 'number' ? mandatePeriodOf(wanted, organisation) : wanted;
  if (!period) {
    throw new Error(`period: ${String(wanted)} is in no mandate period of ${organisation.name}`);
  }
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  const currentYear = Number(generatedAt.slice(0, 4));
  const years = yearsOf(period);
  const reports = years.map((year) => buildReportModel({ ...input, year, generatedAt }));
  const figures = (pick: (r: (typeof reports)[number]) => KeyFigures) =>
    reports.map((report) => ({
      year: report.meta.year,
      complete: report.meta.year < currentYear,
      keyFigures: pick(report),
    }));
  const total = figures((r) => r.keyFigures);
  const first = reports[0];
  if (!first) throw new Error(`period: ${period.label} has no years`);

  return {
    meta: {
      organisationId: organisation.id,
      organisationName: organisation.name,
      vision: organisation.vision,
      goalArea: organisation.goalArea,
      ...(organisation.english ? { english: organisation.english } : {}),
      period,
      scope: first.meta.scope,
      administrations: first.meta.administrations,
      generatedAt,
    },
    years,
    keyFigures: total,
    perAdministration: first.perAdministration.map((chapter, index) => {
      const { sections: _s, keyFigures: _k, ...admin } = chapter;
      const perYear = figures((r) => {
        const match = r.perAdministration[index];
        if (!match) throw new Error(`perAdministration[${index}] missing for ${r.meta.year}`);
        return match.keyFigures;
      });
      return { ...admin, keyFigures: perYear, trends: trendsOf(perYear) };
    }),
    trends: trendsOf(total),
  };
}
