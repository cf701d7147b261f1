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

/**
 * SharePoint list layout of every record type (DESIGN.md §3).
 *
 * Decisions:
 * - Column API names are the domain property names (English); display names are Swedish. The
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
    text('administrationId', 'Förvaltning/bolag', true),
    choice('kind', 'Typ', projectKinds, true),
    choice('status', 'Status', projectStatuses, true),
    choice('programme', 'Program/fond', programmes, true),
    text('programmeDetail', 'Program, delprogram eller utlysning'),
    choice('role', 'Roll', projectRoles),
    note('description', 'Beskrivning'),
    json('partners', 'Partner'),
    bool('withLinnaeusUniversity', 'Samverkan med Linnéuniversitetet'),
    bool('withBusiness', 'Samverkan med näringslivet'),
    date('applicationSubmitted', 'Ansökan inlämnad', true),
    date('decisionDate', 'Beslutsdatum'),
    date('startDate', 'Startdatum', true),
    date('endDate', 'Slutdatum', true),
    choice('currency', 'Valuta', currencies),
    number('appliedAmount', 'Sökt belopp'),
    number('grantedAmount', 'Beviljad extern finansiering'),
    number('ownContributionCash', 'Egen medfinansiering, kontant'),
    number('ownContributionInKind', 'Egen medfinansiering, i tid/natura'),
    number('totalBudget', 'Total budget'),
    json('sustainability', 'Hållbarhetsdimensioner'),
    json('strategyMeans', 'Strategins medel'),
    note('expectedResults', 'Förväntade resultat'),
    note('achievedResults', 'Uppnådda resultat'),
    text('decisionBody', 'Beslutande organ'),
    text('registrationNumber', 'Diarienummer'),
    text('contactPerson', 'Kontaktperson'),
    text('callId', 'Utlysning', true),
    bool('goodExample', 'Gott exempel'),
    note('goodExampleSummary', 'Gott exempel, sammanfattning'),
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
    text('administrationId', 'Förvaltning/bolag', true),
    choice('type', 'Typ av aktivitet', activityTypes, true),
    date('startDate', 'Startdatum', true),
    date('endDate', 'Slutdatum', true),
    text('place', 'Plats'),
    text('country', 'Land'),
    text('organiser', 'Arrangör eller nätverk'),
    { name: 'participants', displayName: 'Antal deltagare', type: 'integer' },
    bool('digital', 'Digitalt'),
    choice('travelMode', 'Färdsätt', travelModes),
    number('distanceKm', 'Avstånd tur och retur (km)'),
    number('co2eKg', 'Utsläpp (kg CO2e)'),
    bool('climateCompensated', 'Klimatkompenserad'),
    text('compensationReference', 'Referens klimatkompensation'),
    note('results', 'Resultat'),
    note('lessons', 'Lärdomar'),
    text('projectId', 'Kopplat projekt', true),
    bool('goodExample', 'Gott exempel'),
    note('goodExampleSummary', 'Gott exempel, sammanfattning'),
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
    text('administrationId', 'Förvaltning/bolag', true),
    text('contactUpn', 'Kontaktperson (e-post)'),
    text('contactName', 'Kontaktperson'),
    text('deputyUpn', 'Ersättare (e-post)'),
    text('deputyName', 'Ersättare'),
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
    { name: 'year', displayName: 'År', type: 'integer', indexed: true },
    date('deadline', 'Sista dag'),
    bool('open', 'Öppen'),
    text('openedBy', 'Öppnad av'),
    // The year's exchange rates to SEK (DESIGN.md §3a), written by the coordinator like the rest.
    json('exchangeRates', 'Växelkurser'),
  ],
};

/** The columns a yearly report has had in both versions of its list. */
const submissionColumns = (statuses: readonly string[]): ColumnDefinition[] => [
  text('administrationId', 'Förvaltning/bolag', true),
  { name: 'year', displayName: 'År', type: 'integer', indexed: true },
  choice('status', 'Status', statuses, true),
  note('otherWorkNarrative', 'Övrigt internationellt arbete'),
  note('resultsNarrative', 'Resultat av det internationella arbetet'),
  text('submittedBy', 'Inlämnad av'),
  { name: 'submittedAt', displayName: 'Inlämnad', type: 'dateTime' },
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
    text('legacyId', 'Flyttad från', true),
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
    text('administrationId', 'Förvaltning/bolag', true),
    { name: 'year', displayName: 'År', type: 'integer', indexed: true },
    choice('decision', 'Beslut', reviewDecisions, true),
    note('comment', 'Kommentar från granskningen'),
    text('submissionId', 'Årsrapport (objekt-id)'),
    text('submissionVersion', 'Granskad version'),
    text('decidedBy', 'Granskad av'),
    { name: 'decidedAt', displayName: 'Granskad', type: 'dateTime' },
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
    text('url', 'Webbplats'),
    text('administrationId', 'Ansvarig förvaltning/bolag', true),
    date('since', 'Medlem sedan'),
    date('until', 'Medlem till'),
    number('annualFee', 'Årsavgift'),
    choice('currency', 'Valuta', currencies),
    note('notes', 'Anteckningar'),
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
    choice('programme', 'Program/fond', programmes, true),
    text('programmeDetail', 'Program, delprogram eller fond'),
    text('url', 'Länk'),
    date('opens', 'Öppnar'),
    date('closes', 'Sista ansökningsdag', true),
    json('themes', 'Teman'),
    json('administrationIds', 'Berörda förvaltningar och bolag'),
    number('coFinancingRate', 'Finansieringsgrad (%)'),
    note('notes', 'Anteckningar'),
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
