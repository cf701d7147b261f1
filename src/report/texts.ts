import {
  cachedIntl,
  countryName,
  fieldLabel,
  formatDate,
  formatNumber,
  formatShare,
  labelCodes,
  withSekUnit,
  type KeyFigureId,
  type KeyFigurePartId,
  formatMoney,
  formatSekSum,
  hasUnconverted,
  isSekMetric,
  sekFigureOf,
  type SekFigure,
  fundingOutcomes,
  intlLocale,
  label,
  type ActivityType,
  type FundingConsideredFigure,
  type GoodExample,
  type Programme,
  type Currency,
  type Locale,
  type MoneyByCurrency,
  type ReportModel,
  type TrendMetric,
} from '../domain/index.js';

/**
 * The report's own wording (headings, column headers, sentences) in Swedish and English. Record
 * fields, codes, statuses, key figures and section names come from the domain labels (some keys
 * here are those labels under the name the renderers use); only what is specific to the
 * documents is worded here.
 */
const sv = {
  yearlyReport: (year: number) => `Årsrapport internationellt arbete ${year}`,
  mandateReport: (label: string) => `Uppföljning av internationellt arbete: ${label}`,
  mandateTitle: 'Uppföljning av internationellt arbete',
  mandatePeriodName: (label: string, _start: number, _end: number) => label,
  page: (n: string) => `Sida ${n}`,
  pageOf: 'av',
  summaryTitle: 'Sammanfattning',
  summaryIntro: (previous: number) =>
    `Årets viktigaste siffror jämförda med ${previous}. Diagrammen efter tabellen visar fördelningen; varje diagram har sina siffror i en tabell direkt under.`,
  summaryFiguresIntro: (year: number) =>
    `Årets viktigaste siffror. Diagrammen efter tabellen visar fördelningen ${year}; varje diagram har sina siffror i en tabell direkt under.`,
  others: (n: number) => `Övriga (${n})`,
  charts: {
    projectsPerAdministration: 'Pågående projekt per förvaltning och bolag',
    projectsPerProgramme: 'Pågående projekt per program',
    grantedPerAdministration:
      'Beviljad extern finansiering i pågående projekt per förvaltning och bolag',
    applicationOutcomes: 'Årets ansökningar efter utfall',
    otherWorkByType: 'Övrigt internationellt arbete per typ',
    flightsSplit: 'klimatkompenserade och inte',
    flightsCompensated: 'Klimatkompenserade',
    flightsNotCompensated: 'Inte klimatkompenserade',
  },
  chartAlt: (title: string, year: number, top: string, total: string) =>
    `Stapeldiagram: ${title.toLowerCase()} ${year}; störst är ${top}, totalt ${total}.`,
  chartAltEmpty: (title: string, year: number) =>
    `Stapeldiagram: ${title.toLowerCase()} ${year}; inget att visa.`,
  projectsCounted: (all: number, finished: number) =>
    `${all} projekt pågick under året, varav ${finished} avslutades under året (Status: Avslutat). Varje projekt står en gång.`,
  zeroFiguresLeftOut: 'Nyckeltal som är noll visas inte.',
  nothingAtAll: (year: number) =>
    `Inga internationella projekt, ansökningar eller aktiviteter är registrerade för ${year}.`,
  noProjects: (year: number) => `Inga internationella projekt eller ansökningar ${year}.`,
  noEuProjects: 'Inga EU-projekt under året.',
  noOtherProjects: 'Inga andra internationella projekt under året.',
  noApplications: 'Inga ansökningar under året.',
  noOtherWork: 'Inget övrigt internationellt arbete under året.',
  noActivities: (year: number) => `Inga övriga internationella aktiviteter ${year}.`,
  chapterCounts: (
    year: number,
    projects: number,
    finished: number,
    applications: number,
    activities: number,
  ) =>
    `Under ${year}: ${projects} projekt (varav ${finished} avslutade), ${applications} ${applications === 1 ? 'ansökan' : 'ansökningar'} och ${activities} ${activities === 1 ? 'övrig aktivitet' : 'övriga aktiviteter'}. Varje projekt och aktivitet står i avsnitten ovan under förvaltningens eller bolagets namn; här följer dess nyckeltal och egen redovisning.`,
  goalArea: (goalArea: string) => `Målområde ${goalArea}`,
  vision: 'Vision',
  overview: 'Översikt',
  organisation: 'Organisation',
  goalAreaName: 'Målområde',
  activityType: 'Typ',
  from: 'Från',
  to: 'Till',
  period: 'Period',
  generated: 'Skapad',
  scope: 'Omfattning',
  wholeMunicipality: label('sv', 'reportScope', 'whole'),
  contents: 'Innehåll',
  none: 'Inget att redovisa.',
  administration: fieldLabel('sv', 'project', 'administrationId'),
  committee: 'Nämnd/styrelse',
  title: 'Titel',
  programme: fieldLabel('sv', 'project', 'programme'),
  role: 'Roll',
  start: 'Start',
  end: 'Slut',
  granted: 'Beviljat',
  applied: 'Sökt belopp',
  submittedOn: 'Inlämnad',
  outcome: 'Utfall',
  status: 'Status',
  date: 'Datum',
  place: 'Plats',
  participants: 'Deltagare',
  travel: 'Resa',
  digital: 'Digitalt',
  co2e: 'CO2e (kg)',
  compensated: 'Klimatkompenserat',
  compensatedShort: 'kompenserat',
  notCompensatedShort: 'ej kompenserat',
  yes: 'Ja',
  no: 'Nej',
  narrativeOtherWork: fieldLabel('sv', 'submission', 'otherWorkNarrative'),
  narrativeResults: fieldLabel('sv', 'submission', 'resultsNarrative'),
  projectResults: 'Uppnådda resultat i projekt',
  noNarrative: 'Ingen redovisning inlämnad.',
  figure: 'Nyckeltal',
  value: 'Värde',
  count: 'Antal',
  submittedBy: fieldLabel('sv', 'submission', 'submittedBy'),
  source: 'Siffrorna från',
  sourceSnapshot: 'Inlämnad rapport',
  sourceLive: 'Registrerat i dag',
  changesSince: 'Ändringar efter inlämning',
  submittedOf: (submitted: number, total: number) => `${submitted} av ${total} har lämnat in.`,
  deadline: 'Sista dag',
  roundOpen: 'Rapporteringsomgången är öppen.',
  roundClosed: 'Rapporteringsomgången är stängd.',
  byProgramme: 'Pågående projekt per program',
  byType: 'Övrigt arbete per typ',
  bySustainability: 'Pågående projekt per hållbarhetsdimension',
  byStrategyMean: 'Pågående projekt per strategiskt medel',
  byPartnerType: 'Partner per typ',
  years: 'År',
  perYear: 'Nyckeltal per år',
  change: 'Förändring',
  yearInProgress: (year: number) => `${year} (pågår)`,
  incompleteYears: 'Ett år som inte är slut visar siffrorna hittills.',
  trendSummary: 'Utveckling under mandatperioden',
  directions: { up: 'ökning', down: 'minskning', flat: 'oförändrat', unknown: '–' },
  fundingConsidered: label('sv', 'reportSection', 'fundingConsidered'),
  fundingSheet: label('sv', 'reportSection', 'externalFunding'),
  exchangeRatesSheet: 'Valutakurser',
  currency: fieldLabel('sv', 'project', 'currency'),
  rate: 'Kurs (kr för 1 enhet)',
  rateSource: 'Källa',
  rateMissing: 'Kurs saknas: beloppen visas i sin egen valuta',
  fundingConsideredIntro:
    'Strategins första medel är extern finansiering: alla delar av kommunen ska alltid överväga att medfinansiera sitt utvecklingsarbete genom internationellt finansierade projekt. Andelen av årets utvecklingsinsatser där det gjordes är strategins egen indikator.',
  fundingConsideredOf: (considered: number, total: number, share: string) =>
    `Extern finansiering övervägdes i ${considered} av ${total} utvecklingsinsatser (${share}).`,
  noInitiatives: 'Inga utvecklingsinsatser är registrerade för året.',
  initiatives: 'Insatser',
  considered: 'Övervägd',
  share: 'Andel',
  goodExamples: label('sv', 'reportSection', 'goodExamples'),
  goodExamplesIntro:
    'Strategin ber kommunen sprida sina goda exempel. Årets projekt och aktiviteter som förvaltningarna och bolagen har markerat som goda exempel:',
  kind: 'Slag',
  summary: 'Sammanfattning',
  exampleKinds: {
    project: label('sv', 'recordKind', 'project'),
    activity: label('sv', 'recordKind', 'activity'),
  },
};

type Texts = typeof sv;

const en: Texts = {
  yearlyReport: (year) => `International work: yearly report ${year}`,
  mandateReport: (label) => `Follow-up of international work: ${label}`,
  mandateTitle: 'Follow-up of international work',
  // The config names the period in Swedish ("Mandatperioden 2023–2026"): English says it anew.
  mandatePeriodName: (_label, start, end) => `Mandate period ${start}–${end}`,
  page: (n) => `Page ${n}`,
  pageOf: 'of',
  summaryTitle: 'Summary',
  summaryIntro: (previous) =>
    `The year's main figures compared with ${previous}. The charts after the table show how they are spread; each chart has its figures in a table right below it.`,
  summaryFiguresIntro: (year) =>
    `The year's main figures. The charts after the table show how they are spread in ${year}; each chart has its figures in a table right below it.`,
  others: (n) => `Others (${n})`,
  charts: {
    projectsPerAdministration: 'Ongoing projects per administration and company',
    projectsPerProgramme: 'Ongoing projects per programme',
    grantedPerAdministration:
      'External funding granted to ongoing projects per administration and company',
    applicationOutcomes: "The year's applications by outcome",
    otherWorkByType: 'Other international work by type',
    flightsSplit: 'climate-compensated and not',
    flightsCompensated: 'Climate-compensated',
    flightsNotCompensated: 'Not climate-compensated',
  },
  chartAlt: (title, year, top, total) =>
    `Bar chart: ${title.charAt(0).toLowerCase()}${title.slice(1)} in ${year}; the largest is ${top}, ${total} in all.`,
  chartAltEmpty: (title, year) =>
    `Bar chart: ${title.charAt(0).toLowerCase()}${title.slice(1)} in ${year}; nothing to show.`,
  projectsCounted: (all, finished) =>
    `${all} projects were ongoing during the year, of which ${finished} finished during the year (Status: Completed). Each project is listed once.`,
  zeroFiguresLeftOut: 'Key figures that are zero are not shown.',
  nothingAtAll: (year) =>
    `No international projects, applications or activities are recorded for ${year}.`,
  noProjects: (year) => `No international projects or applications in ${year}.`,
  noEuProjects: 'No EU projects during the year.',
  noOtherProjects: 'No other international projects during the year.',
  noApplications: 'No applications during the year.',
  noOtherWork: 'No other international work during the year.',
  noActivities: (year) => `No other international activities in ${year}.`,
  chapterCounts: (year, projects, finished, applications, activities) =>
    `In ${year}: ${projects} ${projects === 1 ? 'project' : 'projects'} (${finished} finished), ${applications} ${applications === 1 ? 'application' : 'applications'} and ${activities} other ${activities === 1 ? 'activity' : 'activities'}. Each project and activity is listed in the sections above under the administration's or company's name; here follow its key figures and its own account.`,
  goalArea: (goalArea) => `Goal area ${goalArea}`,
  vision: 'Vision',
  overview: 'Overview',
  organisation: 'Organisation',
  goalAreaName: 'Goal area',
  activityType: 'Type',
  from: 'From',
  to: 'To',
  period: 'Period',
  generated: 'Generated',
  scope: 'Scope',
  wholeMunicipality: label('en', 'reportScope', 'whole'),
  contents: 'Contents',
  none: 'Nothing to report.',
  administration: fieldLabel('en', 'project', 'administrationId'),
  committee: 'Committee/board',
  title: 'Title',
  programme: fieldLabel('en', 'project', 'programme'),
  role: 'Role',
  start: 'Start',
  end: 'End',
  granted: 'Granted',
  applied: 'Applied for',
  submittedOn: 'Submitted',
  outcome: 'Outcome',
  status: 'Status',
  date: 'Date',
  place: 'Place',
  participants: 'Participants',
  travel: 'Travel',
  digital: 'Digital',
  co2e: 'CO2e (kg)',
  compensated: 'Climate-compensated',
  compensatedShort: 'compensated',
  notCompensatedShort: 'not compensated',
  yes: 'Yes',
  no: 'No',
  narrativeOtherWork: fieldLabel('en', 'submission', 'otherWorkNarrative'),
  narrativeResults: fieldLabel('en', 'submission', 'resultsNarrative'),
  projectResults: 'Results achieved in projects',
  noNarrative: 'No report submitted.',
  figure: 'Key figure',
  value: 'Value',
  count: 'Count',
  submittedBy: fieldLabel('en', 'submission', 'submittedBy'),
  source: 'Figures from',
  sourceSnapshot: 'Submitted report',
  sourceLive: 'Recorded today',
  changesSince: 'Changes since submission',
  submittedOf: (submitted, total) => `${submitted} of ${total} have submitted.`,
  deadline: 'Deadline',
  roundOpen: 'The reporting round is open.',
  roundClosed: 'The reporting round is closed.',
  byProgramme: 'Ongoing projects per programme',
  byType: 'Other work per type',
  bySustainability: 'Ongoing projects per sustainability dimension',
  byStrategyMean: 'Ongoing projects per strategic means',
  byPartnerType: 'Partners per type',
  years: 'Year',
  perYear: 'Key figures per year',
  change: 'Change',
  yearInProgress: (year) => `${year} (in progress)`,
  incompleteYears: 'A year that has not ended shows the figures so far.',
  trendSummary: 'Development during the mandate period',
  directions: { up: 'increase', down: 'decrease', flat: 'unchanged', unknown: '–' },
  fundingConsidered: label('en', 'reportSection', 'fundingConsidered'),
  fundingSheet: label('en', 'reportSection', 'externalFunding'),
  exchangeRatesSheet: 'Exchange rates',
  currency: fieldLabel('en', 'project', 'currency'),
  rate: 'Rate (SEK per unit)',
  rateSource: 'Source',
  rateMissing: 'No exchange rate: amounts are shown in their own currency',
  fundingConsideredIntro:
    "The strategy's first means is external funding: every part of the municipality should always consider co-financing its development work through internationally funded projects. The share of the year's development initiatives where it was considered is the strategy's own indicator.",
  fundingConsideredOf: (considered, total, share) =>
    `External funding was considered in ${considered} of ${total} development initiatives (${share}).`,
  noInitiatives: 'No development initiatives are recorded for the year.',
  initiatives: 'Initiatives',
  considered: 'Considered',
  share: 'Share',
  goodExamples: label('en', 'reportSection', 'goodExamples'),
  goodExamplesIntro:
    'The strategy asks the municipality to spread its good examples. The projects and activities of the year that the administrations and companies marked as good examples:',
  kind: 'Kind',
  summary: 'Summary',
  exampleKinds: {
    project: label('en', 'recordKind', 'project'),
    activity: label('en', 'recordKind', 'activity'),
  },
};

/** The report texts of a locale. */
export function reportTexts(locale: Locale): Texts {
  return locale === 'en' ? en : sv;
}
export type ReportTexts = Texts;

/** Optional money: empty when not given. */
export function formatOptionalMoney(
  locale: Locale,
  amount: number | undefined,
  currency: Currency,
): string {
  return amount === undefined ? '' : formatMoney(locale, amount, currency);
}

/** A date in the short numeric form of the reader's language (`2025-03-01` / `01/03/2025`). */
export function formatShortDate(locale: Locale, iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return cachedIntl(
    `shortdate|${locale}`,
    () => new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'short', timeZone: 'UTC' }),
  ).format(date);
}

/** Optional date: empty when not given. */
export function formatOptionalDate(locale: Locale, iso: string | undefined): string {
  return iso ? formatDate(locale, iso) : '';
}

/** Sums per currency as one text, SEK first (`1 200 000 kr + 50 000 €`). */
export function formatMoneyByCurrency(locale: Locale, sums: MoneyByCurrency): string {
  const entries = Object.entries(sums) as [Currency, number][];
  if (entries.length === 0) return formatMoney(locale, 0, 'SEK');
  return entries
    .sort(([a], [b]) => (a === 'SEK' ? -1 : b === 'SEK' ? 1 : a.localeCompare(b)))
    .map(([currency, amount]) => formatMoney(locale, amount, currency))
    .join(' + ');
}

/** Resolves administration ids of a model to names (unknown ids are shown as they are). */
export function administrationNamer(model: {
  meta: { administrations: readonly { id: string; name: string }[] };
}): (id: string) => string {
  const names = new Map(model.meta.administrations.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

/** A key figure as the report shows it: label, formatted value, and the raw number for Excel. */
export interface KeyFigureRow {
  label: string;
  value: string;
  raw: number | null;
  kind: 'count' | 'money' | 'share' | 'text';
  /**
   * A money figure's parts with no exchange rate, in their own currency: `raw` is then only the
   * kronor, so a renderer must show `value` (which names them), never `raw` alone.
   */
  unconverted?: MoneyByCurrency;
}

/**
 * The key figures as label/value rows, shared by the Word and Excel reports. Every figure is named
 * by its label in the domain (`keyFigure`), so it has one name wherever it appears (summary, key
 * figures, follow-up, tab, bot); a figure that is a part of the row above it is worded as a part
 * (`keyFigurePart`, e.g. varav avslutade under året).
 */
export function keyFigureRows(locale: Locale, figures: ReportModel['keyFigures']): KeyFigureRow[] {
  const { counts, funding, partners, travel } = figures;
  type FigureRow = [KeyFigureId, 'count' | 'money' | 'share', number | null];
  const rows: FigureRow[] = [
    ['euOngoing', 'count', counts.euOngoing],
    ['euFinished', 'count', counts.euFinished],
    ['otherOngoing', 'count', counts.otherOngoing],
    ['otherFinished', 'count', counts.otherFinished],
    ['applications', 'count', counts.applications],
    ['applicationsGranted', 'count', counts.applicationsGranted],
    ['applicationsRejected', 'count', counts.applicationsRejected],
    ['applicationsPending', 'count', counts.applicationsPending],
    ['applicationsWithdrawn', 'count', counts.applicationsWithdrawn],
    ['successRate', 'share', figures.successRate],
    ['activities', 'count', counts.activities],
    ['grantedSek', 'money', funding.grantedSek],
    ['appliedSek', 'money', funding.appliedSek],
    ['ongoingGrantedSek', 'money', funding.ongoingGrantedSek],
    ['ownContributionSek', 'money', funding.ownContributionSek],
    ['partners', 'count', partners.total],
    ['withLinnaeusUniversity', 'count', partners.projectsWithLinnaeusUniversity],
    ['withBusiness', 'count', partners.projectsWithBusiness],
    ['flights', 'count', travel.flights],
    ['flightTrips', 'count', travel.flightTrips],
    ['flightTripsNotCompensated', 'count', travel.flightTripsNotCompensated],
    ['co2eKg', 'count', travel.co2eKg],
    ['compensatedFlightShare', 'share', travel.compensatedFlightShare],
    ['digitalShare', 'share', travel.digitalShare],
    // Only models built with the initiatives carry the strategy's indicator.
    ...(figures.fundingConsidered
      ? [['fundingConsideredShare', 'share', figures.fundingConsidered.share] as FigureRow]
      : []),
  ];
  const format = (kind: 'count' | 'share', raw: number | null): string =>
    kind === 'share' || raw === null ? formatShare(locale, raw) : formatNumber(locale, raw);
  const out: KeyFigureRow[] = rows.map(([key, kind, raw]) => {
    const name = keyFigureRowLabel(locale, key);
    if (kind !== 'money') return { label: name, value: format(kind, raw), raw, kind };
    // Money is in kronor, converted with the year's rates; what has no rate is named (money.ts).
    const sum = sekFigureOf(figures, key as SekFigure);
    return {
      label: name,
      value: formatSekSum(locale, sum),
      raw,
      kind,
      ...(hasUnconverted(sum) ? { unconverted: sum.unconverted } : {}),
    };
  });
  // The partner countries are a list, not a number; they follow the partner count.
  out.splice(rows.findIndex(([key]) => key === 'partners') + 1, 0, {
    label: label(locale, 'keyFigure', 'countries'),
    value: partners.countries.map((code) => countryName(locale, code)).join(', ') || '–',
    raw: partners.countries.length,
    kind: 'text',
  });
  return out;
}

/** A key figure's name in the key-figure table: a sub-figure in its part form ("varav …"). */
export function keyFigureRowLabel(locale: Locale, id: KeyFigureId): string {
  return (labelCodes('keyFigurePart') as string[]).includes(id)
    ? label(locale, 'keyFigurePart', id as KeyFigurePartId)
    : label(locale, 'keyFigure', id);
}

/**
 * A metric's name as a row label; `bare` adds the unit of a kronor metric for a table that shows
 * its amounts without it ("Beviljad extern finansiering under året (kr)").
 */
export function metricName(locale: Locale, metric: TrendMetric, bare = false): string {
  const name = label(locale, 'keyFigure', metric);
  return bare && isSekMetric(metric) ? withSekUnit(locale, name) : name;
}

/**
 * The label of a programme, with its detail when given ("Interreg: Södra Östersjön"). A detail
 * that already names the programme ("Erasmus+ KA122 Skolutbildning") is shown alone, so the
 * programme is named once.
 */
export function programmeText(
  locale: Locale,
  project: { programme: Parameters<typeof label<'programme'>>[2]; programmeDetail?: string },
): string {
  const name = label(locale, 'programme', project.programme);
  const detail = project.programmeDetail?.trim();
  if (!detail) return name;
  return detail.toLocaleLowerCase().startsWith(name.toLocaleLowerCase())
    ? detail
    : `${name}: ${detail}`;
}

const shareMetrics: readonly TrendMetric[] = [
  'successRate',
  'compensatedFlightShare',
  'digitalShare',
  'fundingConsideredShare',
];

/**
 * A trend metric's value as the report shows it (share, SEK amount or count). A sum in kronor
 * comes with its parts that had no exchange rate that year (`unconverted`), never as 0 kr for
 * money that exists. `bare` leaves the currency off a whole-kronor amount, for a table whose row
 * label names it ("Beviljad extern finansiering (kr)"), which keeps the year columns narrow.
 */
export function formatMetric(
  locale: Locale,
  metric: TrendMetric,
  value: number | null,
  options: { bare?: boolean; unconverted?: MoneyByCurrency | undefined } = {},
): string {
  if (value === null) return '–';
  if (shareMetrics.includes(metric)) return formatShare(locale, value);
  if (isSekMetric(metric)) {
    const sum = { sek: value, unconverted: options.unconverted ?? {} };
    // With a part in another currency the kronor name their unit, beside the flagged part.
    if (options.bare && !hasUnconverted(sum)) return formatNumber(locale, value);
    return formatSekSum(locale, sum);
  }
  return formatNumber(locale, value);
}

/** A money metric's parts with no exchange rate in the figures; undefined when there are none. */
export function unconvertedOfMetric(
  metric: TrendMetric,
  figures: ReportModel['keyFigures'],
): MoneyByCurrency | undefined {
  if (!isSekMetric(metric)) return undefined;
  const sum = sekFigureOf(figures, metric);
  return hasUnconverted(sum) ? sum.unconverted : undefined;
}

/** A change of a trend metric with its sign; shares change in percentage points. */
export function formatChange(
  locale: Locale,
  metric: TrendMetric,
  change: number | null,
  bare = false,
): string {
  if (change === null) return '–';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (shareMetrics.includes(metric)) {
    return `${sign}${formatNumber(locale, size * 100)} ${locale === 'sv' ? 'procentenheter' : 'percentage points'}`;
  }
  return `${sign}${formatMetric(locale, metric, size, { bare })}`;
}

/** One row of the considered-share table: an administration, or the whole scope (`total`). */
export interface FundingConsideredRow {
  name: string;
  figure: FundingConsideredFigure;
  total: boolean;
}

/**
 * The rows of the "external funding considered" table, shared by the Word and Excel reports: one
 * per administration in a municipality report, then the scope's own figure. Empty when the model
 * was built without initiatives (e.g. a snapshot frozen before the figure existed).
 */
export function fundingConsideredRows(locale: Locale, model: ReportModel): FundingConsideredRow[] {
  const figure = model.keyFigures.fundingConsidered;
  if (!figure) return [];
  const { meta } = model;
  const scopeName =
    meta.scope.kind === 'administration'
      ? administrationNamer(model)(meta.scope.administrationId)
      : label(locale, 'reportScope', 'whole');
  return [
    ...model.perAdministration.flatMap((chapter) =>
      chapter.keyFigures.fundingConsidered
        ? [{ name: chapter.name, figure: chapter.keyFigures.fundingConsidered, total: false }]
        : [],
    ),
    { name: scopeName, figure, total: true },
  ];
}

/** The headers of the considered-share table: who, how many, how many considered, share, outcomes. */
export function fundingConsideredHeaders(locale: Locale): string[] {
  const t = reportTexts(locale);
  return [
    t.administration,
    t.initiatives,
    t.considered,
    t.share,
    ...fundingOutcomes.map((outcome) => label(locale, 'fundingOutcome', outcome)),
  ];
}

/** The counts of a considered-share row after its name, in header order (share excluded). */
export function fundingConsideredCounts(figure: FundingConsideredFigure): {
  initiatives: number;
  considered: number;
  outcomes: number[];
} {
  return {
    initiatives: figure.initiatives,
    considered: figure.considered,
    outcomes: fundingOutcomes.map((outcome) => figure.byOutcome[outcome]),
  };
}

/** A good example's kind with its programme or activity type, e.g. "Projekt: Erasmus+". */
export function goodExampleKind(locale: Locale, example: GoodExample): string {
  const t = reportTexts(locale);
  // `category` is the project's programme or the activity's type as a code (src/domain/funding).
  const category =
    example.kind === 'project'
      ? label(locale, 'programme', example.category as Programme)
      : label(locale, 'activityType', example.category as ActivityType);
  return `${t.exampleKinds[example.kind]}: ${category}`;
}
