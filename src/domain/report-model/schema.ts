import { z } from 'zod';
import {
  fundingConsideredFigureSchema,
  goodExampleSchema,
  type DevelopmentInitiative,
} from '../funding';
import { completenessStatuses } from '../labels';
import { mandatePeriodSchema, type OrganisationConfig } from '../organisation';
import {
  activityFieldsSchema,
  activityTypeSchema,
  administrationKindSchema,
  currencySchema,
  exchangeRateSchema,
  partnerTypeSchema,
  programmeSchema,
  projectFieldsSchema,
  projectStatusSchema,
  strategyMeanSchema,
  sustainabilityDimensionSchema,
  type Activity,
  type Project,
  type ReportingRound,
  type ReviewDecision,
  type Submission,
} from '../records';
import { moneyByCurrencySchema } from '../money';

/**
 * The shape of the yearly report model (issue 5): the zod schemas a frozen snapshot is checked
 * against, the types the renderers read, and the builder's input.
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
