import {
  activityTypes,
  currencies,
  programmes,
  reviewDecisions,
  projectKinds,
  projectRoles,
  projectStatuses,
  submissionStatuses,
  travelModes,
} from '../../domain/records.js';
import { callResponseStatuses, fundingOutcomes } from '../../domain/funding.js';
import { fieldLabel, type RecordFields, type RecordType } from '../../domain/labels/index.js';

/**
 * A column's display name: the field's Swedish label in the domain, so SharePoint's list shows
 * the words the tab and the report use. (Display names are set when a column is created; an
 * existing column keeps the name it was created with.)
 */
function sv<R extends RecordType>(recordType: R, field: RecordFields[R]): string {
  return fieldLabel('sv', recordType, field);
}

/**
 * SharePoint list layout of every record type (DESIGN.md §3).
 *
 * Decisions:
 * - Column API names are the domain property names (English); display names are the domain's
 *   Swedish field labels (`sv`), but for two columns that say how they store their value. The
 *   record's `title` (or a derived label) goes into SharePoint's built-in `Title` column, which
 *   every generic list has and which views and search show.
 * - Enums are `choice` columns holding the stable codes (`granted`, `eu`): labels are per locale
 *   in the UI, so a code never changes when a translation does.
 * - Arrays (partners, sustainability dimensions, strategy means) are JSON in multi-line text
 *   columns. Graph cannot create multi-select choice columns, and partners are objects anyway;
 *   nothing filters on them server-side.
 * - Calendar dates are `dateTime` columns with format `dateOnly`, written as `YYYY-MM-DDT00:00:00Z`.
 * - Every column used in `$filter`/`$orderby` is indexed (SharePoint refuses unindexed filters on
 *   lists over the 5,000-item view threshold).
 * - `LISTS_SCHEMA_VERSION` is written into each list's description; provisioning adds missing
 *   columns to lists created by an older version.
 */
export const LISTS_SCHEMA_VERSION = 1;

/** Column kinds we use, each mapped to one Graph columnDefinition facet. */
export type ColumnType =
  'text' | 'note' | 'json' | 'number' | 'integer' | 'boolean' | 'date' | 'dateTime' | 'choice';

/** One typed column. `name` is the API name and the domain property it holds. */
export interface ColumnDefinition {
  name: string;
  displayName: string;
  type: ColumnType;
  indexed?: boolean;
  choices?: readonly string[];
}

/**
 * Who may write a list's items beyond what the site gives (DESIGN.md §3: owners and members of a
 * group write its site). Graph cannot set per-user list permissions, so a SharePoint admin sets
 * these once per list (`policies.ts` prints the PnP PowerShell commands; the local emulator gets
 * them as configuration):
 * - `writers: 'owners'`: inheritance broken, the group's owners edit and its members only read.
 * - `writeSecurity: 'own'`: item-level permissions "create items and edit items that were created
 *   by the user"; owners (Manage Lists) still edit every item.
 * App-only identities (the server, the bot) are bound by neither.
 */
export interface ListAdminPolicy {
  writers?: 'members' | 'owners';
  writeSecurity?: 'all' | 'own';
  /** Why this list needs it (printed beside the admin's commands). */
  reason: string;
}

/** Where a list lives: each administration's site, or the network's site. */
export type ListScope = 'administration' | 'network';

/** One SharePoint list of the app. */
export interface ListDefinition {
  /** Stable key in code. */
  key:
    | 'projects'
    | 'activities'
    | 'contactPersons'
    | 'reportingRounds'
    | 'submissions'
    | 'legacySubmissions'
    | 'reviewDecisions'
    | 'networkMemberships'
    | 'fundingCalls'
    | 'callResponses'
    | 'developmentInitiatives';
  /** The list's display name (Swedish), also how provisioning and repositories find it. */
  displayName: string;
  description: string;
  scope: ListScope;
  /** The domain field stored in `Title`; when absent, `titleOf` derives a label. */
  titleField?: string;
  titleOf?: (record: Record<string, unknown>) => string;
  columns: readonly ColumnDefinition[];
  /** Set when the site's permissions are too wide for the list (absent: members write all items). */
  adminPolicy?: ListAdminPolicy;
}

const text = (name: string, displayName: string, indexed = false): ColumnDefinition => ({
  name,
  displayName,
  type: 'text',
  indexed,
});
const note = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  type: 'note',
});
const json = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  type: 'json',
});
const number = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  type: 'number',
});
const bool = (name: string, displayName: string): ColumnDefinition => ({
  name,
  displayName,
  type: 'boolean',
});
const date = (name: string, displayName: string, indexed = false): ColumnDefinition => ({
  name,
  displayName,
  type: 'date',
  indexed,
});
const choice = (
  name: string,
  displayName: string,
  choices: readonly string[],
  indexed = false,
): ColumnDefinition => ({
  name,
  displayName,
  type: 'choice',
  choices,
  indexed,
});

const description = (what: string) =>
  `${what} (Internationellt arbete, schemaversion ${LISTS_SCHEMA_VERSION})`;

/** International projects and funding applications of one administration. */
export const projectsList: ListDefinition = {
  key: 'projects',
  displayName: 'Internationella projekt',
  description: description('EU-projekt, andra internationella projekt och ansökningar'),
  scope: 'administration',
  titleField: 'title',
  columns: [
    text('administrationId', sv('project', 'administrationId'), true),
    choice('kind', sv('project', 'kind'), projectKinds, true),
    choice('status', sv('project', 'status'), projectStatuses, true),
    choice('programme', sv('project', 'programme'), programmes, true),
    text('programmeDetail', sv('project', 'programmeDetail')),
    choice('role', sv('project', 'role'), projectRoles),
    note('description', sv('project', 'description')),
    json('partners', sv('project', 'partners')),
    bool('withLinnaeusUniversity', sv('project', 'withLinnaeusUniversity')),
    bool('withBusiness', sv('project', 'withBusiness')),
    date('applicationSubmitted', sv('project', 'applicationSubmitted'), true),
    date('decisionDate', sv('project', 'decisionDate')),
    date('startDate', sv('project', 'startDate'), true),
    date('endDate', sv('project', 'endDate'), true),
    choice('currency', sv('project', 'currency'), currencies),
    number('appliedAmount', sv('project', 'appliedAmount')),
    number('grantedAmount', sv('project', 'grantedAmount')),
    number('ownContributionCash', sv('project', 'ownContributionCash')),
    number('ownContributionInKind', sv('project', 'ownContributionInKind')),
    number('totalBudget', sv('project', 'totalBudget')),
    json('sustainability', sv('project', 'sustainability')),
    json('strategyMeans', sv('project', 'strategyMeans')),
    note('expectedResults', sv('project', 'expectedResults')),
    note('achievedResults', sv('project', 'achievedResults')),
    text('decisionBody', sv('project', 'decisionBody')),
    text('registrationNumber', sv('project', 'registrationNumber')),
    text('contactPerson', sv('project', 'contactPerson')),
    text('callId', sv('project', 'callId'), true),
    bool('goodExample', sv('project', 'goodExample')),
    note('goodExampleSummary', sv('project', 'goodExampleSummary')),
  ],
};

/** Other international work (conferences, study visits, travel, ...) of one administration. */
export const activitiesList: ListDefinition = {
  key: 'activities',
  displayName: 'Övrigt internationellt arbete',
  description: description(
    'Konferenser, nätverksmöten, studiebesök, delegationer, kompetensutveckling och resor',
  ),
  scope: 'administration',
  titleField: 'title',
  columns: [
    text('administrationId', sv('activity', 'administrationId'), true),
    choice('type', sv('activity', 'type'), activityTypes, true),
    date('startDate', sv('activity', 'startDate'), true),
    date('endDate', sv('activity', 'endDate'), true),
    text('place', sv('activity', 'place')),
    text('country', sv('activity', 'country')),
    text('organiser', sv('activity', 'organiser')),
    { name: 'participants', displayName: sv('activity', 'participants'), type: 'integer' },
    bool('digital', sv('activity', 'digital')),
    choice('travelMode', sv('activity', 'travelMode'), travelModes),
    number('distanceKm', sv('activity', 'distanceKm')),
    number('co2eKg', sv('activity', 'co2eKg')),
    bool('climateCompensated', sv('activity', 'climateCompensated')),
    text('compensationReference', sv('activity', 'compensationReference')),
    note('results', sv('activity', 'results')),
    note('lessons', sv('activity', 'lessons')),
    text('projectId', sv('activity', 'projectId'), true),
    bool('goodExample', sv('activity', 'goodExample')),
    note('goodExampleSummary', sv('activity', 'goodExampleSummary')),
  ],
};

/** The registry of contact persons (with deputies), on the network site. */
export const contactPersonsList: ListDefinition = {
  key: 'contactPersons',
  displayName: 'Kontaktpersoner',
  description: description('Internationella kontaktpersoner per förvaltning och bolag'),
  scope: 'network',
  titleOf: (r) => String(r.contactName ?? r.contactUpn ?? r.administrationId ?? ''),
  adminPolicy: {
    writers: 'owners',
    reason:
      'the coordinator keeps the registry (the network tab edits it as owner); contact persons read it',
  },
  columns: [
    text('administrationId', sv('contactPerson', 'administrationId'), true),
    text('contactUpn', sv('contactPerson', 'contactUpn')),
    text('contactName', sv('contactPerson', 'contactName')),
    text('deputyUpn', sv('contactPerson', 'deputyUpn')),
    text('deputyName', sv('contactPerson', 'deputyName')),
  ],
};

/** The yearly reporting rounds opened by the coordinator. */
export const reportingRoundsList: ListDefinition = {
  key: 'reportingRounds',
  displayName: 'Rapporteringsomgångar',
  description: description('Årliga rapporteringsomgångar med sista dag'),
  scope: 'network',
  titleOf: (r) => `Årsrapport ${String(r.year ?? '')}`,
  adminPolicy: {
    writers: 'owners',
    reason: 'only the coordinator opens and closes reporting rounds',
  },
  columns: [
    { name: 'year', displayName: sv('reportingRound', 'year'), type: 'integer', indexed: true },
    date('deadline', sv('reportingRound', 'deadline')),
    bool('open', sv('reportingRound', 'open')),
    text('openedBy', sv('reportingRound', 'openedBy')),
    // The year's exchange rates to SEK (DESIGN.md §3a), written by the coordinator like the rest.
    json('exchangeRates', sv('reportingRound', 'exchangeRates')),
  ],
};

/** The columns a yearly report has had in both versions of its list. */
const submissionColumns = (statuses: readonly string[]): ColumnDefinition[] => [
  text('administrationId', sv('submission', 'administrationId'), true),
  { name: 'year', displayName: sv('submission', 'year'), type: 'integer', indexed: true },
  choice('status', sv('submission', 'status'), statuses, true),
  note('otherWorkNarrative', sv('submission', 'otherWorkNarrative')),
  note('resultsNarrative', sv('submission', 'resultsNarrative')),
  text('submittedBy', sv('submission', 'submittedBy')),
  { name: 'submittedAt', displayName: sv('submission', 'submittedAt'), type: 'dateTime' },
];

/**
 * An administration's yearly reports, on its own site (one item per year): the narratives and the
 * frozen snapshot, draft or submitted. The site's permissions are the rule: every owner and member
 * of the administration's private group edits it, so a deputy or a new contact person can finish
 * or resubmit what another started; nobody else writes it. Approval and return are review
 * decisions on the network site. The frozen snapshot is JSON in a multi-line text column;
 * SharePoint caps those at 63,999 characters in some configurations, so very large snapshots
 * would belong in a file in the channel's folder instead (not needed for the sample sizes).
 */
export const submissionsList: ListDefinition = {
  key: 'submissions',
  displayName: 'Årsrapporter',
  description: description('Förvaltningens eller bolagets årsrapporter, en per år'),
  scope: 'administration',
  titleOf: (r) => `${String(r.administrationId ?? '')} ${String(r.year ?? '')}`,
  columns: [
    ...submissionColumns(submissionStatuses),
    note('snapshot', 'Ögonblicksbild (JSON)'),
    text('legacyId', sv('submission', 'legacyId'), true),
  ],
};

/** The coordinator's review decisions on the administrations' yearly reports (network site). */
export const reviewDecisionsList: ListDefinition = {
  key: 'reviewDecisions',
  displayName: 'Granskningsbeslut',
  description: description('Samordnarens beslut om förvaltningarnas och bolagens årsrapporter'),
  scope: 'network',
  titleOf: (r) =>
    `${String(r.administrationId ?? '')} ${String(r.year ?? '')} ${String(r.decision ?? '')}`,
  adminPolicy: {
    writers: 'owners',
    reason:
      'only the coordinator approves or returns a yearly report; contact persons read the decisions',
  },
  columns: [
    text('administrationId', sv('reviewDecision', 'administrationId'), true),
    { name: 'year', displayName: sv('reviewDecision', 'year'), type: 'integer', indexed: true },
    choice('decision', sv('reviewDecision', 'decision'), reviewDecisions, true),
    note('comment', sv('reviewDecision', 'comment')),
    text('submissionId', 'Årsrapport (objekt-id)'),
    text('submissionVersion', sv('reviewDecision', 'submissionVersion')),
    text('decidedBy', sv('reviewDecision', 'decidedBy')),
    { name: 'decidedAt', displayName: sv('reviewDecision', 'decidedAt'), type: 'dateTime' },
  ],
};

/**
 * The old network list of yearly reports (status and review in one item, "edit own items"). Not
 * provisioned any more: the upgrade in `provision` moves its items to the administrations' sites
 * and keeps it, read only, so nothing is lost.
 */
export const legacySubmissionsList: ListDefinition = {
  key: 'legacySubmissions',
  displayName: 'Årsrapporter',
  description: description('Förvaltningarnas och bolagens årsrapporter (före flytten)'),
  scope: 'network',
  titleOf: (r) => `${String(r.administrationId ?? '')} ${String(r.year ?? '')}`,
  adminPolicy: {
    writers: 'owners',
    reason:
      "moved to the administrations' sites by the upgrade; kept read only so nothing is lost and nothing new is written there",
  },
  columns: [
    ...submissionColumns(['draft', 'submitted', 'returned', 'approved']),
    text('reviewedBy', 'Granskad av'),
    { name: 'reviewedAt', displayName: 'Granskad', type: 'dateTime' },
    note('reviewComment', 'Kommentar från granskning'),
    note('snapshot', 'Ögonblicksbild (JSON)'),
  ],
};

/** The municipality's memberships in international networks. */
export const networkMembershipsList: ListDefinition = {
  key: 'networkMemberships',
  displayName: 'Nätverksmedlemskap',
  description: description('Medlemskap i internationella nätverk'),
  scope: 'network',
  titleField: 'name',
  adminPolicy: {
    writers: 'owners',
    reason: "only the coordinator records the municipality's memberships in international networks",
  },
  columns: [
    text('url', sv('networkMembership', 'url')),
    text('administrationId', sv('networkMembership', 'administrationId'), true),
    date('since', sv('networkMembership', 'since')),
    date('until', sv('networkMembership', 'until')),
    number('annualFee', sv('networkMembership', 'annualFee')),
    choice('currency', sv('networkMembership', 'currency'), currencies),
    note('notes', sv('networkMembership', 'notes')),
  ],
};

/** The funding calls (utlysningar) the coordinator keeps, on the network site. */
export const fundingCallsList: ListDefinition = {
  key: 'fundingCalls',
  displayName: 'Utlysningar',
  description: description('Utlysningar för extern finansiering som samordnaren bevakar'),
  scope: 'network',
  titleField: 'title',
  adminPolicy: {
    writers: 'owners',
    reason: 'only the coordinator keeps the funding calls',
  },
  columns: [
    choice('programme', sv('fundingCall', 'programme'), programmes, true),
    text('programmeDetail', sv('fundingCall', 'programmeDetail')),
    text('url', sv('fundingCall', 'url')),
    date('opens', sv('fundingCall', 'opens')),
    date('closes', sv('fundingCall', 'closes'), true),
    json('themes', sv('fundingCall', 'themes')),
    json('administrationIds', sv('fundingCall', 'administrationIds')),
    number('coFinancingRate', sv('fundingCall', 'coFinancingRate')),
    note('notes', sv('fundingCall', 'notes')),
  ],
};

/**
 * The administrations' responses to calls, on the network site: the contact persons (network
 * members) answer for their administration and every network member sees who looks at what.
 */
export const callResponsesList: ListDefinition = {
  key: 'callResponses',
  displayName: 'Svar på utlysningar',
  description: description('Förvaltningarnas och bolagens svar på utlysningar'),
  scope: 'network',
  titleOf: (r) => `${String(r.administrationId ?? '')} ${String(r.callId ?? '')}`,
  adminPolicy: {
    writeSecurity: 'own',
    reason:
      'a contact person answers a call for the administration and changes only their own answers; the coordinator (owner) may change any. ' +
      'An answer the coordinator gave first can then be changed only by the coordinator',
  },
  columns: [
    text('callId', 'Utlysning', true),
    text('administrationId', 'Förvaltning/bolag', true),
    choice('status', 'Svar', callResponseStatuses, true),
    note('reason', 'Motivering'),
    text('projectId', 'Planerat projekt'),
    text('respondedBy', 'Besvarad av'),
  ],
};

/** Development initiatives and whether external funding was considered, per administration. */
export const developmentInitiativesList: ListDefinition = {
  key: 'developmentInitiatives',
  displayName: 'Verksamhetsutveckling',
  description: description('Utvecklingsinsatser och om extern finansiering övervägdes'),
  scope: 'administration',
  titleField: 'title',
  columns: [
    text('administrationId', 'Förvaltning/bolag', true),
    note('description', 'Beskrivning'),
    { name: 'year', displayName: 'År', type: 'integer', indexed: true },
    bool('fundingConsidered', 'Extern finansiering övervägd'),
    choice('fundingOutcome', 'Utfall', fundingOutcomes),
    note('outcomeReason', 'Motivering'),
    text('callId', 'Utlysning'),
    text('projectId', 'Kopplat projekt'),
  ],
};

/** Every list, in provisioning order. */
export const listDefinitions: readonly ListDefinition[] = [
  projectsList,
  activitiesList,
  contactPersonsList,
  reportingRoundsList,
  submissionsList,
  reviewDecisionsList,
  networkMembershipsList,
  fundingCallsList,
  callResponsesList,
  developmentInitiativesList,
];

/** Lists an older version provisioned and an upgrade keeps (their policies still apply). */
export const legacyListDefinitions: readonly ListDefinition[] = [legacySubmissionsList];

/** The Graph `columnDefinition` body that creates a column. */
export function toGraphColumn(column: ColumnDefinition): Record<string, unknown> {
  const base = {
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed ?? false,
  };
  switch (column.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
    case 'json':
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic' } };
    case 'integer':
      return { ...base, number: { decimalPlaces: 'none' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'date':
      return { ...base, dateTime: { format: 'dateOnly' } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime' } };
    case 'choice':
      return {
        ...base,
        choice: {
          choices: [...(column.choices ?? [])],
          displayAs: 'dropDownMenu',
          allowTextEntry: false,
        },
      };
  }
}

/** True when the field (domain name or `Title`) is an indexed column of the list. */
export function isIndexed(definition: ListDefinition, field: string): boolean {
  // `id` is the item id, always indexed; `Title` is not indexed by SharePoint's default.
  if (field === 'id') return true;
  return definition.columns.some((c) => c.name === field && c.indexed === true);
}
