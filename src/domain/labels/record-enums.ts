import type {
  ActivityType,
  AdministrationKind,
  Currency,
  PartnerType,
  Programme,
  ProjectKind,
  ProjectRole,
  ProjectStatus,
  StrategyMean,
  SustainabilityDimension,
  TravelMode,
} from '../records';
import type { Locale } from './locale';

/** The enum fields of the records (DESIGN.md §4), keyed by the code's type. */
export interface RecordEnumGroups {
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
  administrationKind: AdministrationKind;
  /** What a record is, where projects and activities are shown together (good examples). */
  recordKind: 'project' | 'activity';
}

/** The label of every record enum code, in Swedish and English. */
export const recordEnumLabels: Record<
  Locale,
  { [G in keyof RecordEnumGroups]: Record<RecordEnumGroups[G], string> }
> = {
  sv: {
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
    administrationKind: { forvaltning: 'Förvaltning', bolag: 'Kommunalt bolag' },
    recordKind: { project: 'Projekt', activity: 'Aktivitet' },
  },
  en: {
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
    administrationKind: { forvaltning: 'Administration', bolag: 'Municipal company' },
    recordKind: { project: 'Project', activity: 'Activity' },
  },
};
