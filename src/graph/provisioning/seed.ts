import type { OrganisationConfig } from '../../domain/organisation.js';
import type { DevelopmentInitiativeInput, FundingCallInput } from '../../domain/funding.js';
import type { ActivityInput, ProjectInput } from '../../domain/records.js';
import { estimateCo2eKg } from '../../domain/travel.js';
import type { GraphClient } from '../client.js';
import { resolveDisplayNames } from '../directory.js';
import type { ListDefinition } from '../lists/definitions.js';
import {
  createActivityRepository,
  createContactPersonRepository,
  createDevelopmentInitiativeRepository,
  createFundingCallRepository,
  createNetworkMembershipRepository,
  createProjectRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
} from '../repositories.js';
import type { OrganisationSites } from '../sites.js';
import { SAMPLE_DOMAIN, sampleContactPerson } from './sample-directory.js';

/**
 * Realistic Swedish sample data for the sample tenant, written through the repositories (batched
 * creates), so it exercises the same path as the app. Years are relative to the last year given
 * (default: the current year and the three before it). Idempotent: when the network site already
 * holds network memberships, the data is taken as seeded and nothing is written.
 */

/** Options of `seedSampleData`. */
export interface SeedOptions {
  /** The years to fill (default: the current year and the three before). */
  years?: number[];
  /** Mail domain of the sample directory. */
  domain?: string;
  /** Administration left without a contact person, so the overview has something to flag. */
  withoutContactPerson?: string;
  /** The day the sample calls' dates are relative to (default: today, UTC). */
  today?: string;
  log?: (line: string) => void;
}

/** What was written (all zero when the data was already there). */
export interface SeedResult {
  skipped: boolean;
  /** Records written per list (responses to calls are not seeded). */
  counts: Record<Exclude<ListDefinition['key'], 'callResponses' | 'legacySubmissions'>, number>;
}

type ProjectTemplate = (
  y: number,
) => Omit<ProjectInput, 'administrationId'> & { administrationId: string };

const linnaeus = { name: 'Linnéuniversitetet', country: 'SE', type: 'university' } as const;

/** Sample projects and applications; `y` is the last seeded year. */
const PROJECTS: ProjectTemplate[] = [
  (y) => ({
    administrationId: 'kommunledning',
    title: 'Gröna städer i Södra Östersjön',
    kind: 'eu',
    status: 'ongoing',
    programme: 'interreg',
    programmeDetail: 'Interreg Södra Östersjön',
    role: 'partner',
    description:
      'Samverkan om klimatanpassning och grön stadsplanering i hamnstäder runt södra Östersjön.',
    partners: [
      linnaeus,
      { name: 'Klaipėdos miesto savivaldybė', country: 'LT', type: 'municipality' },
      { name: 'Gmina Miasta Gdyni', country: 'PL', type: 'municipality' },
    ],
    withLinnaeusUniversity: true,
    applicationSubmitted: `${y - 3}-03-15`,
    decisionDate: `${y - 3}-09-01`,
    startDate: `${y - 2}-01-01`,
    endDate: `${y + 1}-12-31`,
    currency: 'EUR',
    appliedAmount: 420000,
    grantedAmount: 357000,
    ownContributionCash: 30000,
    ownContributionInKind: 33000,
    totalBudget: 420000,
    sustainability: ['ecological', 'social'],
    strategyMeans: ['external-funding', 'international-cooperation'],
    expectedResults: 'En gemensam metod för blågröna lösningar i tre städer.',
    goodExample: true,
    goodExampleSummary:
      'Blågröna lösningar i hamnstäder: Växjö, Klaipėda och Gdynia prövar samma metod för skyfall och grönytor och delar resultaten öppet.',
    decisionBody: 'Kommunstyrelsen',
    registrationNumber: `KS ${y - 3}/00412`,
  }),
  (y) => ({
    administrationId: 'utbildning',
    title: 'Erasmus+ skolutbyte: Språk och hållbarhet',
    kind: 'eu',
    status: 'completed',
    programme: 'erasmus-plus',
    programmeDetail: 'Erasmus+ KA122 Skolutbildning',
    role: 'lead',
    partners: [
      { name: 'Tallinna Kesklinna Gümnaasium', country: 'EE', type: 'other' },
      { name: 'Liceo Scientifico Galilei', country: 'IT', type: 'other' },
    ],
    applicationSubmitted: `${y - 3}-02-20`,
    decisionDate: `${y - 3}-06-15`,
    startDate: `${y - 3}-08-01`,
    endDate: `${y - 1}-06-30`,
    currency: 'EUR',
    appliedAmount: 60000,
    grantedAmount: 58500,
    ownContributionInKind: 12000,
    sustainability: ['social'],
    strategyMeans: ['external-funding', 'competence-development'],
    expectedResults: 'Fyrtio elever och tolv lärare på utbyte.',
    achievedResults:
      'Fyrtiotvå elever och tretton lärare deltog; nytt gemensamt tema om klimat i undervisningen.',
    contactPerson: 'Lena Karlsson',
  }),
  (y) => ({
    administrationId: 'utbildning',
    title: 'Erasmus+ ackreditering för vuxenutbildningen',
    kind: 'eu',
    status: 'ongoing',
    programme: 'erasmus-plus',
    role: 'lead',
    applicationSubmitted: `${y - 2}-10-10`,
    decisionDate: `${y - 1}-02-01`,
    startDate: `${y - 1}-06-01`,
    endDate: `${y + 1}-08-31`,
    currency: 'EUR',
    grantedAmount: 94000,
    sustainability: ['social', 'economic'],
    strategyMeans: ['external-funding', 'competence-development'],
  }),
  (y) => ({
    administrationId: 'samhallsbyggnad',
    title: 'NetZeroCities – klimatneutrala och smarta städer',
    kind: 'eu',
    status: 'ongoing',
    programme: 'horizon-europe',
    programmeDetail: 'Horisont Europa, EU-uppdraget 100 klimatneutrala och smarta städer',
    role: 'partner',
    partners: [linnaeus, { name: 'Växjö Energi AB', country: 'SE', type: 'business' }],
    withLinnaeusUniversity: true,
    withBusiness: true,
    applicationSubmitted: `${y - 2}-04-05`,
    decisionDate: `${y - 2}-11-20`,
    startDate: `${y - 1}-01-01`,
    endDate: `${y + 2}-12-31`,
    currency: 'EUR',
    appliedAmount: 250000,
    grantedAmount: 250000,
    ownContributionInKind: 40000,
    sustainability: ['ecological', 'economic', 'social'],
    strategyMeans: ['external-funding', 'international-cooperation'],
  }),
  (y) => ({
    administrationId: 'miljo-halsa',
    title: 'LIFE Växjösjöarna – restaurering av övergödda sjöar',
    kind: 'eu',
    status: 'completed',
    programme: 'life',
    role: 'lead',
    partners: [linnaeus],
    withLinnaeusUniversity: true,
    applicationSubmitted: `${y - 5}-09-12`,
    decisionDate: `${y - 4}-05-01`,
    startDate: `${y - 4}-09-01`,
    endDate: `${y - 2}-12-31`,
    currency: 'EUR',
    grantedAmount: 1150000,
    ownContributionCash: 480000,
    totalBudget: 1900000,
    sustainability: ['ecological'],
    strategyMeans: ['external-funding'],
    achievedResults: 'Siktdjupet i Trummen ökade; metoden sprids till andra kommuner.',
    goodExample: true,
    goodExampleSummary:
      'Sjörestaureringen av Trummen gav klarare vatten, och metoden används nu av andra kommuner.',
  }),
  (y) => ({
    administrationId: 'arbete-valfard',
    title: 'ESF+ Vägen till arbete',
    kind: 'eu',
    status: 'ongoing',
    programme: 'esf-plus',
    role: 'lead',
    partners: [
      { name: 'Arbetsförmedlingen', country: 'SE', type: 'government' },
      { name: 'Region Kronoberg', country: 'SE', type: 'region' },
    ],
    applicationSubmitted: `${y - 3}-11-01`,
    decisionDate: `${y - 2}-02-15`,
    startDate: `${y - 2}-04-01`,
    endDate: `${y}-12-31`,
    grantedAmount: 8400000,
    ownContributionCash: 2100000,
    sustainability: ['social', 'economic'],
    strategyMeans: ['external-funding'],
  }),
  (y) => ({
    administrationId: 'arbete-valfard',
    title: 'AMIF Språkvänner – integration genom språk',
    kind: 'eu',
    status: 'granted',
    programme: 'amif',
    role: 'lead',
    applicationSubmitted: `${y}-02-01`,
    decisionDate: `${y}-06-10`,
    startDate: `${y + 1}-01-01`,
    endDate: `${y + 2}-12-31`,
    appliedAmount: 3200000,
    grantedAmount: 2900000,
    sustainability: ['social'],
    strategyMeans: ['external-funding'],
  }),
  (y) => ({
    administrationId: 'kommunledning',
    title: 'Kommunalt partnerskap Växjö–Kisumu',
    kind: 'international',
    status: 'ongoing',
    programme: 'icld',
    programmeDetail: 'ICLD Kommunala partnerskap',
    role: 'lead',
    partners: [{ name: 'Kisumu County Government', country: 'KE', type: 'region' }],
    applicationSubmitted: `${y - 3}-09-30`,
    decisionDate: `${y - 2}-01-20`,
    startDate: `${y - 2}-03-01`,
    endDate: `${y}-12-31`,
    grantedAmount: 1200000,
    sustainability: ['ecological', 'social'],
    strategyMeans: ['international-cooperation', 'external-funding'],
    expectedResults: 'Förbättrad avfallshantering och medborgardialog i Kisumu och Växjö.',
  }),
  (y) => ({
    administrationId: 'kultur-fritid',
    title: 'Kreativa Europa: Berättelser från skogen',
    kind: 'eu',
    status: 'rejected',
    programme: 'creative-europe',
    role: 'partner',
    partners: [{ name: 'Metsä Teatteri ry', country: 'FI', type: 'ngo' }],
    applicationSubmitted: `${y - 1}-02-10`,
    decisionDate: `${y - 1}-07-01`,
    currency: 'EUR',
    appliedAmount: 180000,
    sustainability: ['social'],
    strategyMeans: ['external-funding'],
  }),
  (y) => ({
    administrationId: 'vaxjo-energi',
    title: 'Flexibel fjärrvärme med bioenergi',
    kind: 'eu',
    status: 'applied',
    programme: 'horizon-europe',
    role: 'partner',
    partners: [linnaeus, { name: 'Aalborg Universitet', country: 'DK', type: 'university' }],
    withLinnaeusUniversity: true,
    withBusiness: true,
    applicationSubmitted: `${y}-04-24`,
    currency: 'EUR',
    appliedAmount: 610000,
    sustainability: ['ecological', 'economic'],
    strategyMeans: ['external-funding', 'international-cooperation'],
  }),
  (y) => ({
    administrationId: 'vidingehem',
    title: 'Energieffektiva renoveringar i miljonprogrammet',
    kind: 'eu',
    status: 'planned',
    programme: 'erdf',
    programmeDetail: 'Regionalfonden Småland och öarna',
    role: 'lead',
    description: `Ansökan planeras till utlysningen hösten ${y}.`,
    withBusiness: true,
    sustainability: ['ecological', 'social'],
    strategyMeans: ['external-funding'],
  }),
  (y) => ({
    administrationId: 'samhallsbyggnad',
    title: 'Smart mobilitet i små och medelstora städer',
    kind: 'eu',
    status: 'withdrawn',
    programme: 'interreg',
    programmeDetail: 'Interreg Östersjöregionen',
    role: 'associated',
    applicationSubmitted: `${y - 2}-05-15`,
    sustainability: ['ecological'],
    strategyMeans: ['international-cooperation'],
  }),
  (y) => ({
    administrationId: 'utbildning',
    title: 'Nordplus Junior: Nordiska naturklassrum',
    kind: 'international',
    status: 'completed',
    programme: 'nordplus',
    role: 'partner',
    partners: [{ name: 'Hamar kommune', country: 'NO', type: 'municipality' }],
    applicationSubmitted: `${y - 2}-02-01`,
    decisionDate: `${y - 2}-05-20`,
    startDate: `${y - 2}-08-15`,
    endDate: `${y - 1}-06-15`,
    grantedAmount: 210000,
    sustainability: ['ecological', 'social'],
    strategyMeans: ['international-cooperation', 'competence-development'],
  }),
  // In NOK, applied for in the reported year, whose round has no NOK rate: the sample shows the
  // flag "kurs saknas" (DESIGN.md §3a) until the coordinator enters the rate.
  (y) => ({
    administrationId: 'kultur-fritid',
    title: 'Gränslöst friluftsliv Växjö–Kristiansand',
    kind: 'international',
    status: 'applied',
    programme: 'other',
    programmeDetail: 'Svensk-norska samarbetsfonden',
    role: 'lead',
    partners: [{ name: 'Kristiansand kommune', country: 'NO', type: 'municipality' }],
    applicationSubmitted: `${y - 1}-09-15`,
    currency: 'NOK',
    appliedAmount: 85000,
    sustainability: ['social'],
    strategyMeans: ['external-funding', 'international-cooperation'],
  }),
];

/** Sample exchange rates per round (SEK per unit; example values, named as such in the source). */
const sampleRates = (year: number, currencies: { EUR?: number; NOK?: number }) =>
  Object.entries(currencies).map(([currency, rate]) => ({
    currency: currency as 'EUR' | 'NOK',
    rate,
    source: `Riksbankens årsgenomsnitt ${year} (exempelvärde)`,
  }));

type ActivityTemplate = (year: number) => ActivityInput;

const travel = (mode: ActivityInput['travelMode'], distanceKm: number, participants: number) => ({
  travelMode: mode,
  distanceKm,
  participants,
  co2eKg: estimateCo2eKg({ travelMode: mode ?? 'none', distanceKm, participants }),
});

/** Other international work repeated each year, dates in that year. */
const ACTIVITIES: ActivityTemplate[] = [
  (year) => ({
    administrationId: 'kommunledning',
    title: `Eurocities årskonferens ${year}`,
    type: 'conference',
    startDate: `${year}-06-11`,
    endDate: `${year}-06-13`,
    place: 'Bryssel',
    country: 'BE',
    organiser: 'Eurocities',
    ...travel('flight', 2600, 2),
    climateCompensated: year % 2 === 0,
    ...(year % 2 === 0 ? { compensationReference: `KK-${year}-014` } : {}),
    results: 'Kontakter för en kommande ansökan om klimatanpassning.',
  }),
  (year) => ({
    administrationId: 'samhallsbyggnad',
    title: 'Studiebesök i Freiburg om hållbara stadsdelar',
    type: 'study-visit',
    startDate: `${year}-09-17`,
    endDate: `${year}-09-19`,
    place: 'Freiburg im Breisgau',
    country: 'DE',
    ...travel('train', 2800, 5),
    lessons: 'Vauban visar hur parkeringsnormer och kollektivtrafik kan planeras från start.',
  }),
  (year) => ({
    administrationId: 'kommunledning',
    title: 'Delegation från Kisumu på besök',
    type: 'incoming-delegation',
    startDate: `${year}-04-22`,
    endDate: `${year}-04-25`,
    place: 'Växjö',
    country: 'SE',
    organiser: 'Växjö kommun',
    participants: 6,
    results: 'Gemensam handlingsplan för partnerskapets nästa år.',
  }),
  (year) => ({
    administrationId: 'utbildning',
    title: 'EU-kunskap för tjänstepersoner',
    type: 'competence-development',
    startDate: `${year}-03-08`,
    place: 'Digitalt',
    organiser: 'Region Kronoberg, Europa Direkt',
    participants: 14,
    digital: true,
  }),
  (year) => ({
    administrationId: 'miljo-halsa',
    title: 'Covenant of Mayors: nätverksmöte om klimatplaner',
    type: 'network-meeting',
    startDate: `${year}-10-05`,
    organiser: 'Covenant of Mayors',
    participants: 2,
    digital: true,
  }),
  (year) => ({
    administrationId: 'vaxjo-energi',
    title: 'Energy Cities årsforum',
    type: 'conference',
    startDate: `${year}-05-14`,
    endDate: `${year}-05-16`,
    country: 'FR',
    place: 'Dunkerque',
    organiser: 'Energy Cities',
    ...travel('flight', 3000, 1),
    climateCompensated: false,
  }),
  (year) => ({
    administrationId: 'kommunledning',
    title: 'Växjö som gott exempel på Europeiska regionernas och städernas vecka',
    type: 'good-example',
    startDate: `${year}-10-09`,
    place: 'Bryssel',
    country: 'BE',
    organiser: 'Europeiska regionkommittén',
    ...travel('train', 2400, 1),
    goodExample: true,
    goodExampleSummary:
      'Växjö visade sitt klimatarbete för europeiska städer och regioner i Bryssel, och reste dit med tåg.',
  }),
  (year) => ({
    administrationId: 'vaxjo-kommunforetag',
    title: 'Företagsresa till mässa för trähusbyggande',
    type: 'business-internationalisation',
    startDate: `${year}-11-12`,
    endDate: `${year}-11-14`,
    place: 'Poznań',
    country: 'PL',
    organiser: 'Business Sweden',
    ...travel('ferry', 1200, 8),
  }),
  (year) => ({
    administrationId: 'omsorg',
    title: 'Omvärldsbevakning: EU:s strategi för långvarig vård',
    type: 'monitoring',
    startDate: `${year}-02-14`,
    participants: 1,
    digital: true,
    results: 'Underlag till förvaltningens verksamhetsplan.',
  }),
];

/** Days after `today` as an ISO date. */
const daysAfter = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Sample open calls, relative to `today` so some always close within 30 days. */
const FUNDING_CALLS = (today: string): FundingCallInput[] => [
  {
    title: 'Interreg Södra Östersjön: fjärde ansökningsomgången',
    programme: 'interreg',
    programmeDetail: 'Interreg Södra Östersjön 2021–2027',
    url: 'https://southbaltic.eu',
    opens: daysAfter(today, -60),
    closes: daysAfter(today, 18),
    themes: ['grön omställning', 'blå ekonomi', 'turism'],
    administrationIds: ['kommunledning', 'samhallsbyggnad', 'miljo-halsa'],
    coFinancingRate: 80,
    notes: 'Kräver minst två partner från olika länder runt södra Östersjön.',
  },
  {
    title: 'Erasmus+ KA220 Samarbetspartnerskap inom skola',
    programme: 'erasmus-plus',
    programmeDetail: 'Erasmus+ KA2',
    url: 'https://www.utbyten.se/program/erasmus-plus',
    opens: daysAfter(today, -90),
    closes: daysAfter(today, 45),
    themes: ['skola', 'inkludering', 'digital omställning'],
    administrationIds: ['utbildning'],
    coFinancingRate: 100,
  },
  {
    title: 'LIFE Climate Change Adaptation',
    programme: 'life',
    programmeDetail: 'LIFE delprogram Klimatanpassning',
    url: 'https://cinea.ec.europa.eu/programmes/life_en',
    opens: daysAfter(today, -30),
    closes: daysAfter(today, 120),
    themes: ['klimatanpassning', 'natur'],
    administrationIds: ['miljo-halsa', 'samhallsbyggnad', 'vaxjo-energi'],
    coFinancingRate: 60,
  },
  {
    title: 'Horisont Europa Missions: klimatneutrala och smarta städer',
    programme: 'horizon-europe',
    programmeDetail: 'Horizon Europe Cities Mission',
    url: 'https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe/eu-missions-horizon-europe_en',
    opens: daysAfter(today, -45),
    closes: daysAfter(today, 75),
    themes: ['klimatneutralitet', 'innovation'],
    administrationIds: [],
    coFinancingRate: 100,
  },
  {
    title: 'ESF+ Kompetensförsörjning och arbetsmarknad',
    programme: 'esf-plus',
    programmeDetail: 'ESF+ Programområde A',
    url: 'https://www.esf.se',
    opens: daysAfter(today, -20),
    closes: daysAfter(today, 27),
    themes: ['arbetsmarknad', 'kompetens'],
    administrationIds: ['arbete-valfard', 'omsorg'],
    coFinancingRate: 50,
    notes: 'Regional utlysning i Småland och öarna.',
  },
];

/** Sample development initiatives per year: some considered external funding, some did not. */
const INITIATIVES = (year: number): DevelopmentInitiativeInput[] => [
  {
    administrationId: 'utbildning',
    title: 'Digitala läromedel i grundskolan',
    year,
    fundingConsidered: true,
    fundingOutcome: 'applied',
  },
  {
    administrationId: 'utbildning',
    title: 'Ny modell för studie- och yrkesvägledning',
    year,
    fundingConsidered: false,
  },
  {
    administrationId: 'omsorg',
    title: 'Välfärdsteknik i hemtjänsten',
    year,
    fundingConsidered: true,
    fundingOutcome: 'no-call-found',
  },
  {
    administrationId: 'samhallsbyggnad',
    title: 'Digital bygglovsprocess',
    year,
    fundingConsidered: true,
    fundingOutcome: 'not-suitable',
    outcomeReason:
      'Ren förvaltningsutveckling utan internationell partner; passar inga öppna program.',
  },
  {
    administrationId: 'kultur-fritid',
    title: 'Meröppna bibliotek',
    year,
    fundingConsidered: false,
  },
  {
    administrationId: 'miljo-halsa',
    title: 'Tillsyn med mobil app',
    year,
    fundingConsidered: true,
    fundingOutcome: 'applied',
  },
];

const NETWORKS = [
  {
    name: 'Eurocities',
    url: 'https://eurocities.eu',
    administrationId: 'kommunledning',
    since: '2008-01-01',
    annualFee: 95000,
  },
  {
    name: 'ICLEI – Local Governments for Sustainability',
    url: 'https://iclei.org',
    administrationId: 'miljo-halsa',
    since: '1993-01-01',
    annualFee: 42000,
  },
  {
    name: 'Energy Cities',
    url: 'https://energy-cities.eu',
    administrationId: 'vaxjo-energi',
    since: '2005-01-01',
    annualFee: 38000,
  },
  {
    name: 'Covenant of Mayors',
    url: 'https://eu-mayors.ec.europa.eu',
    administrationId: 'miljo-halsa',
    since: '2008-06-01',
  },
];

/** Writes the sample data unless the network site already holds network memberships. */
export async function seedSampleData(
  client: GraphClient,
  organisation: OrganisationConfig,
  sites: Pick<OrganisationSites, 'network' | 'administrations'>,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const counts: SeedResult['counts'] = {
    projects: 0,
    activities: 0,
    contactPersons: 0,
    reportingRounds: 0,
    submissions: 0,
    reviewDecisions: 0,
    networkMemberships: 0,
    fundingCalls: 0,
    developmentInitiatives: 0,
  };
  const memberships = createNetworkMembershipRepository(client, sites.network.siteId);
  if ((await memberships.list({ top: 1 })).length > 0) {
    log('sample data already present: nothing seeded');
    return { skipped: true, counts };
  }
  const now = new Date().getFullYear();
  const years = [...(options.years ?? [now - 3, now - 2, now - 1, now])].sort((a, b) => a - b);
  const last = years[years.length - 1] ?? now;
  const known = new Set(organisation.administrations.map((a) => a.id));
  const domain = options.domain ?? SAMPLE_DOMAIN;

  for (const [adminId, site] of Object.entries(sites.administrations)) {
    const projects = PROJECTS.map((t) => t(last)).filter((p) => p.administrationId === adminId);
    const activities = years
      .flatMap((year) => ACTIVITIES.map((t) => t(year)))
      .filter((a) => a.administrationId === adminId);
    if (projects.length)
      counts.projects += (
        await createProjectRepository(client, site.siteId).createMany(projects)
      ).length;
    if (activities.length)
      counts.activities += (
        await createActivityRepository(client, site.siteId).createMany(activities)
      ).length;
    const initiatives = years.flatMap(INITIATIVES).filter((d) => d.administrationId === adminId);
    if (initiatives.length) {
      counts.developmentInitiatives += (
        await createDevelopmentInitiativeRepository(client, site.siteId).createMany(initiatives)
      ).length;
    }
  }

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  counts.fundingCalls = (
    await createFundingCallRepository(client, sites.network.siteId).createMany(
      FUNDING_CALLS(today).map((c) => ({
        ...c,
        administrationIds: c.administrationIds?.filter((id) => known.has(id)),
      })),
    )
  ).length;

  const skip =
    options.withoutContactPerson ??
    organisation.administrations[organisation.administrations.length - 1]?.id;
  const withContact = organisation.administrations.filter((a) => a.id !== skip);
  const names = await resolveDisplayNames(
    client,
    withContact.flatMap((a) => [sampleContactPerson(a.id, domain), `personal1.${a.id}@${domain}`]),
  );
  counts.contactPersons = (
    await createContactPersonRepository(client, sites.network.siteId).createMany(
      withContact.map((a) => {
        const contactUpn = sampleContactPerson(a.id, domain);
        const deputyUpn = `personal1.${a.id}@${domain}`;
        return {
          administrationId: a.id,
          contactUpn,
          deputyUpn,
          ...(names.get(contactUpn.toLowerCase()) ? { contactName: names.get(contactUpn.toLowerCase()) } : {}),
          ...(names.get(deputyUpn.toLowerCase()) ? { deputyName: names.get(deputyUpn.toLowerCase()) } : {}),
        };
      }),
    )
  ).length;

  const reportYear = last - 1;
  counts.reportingRounds = (
    await createReportingRoundRepository(client, sites.network.siteId).createMany([
      {
        year: reportYear - 1,
        deadline: `${reportYear}-02-15`,
        open: false,
        openedBy: 'Sara Lind',
        exchangeRates: sampleRates(reportYear - 1, { EUR: 11.43, NOK: 0.99 }),
      },
      {
        year: reportYear,
        deadline: `${reportYear + 1}-02-15`,
        open: true,
        openedBy: 'Sara Lind',
        // No NOK rate yet: the reported year's NOK application is shown in NOK and flagged.
        exchangeRates: sampleRates(reportYear, { EUR: 11.07 }),
      },
    ])
  ).length;

  // The round of the report year in every state the workflow knows: approved, handed in, returned
  // with a comment, a draft, and the rest not started. Each report is its administration's item on
  // its own site (any member may edit it); approval and return are the coordinator's decisions.
  const states = ['approved', 'submitted', 'returned', 'draft'] as const;
  const decisions = createReviewDecisionRepository(client, sites.network.siteId);
  for (const [i, a] of organisation.administrations.slice(0, states.length).entries()) {
    const site = sites.administrations[a.id];
    const state = states[i] ?? 'draft';
    if (!site) continue;
    const contact = names.get(sampleContactPerson(a.id, domain).toLowerCase()) ?? sampleContactPerson(a.id, domain);
    const submission = await createSubmissionRepository(client, site.siteId).create({
      administrationId: a.id,
      year: reportYear,
      status: state === 'draft' ? 'draft' : 'submitted',
      otherWorkNarrative: `${a.name} deltog under ${reportYear} i konferenser och nätverksmöten och tog emot besök.`,
      resultsNarrative: 'Det internationella arbetet har gett extern finansiering och nya kontakter.',
      ...(state === 'draft'
        ? {}
        : { submittedBy: contact, submittedAt: `${reportYear + 1}-02-0${i + 1}T09:00:00Z` }),
    });
    counts.submissions += 1;
    if (state === 'approved' || state === 'returned') {
      await decisions.create({
        administrationId: a.id,
        year: reportYear,
        decision: state,
        ...(state === 'returned'
          ? { comment: 'Komplettera gärna resultaten med vad projekten har gett verksamheten.' }
          : {}),
        submissionId: submission.id ?? '',
        submissionVersion: submission.version ?? '1.0',
        decidedBy: 'Sara Lind',
        decidedAt: `${reportYear + 1}-02-10T14:00:00Z`,
      });
      counts.reviewDecisions += 1;
    }
  }

  counts.networkMemberships = (
    await memberships.createMany(
      NETWORKS.map((n) => ({
        ...n,
        administrationId: known.has(n.administrationId) ? n.administrationId : undefined,
      })),
    )
  ).length;
  log(
    `sample data seeded: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  return { skipped: false, counts };
}
