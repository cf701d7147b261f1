import type { z } from 'zod';
import { issuePath } from './issues';
import type {
  activityFieldsSchema,
  AdministrationKind,
  ActivityType,
  contactPersonSchema,
  Currency,
  locales,
  networkMembershipSchema,
  partnerSchema,
  PartnerType,
  Programme,
  projectFieldsSchema,
  ProjectKind,
  ProjectRole,
  ProjectStatus,
  reportingRoundSchema,
  reviewDecisionSchema,
  ReviewDecisionKind,
  StrategyMean,
  submissionSchema,
  SubmissionStatus,
  SustainabilityDimension,
  TravelMode,
} from './records';
import type { ExchangeRate } from './records';
import type { MoneyByCurrency, SekSum } from './money';
import type { TrendMetric } from './report-model';

/** The UI, report and bot language. Swedish unless the user's Teams locale is English. */
export type Locale = (typeof locales)[number];

/** Warnings about an activity's travel (see `travelWarnings`). */
export const travelWarningCodes = [
  'flight-not-compensated',
  'compensation-without-reference',
  'missing-distance',
  'short-flight',
  'co2e-differs',
] as const;
export type TravelWarningCode = (typeof travelWarningCodes)[number];

/** Custom validation messages raised by our schemas (records, organisation config). */
export const validationCodes = [
  'end-before-start',
  'decision-before-application',
  'required-for-status',
  'digital-without-travel',
  'country-code',
  'duplicate-id',
  'duplicate-mail-nickname',
  'overlapping-period',
  'kebab-case-id',
  'mail-nickname',
  'host-name',
  'single-line',
  'rate-for-sek',
  'rate-positive',
  'duplicate-currency',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

/** zod's standard issue kinds we word ourselves, plus `required` (a missing value). */
export const zodIssueCodes = [
  'required',
  'invalid_type',
  'too_small',
  'too_small_string',
  'too_small_array',
  'too_big',
  'too_big_string',
  'too_big_array',
  'invalid_format',
  'invalid_date',
  'invalid_datetime',
  'invalid_email',
  'invalid_url',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type ZodIssueCode = (typeof zodIssueCodes)[number];

/**
 * An administration's reporting status for the year, derived by `reportingStatusOf`
 * (src/domain/reporting-status.ts): `missing` without a submission, `changed` when the approved
 * report was edited afterwards.
 */
export const completenessStatuses = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'changed',
  'missing',
] as const satisfies readonly (SubmissionStatus | ReviewDecisionKind | 'changed' | 'missing')[];
export type CompletenessStatus = (typeof completenessStatuses)[number];

/** Headings of the yearly report's sections (issue 5), shared by the Word/Excel report and tab. */
export const reportSectionCodes = [
  'euProjects',
  'otherProjects',
  'ongoing',
  'finished',
  'applications',
  'otherWork',
  'results',
  'keyFigures',
  'completeness',
  'perAdministration',
] as const;
export type ReportSectionCode = (typeof reportSectionCodes)[number];

/** Every enum group with a label, keyed by the code's type so the compiler catches a gap. */
export interface LabelGroups {
  projectKind: ProjectKind;
  projectStatus: ProjectStatus;
  programme: Programme;
  projectRole: ProjectRole;
  partnerType: PartnerType;
  currency: Currency;
  sustainabilityDimension: SustainabilityDimension;
  strategyMean: StrategyMean;
  activityType: ActivityType;
  travelMode: TravelMode;
  submissionStatus: SubmissionStatus;
  completenessStatus: CompletenessStatus;
  administrationKind: AdministrationKind;
  travelWarning: TravelWarningCode;
  validation: ValidationCode;
  zodIssue: ZodIssueCode;
  reportSection: ReportSectionCode;
  trendMetric: TrendMetric;
}
export type LabelGroup = keyof LabelGroups;
type GroupTable = { [G in LabelGroup]: Record<LabelGroups[G], string> };

/** The record types that have field labels. */
export interface RecordFields {
  project: keyof typeof projectFieldsSchema.shape;
  partner: keyof typeof partnerSchema.shape;
  activity: keyof typeof activityFieldsSchema.shape;
  networkMembership: keyof typeof networkMembershipSchema.shape;
  contactPerson: keyof typeof contactPersonSchema.shape;
  reportingRound: keyof typeof reportingRoundSchema.shape;
  submission: keyof typeof submissionSchema.shape;
  reviewDecision: keyof typeof reviewDecisionSchema.shape;
}
export type RecordType = keyof RecordFields;
type StoredField = 'id' | 'etag' | 'createdAt' | 'modifiedAt' | 'modifiedBy';
type FieldTable = { common: Record<StoredField, string> } & {
  [R in RecordType]: Record<Exclude<RecordFields[R], StoredField>, string>;
};

const sv: GroupTable = {
  projectKind: { eu: 'EU-projekt', international: 'Annat internationellt projekt' },
  projectStatus: {
    planned: 'Planerat',
    applied: 'Ansökt',
    granted: 'Beviljat',
    rejected: 'Avslag',
    withdrawn: 'Återdraget',
    ongoing: 'Pågående',
    completed: 'Avslutat',
  },
  programme: {
    interreg: 'Interreg',
    'horizon-europe': 'Horisont Europa',
    'erasmus-plus': 'Erasmus+',
    life: 'LIFE',
    'esf-plus': 'ESF+',
    erdf: 'Regionalfonden',
    amif: 'AMIF',
    cerv: 'CERV',
    'creative-europe': 'Kreativa Europa',
    icld: 'ICLD',
    nordplus: 'Nordplus',
    other: 'Annat',
  },
  projectRole: { lead: 'Projektägare', partner: 'Partner', associated: 'Associerad partner' },
  partnerType: {
    municipality: 'Kommun',
    region: 'Region',
    university: 'Universitet eller högskola',
    business: 'Företag',
    ngo: 'Ideell organisation',
    government: 'Statlig myndighet',
    other: 'Annan',
  },
  currency: {
    SEK: 'svenska kronor',
    EUR: 'euro',
    USD: 'amerikanska dollar',
    NOK: 'norska kronor',
    DKK: 'danska kronor',
    GBP: 'brittiska pund',
  },
  sustainabilityDimension: { ecological: 'Ekologisk', economic: 'Ekonomisk', social: 'Social' },
  strategyMean: {
    'external-funding': 'Extern finansiering',
    'international-cooperation': 'Omvärldssamverkan',
    'competence-development': 'Kompetensutveckling',
  },
  activityType: {
    conference: 'Konferens',
    'network-meeting': 'Nätverksmöte',
    'study-visit': 'Studiebesök',
    'incoming-delegation': 'Mottagen delegation',
    'competence-development': 'Kompetensutveckling',
    'good-example': 'Spridning av goda exempel',
    'business-internationalisation': 'Näringslivets internationalisering',
    monitoring: 'Omvärldsbevakning',
    other: 'Annat',
  },
  travelMode: {
    none: 'Ingen resa',
    flight: 'Flyg',
    train: 'Tåg',
    bus: 'Buss',
    car: 'Bil',
    ferry: 'Färja',
    other: 'Annat färdmedel',
  },
  submissionStatus: {
    draft: 'Utkast',
    submitted: 'Inlämnad',
  },
  completenessStatus: {
    draft: 'Utkast',
    submitted: 'Inlämnad',
    returned: 'Återsänd',
    approved: 'Godkänd',
    changed: 'Ändrad efter godkännande',
    missing: 'Saknas',
  },
  administrationKind: { forvaltning: 'Förvaltning', bolag: 'Kommunalt bolag' },
  travelWarning: {
    'flight-not-compensated': 'Flygresan är inte klimatkompenserad.',
    'compensation-without-reference': 'Ange en referens till klimatkompensationen.',
    'missing-distance': 'Ange reseavståndet så att utsläppen kan beräknas.',
    'short-flight': 'Kortare än 500 km enkel väg: tåg eller buss bör väljas enligt resepolicyn.',
    'co2e-differs': 'Sparat klimatavtryck skiljer sig från beräkningen: uppdatera posten.',
  },
  validation: {
    'end-before-start': 'Slutdatum kan inte vara före startdatum.',
    'single-line': 'Fältet får inte innehålla radbrytningar.',
    'decision-before-application': 'Beslutsdatum kan inte vara före ansökningsdatum.',
    'required-for-status': 'Krävs för vald status.',
    'digital-without-travel': 'En digital aktivitet har ingen resa.',
    'country-code': 'Välj ett land i listan, eller skriv landets namn eller kod (till exempel SE).',
    'duplicate-id': 'Id:t finns redan.',
    'duplicate-mail-nickname': 'E-postaliaset används redan.',
    'overlapping-period': 'Perioden överlappar en annan period.',
    'kebab-case-id': 'Använd gemener, siffror och bindestreck.',
    'mail-nickname': 'Använd bokstäver, siffror, punkt, bindestreck eller understreck.',
    'host-name': 'Ange ett värdnamn, till exempel kommun.sharepoint.com.',
    'rate-for-sek': 'SEK är redovisningsvalutan och har ingen växelkurs: välj en annan valuta.',
    'rate-positive': 'Kursen måste vara större än 0 (kronor för en enhet av valutan).',
    'duplicate-currency': 'Valutan har redan en kurs för året.',
  },
  zodIssue: {
    required: 'Obligatoriskt fält.',
    invalid_type: 'Fel typ av värde.',
    too_small: 'Värdet måste vara minst {minimum}.',
    too_small_string: 'Skriv minst {minimum} tecken.',
    too_small_array: 'Välj minst {minimum}.',
    too_big: 'Värdet får vara högst {maximum}.',
    too_big_string: 'Högst {maximum} tecken.',
    too_big_array: 'Högst {maximum} får väljas.',
    invalid_format: 'Fel format.',
    invalid_date: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    invalid_datetime: 'Ange en giltig tidpunkt.',
    invalid_email: 'Ange en giltig e-postadress.',
    invalid_url: 'Ange en giltig webbadress.',
    not_multiple_of: 'Värdet måste vara en multipel av {divisor}.',
    unrecognized_keys: 'Okända fält: {keys}.',
    invalid_union: 'Ogiltigt värde.',
    invalid_key: 'Ogiltig nyckel.',
    invalid_element: 'Ogiltigt värde i listan.',
    invalid_value: 'Välj ett av de tillåtna värdena.',
    custom: 'Ogiltigt värde.',
  },
  reportSection: {
    euProjects: 'EU-projekt',
    otherProjects: 'Andra internationella projekt',
    ongoing: 'Pågående',
    finished: 'Avslutade under året',
    applications: 'Inlämnade ansökningar',
    otherWork: 'Övrigt internationellt arbete',
    results: 'Resultat',
    keyFigures: 'Nyckeltal',
    completeness: 'Inrapportering',
    perAdministration: 'Per förvaltning och bolag',
  },
  trendMetric: {
    projectsOngoing: 'Pågående projekt',
    projectsFinished: 'Avslutade projekt',
    applications: 'Inlämnade ansökningar',
    successRate: 'Andel beviljade ansökningar',
    grantedSek: 'Beviljad extern finansiering (kr)',
    appliedSek: 'Sökt belopp (kr)',
    ownContributionSek: 'Egen medfinansiering (kr)',
    activities: 'Övriga internationella aktiviteter',
    flightTrips: 'Flygresor (per person)',
    co2eKg: 'Klimatavtryck från resor (kg CO2e)',
    compensatedFlightShare: 'Andel klimatkompenserade flygresor',
    digitalShare: 'Andel digitalt deltagande',
    fundingConsideredShare: 'Andel utvecklingsinsatser där extern finansiering övervägdes',
  },
};

const en: GroupTable = {
  projectKind: { eu: 'EU project', international: 'Other international project' },
  projectStatus: {
    planned: 'Planned',
    applied: 'Applied',
    granted: 'Granted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    ongoing: 'Ongoing',
    completed: 'Completed',
  },
  programme: {
    interreg: 'Interreg',
    'horizon-europe': 'Horizon Europe',
    'erasmus-plus': 'Erasmus+',
    life: 'LIFE',
    'esf-plus': 'ESF+',
    erdf: 'European Regional Development Fund',
    amif: 'AMIF',
    cerv: 'CERV',
    'creative-europe': 'Creative Europe',
    icld: 'ICLD',
    nordplus: 'Nordplus',
    other: 'Other',
  },
  projectRole: { lead: 'Lead partner', partner: 'Partner', associated: 'Associated partner' },
  partnerType: {
    municipality: 'Municipality',
    region: 'Region',
    university: 'University',
    business: 'Business',
    ngo: 'Non-profit organisation',
    government: 'Government agency',
    other: 'Other',
  },
  currency: {
    SEK: 'Swedish kronor',
    EUR: 'euro',
    USD: 'US dollars',
    NOK: 'Norwegian kroner',
    DKK: 'Danish kroner',
    GBP: 'pounds sterling',
  },
  sustainabilityDimension: { ecological: 'Ecological', economic: 'Economic', social: 'Social' },
  strategyMean: {
    'external-funding': 'External funding',
    'international-cooperation': 'International cooperation',
    'competence-development': 'Competence development',
  },
  activityType: {
    conference: 'Conference',
    'network-meeting': 'Network meeting',
    'study-visit': 'Study visit',
    'incoming-delegation': 'Incoming delegation',
    'competence-development': 'Competence development',
    'good-example': 'Spreading good examples',
    'business-internationalisation': 'Business internationalisation',
    monitoring: 'Monitoring',
    other: 'Other',
  },
  travelMode: {
    none: 'No travel',
    flight: 'Flight',
    train: 'Train',
    bus: 'Bus',
    car: 'Car',
    ferry: 'Ferry',
    other: 'Other mode',
  },
  submissionStatus: {
    draft: 'Draft',
    submitted: 'Submitted',
  },
  completenessStatus: {
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned',
    approved: 'Approved',
    changed: 'Changed since approval',
    missing: 'Missing',
  },
  administrationKind: { forvaltning: 'Administration', bolag: 'Municipal company' },
  travelWarning: {
    'flight-not-compensated': 'The flight is not climate-compensated.',
    'compensation-without-reference': 'Give a reference for the climate compensation.',
    'missing-distance': 'Enter the travel distance so that emissions can be estimated.',
    'short-flight': 'Under 500 km one way: the travel policy asks for train or bus.',
    'co2e-differs': 'The stored carbon footprint differs from the estimate: update the record.',
  },
  validation: {
    'end-before-start': 'The end date cannot be before the start date.',
    'single-line': 'This field cannot contain line breaks.',
    'decision-before-application': 'The decision date cannot be before the application date.',
    'required-for-status': 'Required for the selected status.',
    'digital-without-travel': 'A digital activity has no travel.',
    'country-code': 'Choose a country from the list, or type its name or code (e.g. SE).',
    'duplicate-id': 'The id is already used.',
    'duplicate-mail-nickname': 'The mail alias is already used.',
    'overlapping-period': 'The period overlaps another period.',
    'kebab-case-id': 'Use lower-case letters, digits and hyphens.',
    'mail-nickname': 'Use letters, digits, dots, hyphens or underscores.',
    'host-name': 'Enter a host name, e.g. council.sharepoint.com.',
    'rate-for-sek':
      'SEK is the reporting currency and has no exchange rate: choose another currency.',
    'rate-positive': 'The rate must be greater than 0 (kronor for one unit of the currency).',
    'duplicate-currency': 'The currency already has a rate for the year.',
  },
  zodIssue: {
    required: 'Required field.',
    invalid_type: 'Wrong type of value.',
    too_small: 'The value must be at least {minimum}.',
    too_small_string: 'Enter at least {minimum} characters.',
    too_small_array: 'Choose at least {minimum}.',
    too_big: 'The value must be at most {maximum}.',
    too_big_string: 'At most {maximum} characters.',
    too_big_array: 'Choose at most {maximum}.',
    invalid_format: 'Wrong format.',
    invalid_date: 'Enter a valid date (YYYY-MM-DD).',
    invalid_datetime: 'Enter a valid date and time.',
    invalid_email: 'Enter a valid email address.',
    invalid_url: 'Enter a valid web address.',
    not_multiple_of: 'The value must be a multiple of {divisor}.',
    unrecognized_keys: 'Unknown fields: {keys}.',
    invalid_union: 'Invalid value.',
    invalid_key: 'Invalid key.',
    invalid_element: 'Invalid value in the list.',
    invalid_value: 'Choose one of the allowed values.',
    custom: 'Invalid value.',
  },
  reportSection: {
    euProjects: 'EU projects',
    otherProjects: 'Other international projects',
    ongoing: 'Ongoing',
    finished: 'Finished during the year',
    applications: 'Applications submitted',
    otherWork: 'Other international work',
    results: 'Results',
    keyFigures: 'Key figures',
    completeness: 'Reporting status',
    perAdministration: 'Per administration and company',
  },
  trendMetric: {
    projectsOngoing: 'Ongoing projects',
    projectsFinished: 'Finished projects',
    applications: 'Applications submitted',
    successRate: 'Share of applications granted',
    grantedSek: 'External funding granted (SEK)',
    appliedSek: 'Amount applied for (SEK)',
    ownContributionSek: 'Own contribution (SEK)',
    activities: 'Other international activities',
    flightTrips: 'Flights (per person)',
    co2eKg: 'Travel carbon footprint (kg CO2e)',
    compensatedFlightShare: 'Share of flights climate-compensated',
    digitalShare: 'Share of digital participation',
    fundingConsideredShare:
      'Share of development initiatives where external funding was considered',
  },
};

const svFields: FieldTable = {
  common: {
    id: 'Id',
    etag: 'Version',
    createdAt: 'Skapad',
    modifiedAt: 'Ändrad',
    modifiedBy: 'Ändrad av',
  },
  project: {
    administrationId: 'Förvaltning eller bolag',
    title: 'Projektnamn',
    kind: 'Typ av projekt',
    status: 'Status',
    programme: 'Program eller fond',
    programmeDetail: 'Delprogram eller utlysning',
    role: 'Roll',
    description: 'Beskrivning',
    partners: 'Partner',
    withLinnaeusUniversity: 'Samverkan med Linnéuniversitetet',
    withBusiness: 'Samverkan med näringslivet',
    applicationSubmitted: 'Ansökan inlämnad',
    decisionDate: 'Beslutsdatum',
    startDate: 'Startdatum',
    endDate: 'Slutdatum',
    currency: 'Valuta',
    appliedAmount: 'Sökt belopp',
    grantedAmount: 'Beviljad extern finansiering',
    ownContributionCash: 'Egen medfinansiering, kontant',
    ownContributionInKind: 'Egen medfinansiering, arbetstid och annat',
    totalBudget: 'Total budget',
    sustainability: 'Hållbarhetsdimensioner',
    strategyMeans: 'Strategins medel',
    expectedResults: 'Förväntade resultat',
    achievedResults: 'Uppnådda resultat',
    decisionBody: 'Beslutande organ',
    registrationNumber: 'Diarienummer',
    contactPerson: 'Kontaktperson',
    callId: 'Utlysning',
    goodExample: 'Gott exempel',
    goodExampleSummary: 'Sammanfattning av det goda exemplet',
  },
  partner: { name: 'Namn', country: 'Land', type: 'Typ av partner' },
  activity: {
    administrationId: 'Förvaltning eller bolag',
    title: 'Rubrik',
    type: 'Typ av aktivitet',
    startDate: 'Startdatum',
    endDate: 'Slutdatum',
    place: 'Plats',
    country: 'Land',
    organiser: 'Arrangör eller nätverk',
    participants: 'Antal deltagare',
    digital: 'Digitalt deltagande',
    travelMode: 'Färdmedel',
    distanceKm: 'Reseavstånd tur och retur (km)',
    co2eKg: 'Klimatavtryck (kg CO2e)',
    climateCompensated: 'Klimatkompenserad',
    compensationReference: 'Referens till klimatkompensation',
    results: 'Resultat',
    lessons: 'Lärdomar',
    projectId: 'Kopplat projekt',
    goodExample: 'Gott exempel',
    goodExampleSummary: 'Sammanfattning av det goda exemplet',
  },
  networkMembership: {
    name: 'Nätverk',
    url: 'Webbadress',
    administrationId: 'Förvaltning eller bolag',
    since: 'Medlem sedan',
    until: 'Medlem till',
    annualFee: 'Årsavgift',
    currency: 'Valuta',
    notes: 'Anteckningar',
  },
  contactPerson: {
    administrationId: 'Förvaltning eller bolag',
    contactUpn: 'Kontaktperson (e-post)',
    contactName: 'Kontaktperson',
    deputyUpn: 'Ersättare (e-post)',
    deputyName: 'Ersättare',
  },
  reportingRound: {
    year: 'År',
    deadline: 'Sista dag för inrapportering',
    open: 'Öppen',
    openedBy: 'Öppnad av',
    exchangeRates: 'Växelkurser',
  },
  submission: {
    administrationId: 'Förvaltning eller bolag',
    year: 'År',
    status: 'Status',
    otherWorkNarrative: 'Övrigt internationellt arbete under året',
    resultsNarrative: 'Resultat av det internationella arbetet',
    submittedBy: 'Inlämnad av',
    submittedAt: 'Inlämnad',
    snapshot: 'Låst rapport',
    legacyId: 'Flyttad från',
    version: 'Version',
  },
  reviewDecision: {
    administrationId: 'Förvaltning eller bolag',
    year: 'År',
    decision: 'Beslut',
    comment: 'Kommentar från granskningen',
    submissionId: 'Årsrapport',
    submissionVersion: 'Granskad version',
    decidedBy: 'Granskad av',
    decidedAt: 'Granskad',
  },
};

const enFields: FieldTable = {
  common: {
    id: 'Id',
    etag: 'Version',
    createdAt: 'Created',
    modifiedAt: 'Modified',
    modifiedBy: 'Modified by',
  },
  project: {
    administrationId: 'Administration or company',
    title: 'Project name',
    kind: 'Kind of project',
    status: 'Status',
    programme: 'Programme or fund',
    programmeDetail: 'Strand or call',
    role: 'Role',
    description: 'Description',
    partners: 'Partners',
    withLinnaeusUniversity: 'Cooperation with Linnaeus University',
    withBusiness: 'Cooperation with business',
    applicationSubmitted: 'Application submitted',
    decisionDate: 'Decision date',
    startDate: 'Start date',
    endDate: 'End date',
    currency: 'Currency',
    appliedAmount: 'Amount applied for',
    grantedAmount: 'External funding granted',
    ownContributionCash: 'Own contribution, cash',
    ownContributionInKind: 'Own contribution, in kind',
    totalBudget: 'Total budget',
    sustainability: 'Sustainability dimensions',
    strategyMeans: 'Means of the strategy',
    expectedResults: 'Expected results',
    achievedResults: 'Achieved results',
    decisionBody: 'Decision body',
    registrationNumber: 'Registration number',
    contactPerson: 'Contact person',
    callId: 'Funding call',
    goodExample: 'Good example',
    goodExampleSummary: 'Summary of the good example',
  },
  partner: { name: 'Name', country: 'Country', type: 'Kind of partner' },
  activity: {
    administrationId: 'Administration or company',
    title: 'Title',
    type: 'Kind of activity',
    startDate: 'Start date',
    endDate: 'End date',
    place: 'Place',
    country: 'Country',
    organiser: 'Organiser or network',
    participants: 'Participants',
    digital: 'Digital participation',
    travelMode: 'Mode of travel',
    distanceKm: 'Round-trip distance (km)',
    co2eKg: 'Carbon footprint (kg CO2e)',
    climateCompensated: 'Climate-compensated',
    compensationReference: 'Climate compensation reference',
    results: 'Results',
    lessons: 'Lessons learnt',
    projectId: 'Linked project',
    goodExample: 'Good example',
    goodExampleSummary: 'Summary of the good example',
  },
  networkMembership: {
    name: 'Network',
    url: 'Web address',
    administrationId: 'Administration or company',
    since: 'Member since',
    until: 'Member until',
    annualFee: 'Annual fee',
    currency: 'Currency',
    notes: 'Notes',
  },
  contactPerson: {
    administrationId: 'Administration or company',
    contactUpn: 'Contact person (email)',
    contactName: 'Contact person',
    deputyUpn: 'Deputy (email)',
    deputyName: 'Deputy',
  },
  reportingRound: {
    year: 'Year',
    deadline: 'Reporting deadline',
    open: 'Open',
    openedBy: 'Opened by',
    exchangeRates: 'Exchange rates',
  },
  submission: {
    administrationId: 'Administration or company',
    year: 'Year',
    status: 'Status',
    otherWorkNarrative: 'Other international work during the year',
    resultsNarrative: 'Results of the international work',
    submittedBy: 'Submitted by',
    submittedAt: 'Submitted',
    snapshot: 'Frozen report',
    legacyId: 'Moved from',
    version: 'Version',
  },
  reviewDecision: {
    administrationId: 'Administration or company',
    year: 'Year',
    decision: 'Decision',
    comment: 'Review comment',
    submissionId: 'Yearly report',
    submissionVersion: 'Version reviewed',
    decidedBy: 'Reviewed by',
    decidedAt: 'Reviewed',
  },
};

const tables: Record<Locale, GroupTable> = { sv, en };
const fieldTables: Record<Locale, FieldTable> = { sv: svFields, en: enFields };

/**
 * The label of an enum code in the user's language, e.g. `label('sv', 'programme', 'erdf')` is
 * "Regionalfonden". An unknown code (data written by a newer version) is returned as is rather
 * than hidden.
 */
export function label<G extends LabelGroup>(
  locale: Locale,
  group: G,
  code: LabelGroups[G],
): string {
  const table: Record<string, string> = tables[locale][group];
  return table[code] ?? code;
}

/** All codes of a label group, in the order the labels are declared (used by pickers). */
export function labelCodes<G extends LabelGroup>(group: G): LabelGroups[G][] {
  return Object.keys(tables.sv[group]) as LabelGroups[G][];
}

/** The display name of a record field, e.g. `fieldLabel('en', 'project', 'grantedAmount')`. */
export function fieldLabel<R extends RecordType>(
  locale: Locale,
  recordType: R,
  field: RecordFields[R],
): string {
  const table = fieldTables[locale];
  const fields: Record<string, string> = { ...table.common, ...table[recordType] };
  return fields[field] ?? field;
}

/** The subset of a zod issue that `validationMessage` reads (zod 4 `$ZodIssue` fits). */
export interface IssueLike {
  code: string;
  message?: string;
  path?: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  divisor?: number | bigint;
  keys?: readonly string[];
}

/** Our schemas use these human-readable messages for regexes; map them to message codes. */
const messageAliases: Record<string, ValidationCode> = { 'ISO 3166-1 alpha-2': 'country-code' };

function isValidationCode(message: string): message is ValidationCode {
  return (validationCodes as readonly string[]).includes(message);
}

function zodIssueCode(issue: IssueLike): ZodIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 does not keep the input on issues; its default message names `undefined`.
      return issue.message?.includes('received undefined') ? 'required' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'required' : 'too_small_string';
      return issue.origin === 'array' ? 'too_small_array' : 'too_small';
    case 'too_big':
      if (issue.origin === 'string') return 'too_big_string';
      return issue.origin === 'array' ? 'too_big_array' : 'too_big';
    case 'invalid_format':
      if (issue.format === 'date') return 'invalid_date';
      if (issue.format === 'datetime') return 'invalid_datetime';
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      return 'invalid_format';
    default:
      return (zodIssueCodes as readonly string[]).includes(issue.code)
        ? (issue.code as ZodIssueCode)
        : 'custom';
  }
}

/**
 * A zod issue as a sentence in the user's language. Our custom messages are codes
 * (`end-before-start`, `required-for-status`, ...); zod's own issues are worded by kind, with
 * their limits filled in.
 */
export function validationMessage(locale: Locale, issue: IssueLike): string {
  const message = issue.message ?? '';
  const alias = messageAliases[message] ?? message;
  if (isValidationCode(alias)) return label(locale, 'validation', alias);
  const template = label(locale, 'zodIssue', zodIssueCode(issue));
  const values: Record<string, string> = {
    minimum: String(issue.minimum ?? ''),
    maximum: String(issue.maximum ?? ''),
    divisor: String(issue.divisor ?? ''),
    keys: (issue.keys ?? []).join(', '),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * One message per field of a failed parse, keyed by the issue's dotted path (`partners[0].name`),
 * for showing next to the form fields. The first issue of a field wins.
 */
export function fieldErrors(locale: Locale, error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issuePath(issue.path) || '(root)';
    out[key] ??= validationMessage(locale, issue);
  }
  return out;
}

/**
 * The locale for a Teams/BCP 47 language tag (`app.locale` of the Teams context). Only English
 * tags give English; Swedish, other languages and a missing tag give Swedish, the municipality's
 * working language.
 */
export function localeFromTeams(tag?: string | null): Locale {
  return /^en(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'en' : 'sv';
}

/** The BCP 47 tag Intl formats each of our locales with. */
export const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

type IntlFormatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator | Intl.DisplayNames;
const intlCache = new Map<string, IntlFormatter>();

/**
 * One Intl formatter per key (locale + options), built on first use. Building a formatter costs
 * far more than formatting with it; a new one per cell made the Word report of 3,000 rows spend
 * a large part of its time in Intl (docs/performance.md). The key must name every option used.
 */
export function cachedIntl<T extends IntlFormatter>(key: string, make: () => T): T {
  let formatter = intlCache.get(key);
  if (formatter === undefined) {
    formatter = make();
    intlCache.set(key, formatter);
  }
  return formatter as T;
}

/**
 * An amount with its currency, whole units, e.g. `1 234 567 kr` (sv) or `SEK 1,234,567` (en).
 * The Swedish form uses Intl's non-breaking spaces, so it never wraps inside a number.
 */
export function formatMoney(locale: Locale, amount: number, currency: Currency): string {
  return cachedIntl(
    `money|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }),
  ).format(amount);
}

/** The ISO 3166-1 alpha-2 codes of every country and territory, the values a country field stores. */
export const countryCodes: readonly string[] = [
  'AD',
  'AE',
  'AF',
  'AG',
  'AI',
  'AL',
  'AM',
  'AO',
  'AQ',
  'AR',
  'AS',
  'AT',
  'AU',
  'AW',
  'AX',
  'AZ',
  'BA',
  'BB',
  'BD',
  'BE',
  'BF',
  'BG',
  'BH',
  'BI',
  'BJ',
  'BL',
  'BM',
  'BN',
  'BO',
  'BQ',
  'BR',
  'BS',
  'BT',
  'BV',
  'BW',
  'BY',
  'BZ',
  'CA',
  'CC',
  'CD',
  'CF',
  'CG',
  'CH',
  'CI',
  'CK',
  'CL',
  'CM',
  'CN',
  'CO',
  'CR',
  'CU',
  'CV',
  'CW',
  'CX',
  'CY',
  'CZ',
  'DE',
  'DJ',
  'DK',
  'DM',
  'DO',
  'DZ',
  'EC',
  'EE',
  'EG',
  'EH',
  'ER',
  'ES',
  'ET',
  'FI',
  'FJ',
  'FK',
  'FM',
  'FO',
  'FR',
  'GA',
  'GB',
  'GD',
  'GE',
  'GF',
  'GG',
  'GH',
  'GI',
  'GL',
  'GM',
  'GN',
  'GP',
  'GQ',
  'GR',
  'GS',
  'GT',
  'GU',
  'GW',
  'GY',
  'HK',
  'HM',
  'HN',
  'HR',
  'HT',
  'HU',
  'ID',
  'IE',
  'IL',
  'IM',
  'IN',
  'IO',
  'IQ',
  'IR',
  'IS',
  'IT',
  'JE',
  'JM',
  'JO',
  'JP',
  'KE',
  'KG',
  'KH',
  'KI',
  'KM',
  'KN',
  'KP',
  'KR',
  'KW',
  'KY',
  'KZ',
  'LA',
  'LB',
  'LC',
  'LI',
  'LK',
  'LR',
  'LS',
  'LT',
  'LU',
  'LV',
  'LY',
  'MA',
  'MC',
  'MD',
  'ME',
  'MF',
  'MG',
  'MH',
  'MK',
  'ML',
  'MM',
  'MN',
  'MO',
  'MP',
  'MQ',
  'MR',
  'MS',
  'MT',
  'MU',
  'MV',
  'MW',
  'MX',
  'MY',
  'MZ',
  'NA',
  'NC',
  'NE',
  'NF',
  'NG',
  'NI',
  'NL',
  'NO',
  'NP',
  'NR',
  'NU',
  'NZ',
  'OM',
  'PA',
  'PE',
  'PF',
  'PG',
  'PH',
  'PK',
  'PL',
  'PM',
  'PN',
  'PR',
  'PS',
  'PT',
  'PW',
  'PY',
  'QA',
  'RE',
  'RO',
  'RS',
  'RU',
  'RW',
  'SA',
  'SB',
  'SC',
  'SD',
  'SE',
  'SG',
  'SH',
  'SI',
  'SJ',
  'SK',
  'SL',
  'SM',
  'SN',
  'SO',
  'SR',
  'SS',
  'ST',
  'SV',
  'SX',
  'SY',
  'SZ',
  'TC',
  'TD',
  'TF',
  'TG',
  'TH',
  'TJ',
  'TK',
  'TL',
  'TM',
  'TN',
  'TO',
  'TR',
  'TT',
  'TV',
  'TW',
  'TZ',
  'UA',
  'UG',
  'UM',
  'US',
  'UY',
  'UZ',
  'VA',
  'VC',
  'VE',
  'VG',
  'VI',
  'VN',
  'VU',
  'WF',
  'WS',
  'YE',
  'YT',
  'ZA',
  'ZM',
  'ZW',
];

/** A country's name in the user's language from its ISO code (`FI` → `Finland`). */
export function countryName(locale: Locale, code: string): string {
  // Intl throws on what is not a region code; what someone typed is shown as typed.
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return (
    cachedIntl(
      `region|${locale}`,
      () => new Intl.DisplayNames(intlLocale[locale], { type: 'region' }),
    ).of(code) ?? code
  );
}

/**
 * The ISO code a typed country means: a code (`fi`), or a country's name in Swedish or English,
 * in any case (`finland`, `Tyskland`, `Germany`); undefined when it names no country.
 */
export function parseCountry(text: string): string | undefined {
  const typed = text.trim().toLocaleLowerCase('sv');
  if (typed === '') return undefined;
  const upper = typed.toUpperCase();
  if (countryCodes.includes(upper)) return upper;
  return countryCodes.find((code) =>
    (['sv', 'en'] as const).some(
      (locale) => countryName(locale, code).toLocaleLowerCase('sv') === typed,
    ),
  );
}

/**
 * A record's own amount as it was entered: whole amounts without decimals, an amount with öre or
 * cents with two (`350 000,50 €`), never rounded. Sums and figures use `formatMoney`.
 */
export function formatAmount(locale: Locale, amount: number, currency: Currency): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return cachedIntl(
    `amount|${locale}|${currency}|${digits}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(amount);
}

/**
 * A calendar date (`YYYY-MM-DD`) or timestamp in words, e.g. `29 februari 2024` /
 * `29 February 2024`. A date is read as UTC so its day never shifts; a timestamp is shown in
 * Swedish time, where the municipality works, whatever the server's time zone.
 */
export function formatDate(locale: Locale, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = dateOnly ? 'UTC' : 'Europe/Stockholm';
  return cachedIntl(
    `date|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone }),
  ).format(date);
}

/** Compares texts as the reader's language sorts them (å, ä, ö after z in Swedish). */
export function compareText(locale: Locale, a: string, b: string): number {
  return cachedIntl(`collator|${locale}`, () => new Intl.Collator(intlLocale[locale])).compare(
    a,
    b,
  );
}

const moneyWords: Record<Locale, { noRate: string; ratesUsed: string; missing: string }> = {
  sv: {
    noRate: 'kurs saknas',
    ratesUsed: 'Belopp i annan valuta är omräknade till kronor med årets kurser',
    missing:
      'de beloppen visas i sin egen valuta, är markerade med "kurs saknas" och ingår inte i kronsummorna',
  },
  en: {
    noRate: 'no exchange rate',
    ratesUsed: "Amounts in other currencies are converted to SEK with the year's rates",
    missing:
      'those amounts are shown in their own currency, marked "no exchange rate", and are not included in the SEK totals',
  },
};

/**
 * Amounts per currency as one text in code order, each with its ISO code (`94 000 EUR + 85 000
 * NOK`): beside kronor a code is unambiguous, where Swedish symbols are not (NOK is "Nkr").
 */
export function formatMoneyParts(locale: Locale, sums: MoneyByCurrency): string {
  return (Object.entries(sums) as [Currency, number | undefined][])
    .filter((entry): entry is [Currency, number] => entry[1] !== undefined && entry[1] !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) =>
      cachedIntl(
        `money-code|${locale}|${currency}`,
        () =>
          new Intl.NumberFormat(intlLocale[locale], {
            style: 'currency',
            currency,
            currencyDisplay: 'code',
            maximumFractionDigits: 0,
          }),
      ).format(amount),
    )
    .join(' + ');
}

/**
 * A sum in kronor as the reader sees it (DESIGN.md §3a): `1 234 567 kr`, and when part of it has
 * no exchange rate that part in its own currency, flagged: `1 234 567 kr + 85 000 NOK (kurs
 * saknas)`. Money that exists is never shown as 0 kr: with only unconverted parts the kronor are
 * left out (`85 000 NOK (kurs saknas)`).
 */
export function formatSekSum(locale: Locale, sum: SekSum): string {
  const parts = formatMoneyParts(locale, sum.unconverted);
  if (parts === '') return formatMoney(locale, sum.sek, 'SEK');
  const flagged = `${parts} (${moneyWords[locale].noRate})`;
  return sum.sek === 0 ? flagged : `${formatMoney(locale, sum.sek, 'SEK')} + ${flagged}`;
}

/** An exchange rate as `1 EUR = 11,07 kr` / `1 EUR = SEK 11.07`. */
export function formatRate(locale: Locale, rate: Pick<ExchangeRate, 'currency' | 'rate'>): string {
  const number = cachedIntl(
    `rate|${locale}`,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 4 }),
  ).format(rate.rate);
  return `1 ${rate.currency} = ${locale === 'sv' ? `${number} kr` : `SEK ${number}`}`;
}

/** A short mark of the rates a figure was converted with: `omräknat: 1 EUR = 11,07 kr`. */
export function convertedMark(locale: Locale, rates: readonly ExchangeRate[]): string {
  const lead = locale === 'sv' ? 'omräknat' : 'converted';
  return `${lead}: ${rates.map((r) => formatRate(locale, r)).join(', ')}`;
}

/**
 * What a set of SEK figures says about its conversion, as sentences for a note under them: the
 * rates used with their source, and the currencies without a rate. Empty when everything was in
 * kronor.
 */
export function exchangeRateNote(
  locale: Locale,
  conversion: { exchangeRates: readonly ExchangeRate[]; missingRates: readonly Currency[] },
): string[] {
  const words = moneyWords[locale];
  const out: string[] = [];
  if (conversion.exchangeRates.length > 0) {
    const rates = conversion.exchangeRates
      .map((r) => `${formatRate(locale, r)} (${r.source})`)
      .join('; ');
    out.push(`${words.ratesUsed}: ${rates}.`);
  }
  if (conversion.missingRates.length > 0) {
    const codes = conversion.missingRates.join(', ');
    const lead = locale === 'sv' ? `Kurs saknas för ${codes}` : `No exchange rate for ${codes}`;
    out.push(`${lead}: ${words.missing}.`);
  }
  return out;
}
