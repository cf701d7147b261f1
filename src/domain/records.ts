import { z } from 'zod';

/**
 * Record types of DESIGN.md §4. These schemas are the boundary contract: the tab's forms, the
 * SharePoint list repositories, the import and the report all validate with them.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`); timestamps are ISO date-times. Money is a
 * non-negative number in the record's currency.
 */

/*
 * zod 4 probes `new Function` for its JIT object parser when the first object schema is built.
 * Under the tab's CSP (`script-src 'self'`, no `'unsafe-eval'`) Chromium refuses the probe and
 * reports a CSP violation, although zod catches it (test/e2e/reliability). In a browser, parse
 * without JIT so the probe never runs; Node (server, report CLI, bot) keeps the JIT parser.
 * This must run before any object schema is built: the tab imports this module first of all
 * schema modules (through the organisation config).
 */
if ('document' in globalThis) z.config({ jitless: true });

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
/**
 * Text of at most `max` characters. Up to 255 it is stored in a SharePoint single line of text,
 * which refuses line breaks (the store would answer 400), so the schema refuses them first and
 * names the field.
 */
const text = (max: number) =>
  max <= 255
    ? z
        .string()
        .trim()
        .max(max)
        .regex(/^[^\r\n]*$/, 'single-line')
    : z.string().trim().max(max);
const money = z.number().finite().nonnegative().max(1e12);
/** The records' text rule (single-line up to 255 characters), for record types defined elsewhere. */
export const recordText = text;

/** Server-side identity of a stored record (SharePoint list item id and eTag). */
export const storedSchema = z.object({
  id: z.string().min(1).optional(),
  etag: z.string().min(1).optional(),
  createdAt: isoDateTime.optional(),
  modifiedAt: isoDateTime.optional(),
  modifiedBy: text(200).optional(),
});

export const projectKinds = ['eu', 'international'] as const;
export const projectKindSchema = z.enum(projectKinds);
export type ProjectKind = z.infer<typeof projectKindSchema>;

export const projectStatuses = [
  'planned',
  'applied',
  'granted',
  'rejected',
  'withdrawn',
  'ongoing',
  'completed',
] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const programmes = [
  'interreg',
  'horizon-europe',
  'erasmus-plus',
  'life',
  'esf-plus',
  'erdf',
  'amif',
  'cerv',
  'creative-europe',
  'icld',
  'nordplus',
  'other',
] as const;
export const programmeSchema = z.enum(programmes);
export type Programme = z.infer<typeof programmeSchema>;

export const projectRoles = ['lead', 'partner', 'associated'] as const;
export const projectRoleSchema = z.enum(projectRoles);
export type ProjectRole = z.infer<typeof projectRoleSchema>;

export const partnerTypes = [
  'municipality',
  'region',
  'university',
  'business',
  'ngo',
  'government',
  'other',
] as const;
export const partnerTypeSchema = z.enum(partnerTypes);
export type PartnerType = z.infer<typeof partnerTypeSchema>;

export const partnerSchema = z.object({
  name: text(200).min(1),
  /** ISO 3166-1 alpha-2 country code, e.g. `SE`. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2')
    .optional(),
  type: partnerTypeSchema.default('other'),
});
export type Partner = z.infer<typeof partnerSchema>;

export const currencies = ['SEK', 'EUR', 'USD', 'NOK', 'DKK', 'GBP'] as const;
export const currencySchema = z.enum(currencies);
export type Currency = z.infer<typeof currencySchema>;

export const sustainabilityDimensions = ['ecological', 'economic', 'social'] as const;
export const sustainabilityDimensionSchema = z.enum(sustainabilityDimensions);
export type SustainabilityDimension = z.infer<typeof sustainabilityDimensionSchema>;

/** The strategy's three means: Extern finansiering, Omvärldssamverkan, Kompetensutveckling. */
export const strategyMeans = [
  'external-funding',
  'international-cooperation',
  'competence-development',
] as const;
export const strategyMeanSchema = z.enum(strategyMeans);
export type StrategyMean = z.infer<typeof strategyMeanSchema>;

/** The user-interface and report languages: Swedish by default, English on request. */
export const locales = ['sv', 'en'] as const;
export const localeSchema = z.enum(locales);

/** An administration is a förvaltning (under a nämnd) or a kommunalt bolag (under a styrelse). */
export const administrationKinds = ['forvaltning', 'bolag'] as const;
export const administrationKindSchema = z.enum(administrationKinds);
export type AdministrationKind = z.infer<typeof administrationKindSchema>;

const projectBaseSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  title: text(255).min(1),
  kind: projectKindSchema,
  status: projectStatusSchema,
  programme: programmeSchema,
  /** Free text when programme is `other`, or the exact call/strand (e.g. "Interreg Södra Östersjön"). */
  programmeDetail: text(255).optional(),
  role: projectRoleSchema,
  description: text(4000).optional(),
  partners: z.array(partnerSchema).max(100).default([]),
  withLinnaeusUniversity: z.boolean().default(false),
  withBusiness: z.boolean().default(false),
  applicationSubmitted: isoDate.optional(),
  decisionDate: isoDate.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  currency: currencySchema.default('SEK'),
  appliedAmount: money.optional(),
  grantedAmount: money.optional(),
  ownContributionCash: money.optional(),
  ownContributionInKind: money.optional(),
  totalBudget: money.optional(),
  sustainability: z.array(sustainabilityDimensionSchema).max(3).default([]),
  strategyMeans: z.array(strategyMeanSchema).max(3).default([]),
  expectedResults: text(4000).optional(),
  achievedResults: text(4000).optional(),
  decisionBody: text(255).optional(),
  registrationNumber: text(100).optional(),
  contactPerson: text(200).optional(),
  /** The funding call the project answers (set when an administration answers "we apply"). */
  callId: z.string().min(1).optional(),
  /** Marked as a good example worth spreading (strategy: spread the municipality's good examples). */
  goodExample: z.boolean().optional(),
  /** Short public summary of the good example, shown in the gallery, the channel and the report. */
  goodExampleSummary: text(1000).optional(),
});

/**
 * A good example is shown publicly by its summary (gallery, channel card, report), so a record
 * marked as one needs it. Worded as zod's "required" (a string shorter than 1), like any other
 * missing field.
 */
function requireGoodExampleSummary(
  record: { goodExample?: boolean | undefined; goodExampleSummary?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (record.goodExample === true && !record.goodExampleSummary?.trim()) {
    ctx.addIssue({
      code: 'too_small',
      origin: 'string',
      minimum: 1,
      inclusive: true,
      path: ['goodExampleSummary'],
      input: record.goodExampleSummary,
    });
  }
}

/**
 * A project or a funding application (DESIGN.md §4). Cross-field rules: dates in order, the
 * dates each lifecycle step needs, and a summary for a good example.
 */
export const projectSchema = projectBaseSchema.superRefine((p, ctx) => {
  requireGoodExampleSummary(p, ctx);
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    issue('endDate', 'end-before-start');
  }
  if (p.applicationSubmitted && p.decisionDate && p.decisionDate < p.applicationSubmitted) {
    issue('decisionDate', 'decision-before-application');
  }
  const needsApplication: ProjectStatus[] = ['applied', 'granted', 'rejected'];
  if (needsApplication.includes(p.status) && !p.applicationSubmitted) {
    issue('applicationSubmitted', 'required-for-status');
  }
  if ((p.status === 'granted' || p.status === 'rejected') && !p.decisionDate) {
    issue('decisionDate', 'required-for-status');
  }
  if ((p.status === 'ongoing' || p.status === 'completed') && !p.startDate) {
    issue('startDate', 'required-for-status');
  }
  if (p.status === 'completed' && !p.endDate) {
    issue('endDate', 'required-for-status');
  }
});
export type Project = z.infer<typeof projectSchema>;
/**
 * The project's fields without the cross-field rules, for deriving other shapes (`.pick`/`.omit`
 * are not allowed on a refined object in zod 4). Validate records with `projectSchema`.
 */
export const projectFieldsSchema = projectBaseSchema;
export type ProjectInput = z.input<typeof projectSchema>;

export const activityTypes = [
  'conference',
  'network-meeting',
  'study-visit',
  'incoming-delegation',
  'competence-development',
  'good-example',
  'business-internationalisation',
  'monitoring',
  'other',
] as const;
export const activityTypeSchema = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const travelModes = ['none', 'flight', 'train', 'bus', 'car', 'ferry', 'other'] as const;
export const travelModeSchema = z.enum(travelModes);
export type TravelMode = z.infer<typeof travelModeSchema>;

const activityBaseSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  title: text(255).min(1),
  type: activityTypeSchema,
  startDate: isoDate,
  endDate: isoDate.optional(),
  place: text(200).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2')
    .optional(),
  organiser: text(255).optional(),
  participants: z.number().int().min(0).max(10000).default(1),
  digital: z.boolean().default(false),
  travelMode: travelModeSchema.default('none'),
  /** Round-trip distance per traveller in km. */
  distanceKm: z.number().finite().min(0).max(100000).optional(),
  /** Estimated CO2e in kg for the whole group (computed, but stored so reports are stable). */
  co2eKg: z.number().finite().min(0).max(1e7).optional(),
  climateCompensated: z.boolean().default(false),
  compensationReference: text(255).optional(),
  results: text(4000).optional(),
  lessons: text(4000).optional(),
  projectId: z.string().min(1).optional(),
  /** Marked as a good example worth spreading (see the project's field). */
  goodExample: z.boolean().optional(),
  /** Short public summary of the good example. */
  goodExampleSummary: text(1000).optional(),
});

/** Other international work (övrigt internationellt arbete). */
export const activitySchema = activityBaseSchema.superRefine((a, ctx) => {
  requireGoodExampleSummary(a, ctx);
  if (a.endDate && a.endDate < a.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end-before-start' });
  }
  if (a.digital && a.travelMode !== 'none') {
    ctx.addIssue({ code: 'custom', path: ['travelMode'], message: 'digital-without-travel' });
  }
});
export type Activity = z.infer<typeof activitySchema>;
/** The activity's fields without the cross-field rules (see `projectFieldsSchema`). */
export const activityFieldsSchema = activityBaseSchema;
export type ActivityInput = z.input<typeof activitySchema>;

/** A membership of the municipality in an international network (Eurocities, ICLEI, ...). */
export const networkMembershipSchema = storedSchema.extend({
  name: text(255).min(1),
  /**
   * Shown as a link in the tab: only http(s), since `z.url()` alone accepts `javascript:` and
   * `data:` URLs (anything `new URL` parses).
   */
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  administrationId: z.string().min(1).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  annualFee: money.optional(),
  currency: currencySchema.default('SEK'),
  notes: text(2000).optional(),
});
export type NetworkMembership = z.infer<typeof networkMembershipSchema>;

/** The international contact person of an administration, with a deputy (DESIGN.md §4). */
export const contactPersonSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  /** userPrincipalName of the contact person. */
  contactUpn: z.string().email().max(200),
  contactName: text(200).optional(),
  deputyUpn: z.string().email().max(200).optional(),
  deputyName: text(200).optional(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The currency every SEK figure is counted in; it needs no exchange rate. */
export const reportingCurrency = 'SEK' satisfies Currency;

/**
 * The year's exchange rate of one currency (DESIGN.md §3a): how many kronor one unit was worth,
 * e.g. the Riksbank's annual average, with where the figure comes from. Only for the currencies
 * records can be kept in (ISO 4217 codes), never for SEK itself.
 */
export const exchangeRateSchema = z.object({
  currency: currencySchema.refine((code) => code !== reportingCurrency, 'rate-for-sek'),
  /** SEK per one unit of `currency`. */
  rate: z.number().finite().positive('rate-positive').max(1e6),
  /** Where the rate comes from, e.g. "Riksbankens årsgenomsnitt 2025". */
  source: text(200).min(1),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

/** The rates of one reporting round: at most one per currency. */
export const exchangeRatesSchema = z
  .array(exchangeRateSchema)
  .max(currencies.length)
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((r, index) => {
      if (seen.has(r.currency)) {
        ctx.addIssue({ code: 'custom', path: [index, 'currency'], message: 'duplicate-currency' });
      }
      seen.add(r.currency);
    });
  });

export const reportingRoundSchema = storedSchema.extend({
  year: z.number().int().min(2000).max(2100),
  deadline: isoDate,
  open: z.boolean().default(true),
  openedBy: text(200).optional(),
  /** The year's exchange rates to SEK, entered by the coordinator (DESIGN.md §3a). */
  exchangeRates: exchangeRatesSchema.default([]),
});
export type ReportingRound = z.infer<typeof reportingRoundSchema>;

/**
 * What an administration's own submission item says: a draft, or submitted (frozen). Approved
 * and returned are the coordinator's review decisions, kept on the network site where only the
 * coordinators write (DESIGN.md §3); `src/domain/reporting-status.ts` derives the status shown.
 */
export const submissionStatuses = ['draft', 'submitted'] as const;
export const submissionStatusSchema = z.enum(submissionStatuses);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** One administration's yearly report, on the administration's own site (one item per year). */
export const submissionSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  status: submissionStatusSchema.default('draft'),
  /** Narrative on other international work carried out during the year. */
  otherWorkNarrative: text(20000).optional(),
  /** Narrative on the results the international work has given. */
  resultsNarrative: text(20000).optional(),
  submittedBy: text(200).optional(),
  submittedAt: isoDateTime.optional(),
  /** JSON of the report model frozen at submission. */
  snapshot: z.string().max(5_000_000).optional(),
  /** The item of the old network list it was moved from (set by the upgrade, never by users). */
  legacyId: text(50).optional(),
  /**
   * SharePoint's version label of the item (`_UIVersionString`, e.g. "3.0"): read only, set by
   * the store on every write. A review decision names the version it judged.
   */
  version: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional(),
});
export type Submission = z.infer<typeof submissionSchema>;
export type SubmissionInput = z.input<typeof submissionSchema>;

/** The coordinator's decisions on a submitted report. */
export const reviewDecisions = ['approved', 'returned'] as const;
export const reviewDecisionKindSchema = z.enum(reviewDecisions);
export type ReviewDecisionKind = z.infer<typeof reviewDecisionKindSchema>;

/**
 * A review decision, on the network site (owners write, members read): which administration and
 * year, approved or returned with a comment, the submission item and the version of it judged,
 * by whom and when.
 */
export const reviewDecisionSchema = storedSchema.extend({
  administrationId: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  decision: reviewDecisionKindSchema,
  comment: text(4000).optional(),
  /** The submission item's id on the administration's site. */
  submissionId: z.string().regex(/^\d+$/),
  /** The submission's version label when it was judged (`Submission.version`). */
  submissionVersion: z.string().regex(/^\d+\.\d+$/),
  decidedBy: text(200).optional(),
  decidedAt: isoDateTime,
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type ReviewDecisionInput = z.input<typeof reviewDecisionSchema>;

/**
 * A submission in the old network list "Årsrapporter" (before the reporting workflow moved to the
 * administrations' sites): status and review in one item. Read only by the upgrade.
 */
export const legacySubmissionSchema = submissionSchema
  .omit({ status: true, legacyId: true, version: true })
  .extend({
    status: z.enum(['draft', 'submitted', 'returned', 'approved']).default('draft'),
    reviewedBy: text(200).optional(),
    reviewedAt: isoDateTime.optional(),
    reviewComment: text(4000).optional(),
  });
export type LegacySubmission = z.infer<typeof legacySubmissionSchema>;
