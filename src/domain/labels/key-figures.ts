import type { TrendMetric } from '../report-model';
import { formatNumber, formatShare } from './format';
import type { Locale } from './locale';

/**
 * Every key figure and mandate-period metric by its id. A figure has one name wherever it is
 * shown: the Word and Excel report, the tab (reporting, key figures, follow-up) and the bot. The
 * words follow the strategy ("pågående och under året avslutade EU-projekt, andra internationella
 * projekt samt inlämnade ansökningar", "övrigt internationellt arbete").
 */
export type KeyFigureId =
  | TrendMetric
  | 'euOngoing'
  | 'euFinished'
  | 'otherOngoing'
  | 'otherFinished'
  | 'applicationsGranted'
  | 'applicationsRejected'
  | 'applicationsPending'
  | 'applicationsWithdrawn'
  | 'ongoingGrantedSek'
  | 'partners'
  | 'countries'
  | 'withLinnaeusUniversity'
  | 'withBusiness'
  | 'flights'
  | 'flightTripsNotCompensated'
  | 'fundingConsidered';

/**
 * The figures that are a part of the figure above them in a table (`Pågående EU-projekt`, then
 * `varav avslutade under året`). Their part form is the same concept, worded as a part.
 */
export type KeyFigurePartId =
  | 'euFinished'
  | 'otherFinished'
  | 'applicationsGranted'
  | 'applicationsRejected'
  | 'applicationsPending'
  | 'applicationsWithdrawn'
  | 'flightTripsNotCompensated';

/** The groups this module labels, keyed by the id's type. */
export interface KeyFigureGroups {
  keyFigure: KeyFigureId;
  keyFigurePart: KeyFigurePartId;
}

/** The name of every key figure and metric, and the part form of the sub-figures. */
export const keyFigureLabels: Record<
  Locale,
  { [G in keyof KeyFigureGroups]: Record<KeyFigureGroups[G], string> }
> = {
  sv: {
    keyFigure: {
      projectsOngoing: 'Pågående projekt',
      projectsFinished: 'Under året avslutade projekt',
      euOngoing: 'Pågående EU-projekt',
      euFinished: 'Under året avslutade EU-projekt',
      otherOngoing: 'Pågående andra internationella projekt',
      otherFinished: 'Under året avslutade andra internationella projekt',
      applications: 'Inlämnade ansökningar',
      applicationsGranted: 'Beviljade ansökningar',
      applicationsRejected: 'Ansökningar med avslag',
      applicationsPending: 'Ansökningar som väntar på beslut',
      applicationsWithdrawn: 'Återdragna ansökningar',
      successRate: 'Andel beviljade av beslutade ansökningar',
      grantedSek: 'Beviljad extern finansiering under året',
      appliedSek: 'Sökt belopp i årets ansökningar',
      ongoingGrantedSek: 'Beviljad extern finansiering i pågående projekt',
      ownContributionSek: 'Egen medfinansiering i pågående projekt',
      activities: 'Övrigt internationellt arbete (aktiviteter)',
      partners: 'Partner i pågående projekt',
      countries: 'Partnerländer',
      withLinnaeusUniversity: 'Projekt med Linnéuniversitetet',
      withBusiness: 'Projekt med näringslivet',
      flights: 'Aktiviteter med flyg',
      flightTrips: 'Flygresor (personresor)',
      flightTripsNotCompensated: 'Flygresor som inte är klimatkompenserade',
      co2eKg: 'Klimatavtryck från resor (kg CO2e)',
      compensatedFlightShare: 'Andel klimatkompenserade flygresor',
      digitalShare: 'Andel digitalt deltagande',
      fundingConsidered: 'Utvecklingsinsatser där extern finansiering övervägdes',
      fundingConsideredShare: 'Andel utvecklingsinsatser där extern finansiering övervägdes',
    },
    keyFigurePart: {
      euFinished: 'varav avslutade under året',
      otherFinished: 'varav avslutade under året',
      applicationsGranted: 'varav beviljade',
      applicationsRejected: 'varav avslag',
      applicationsPending: 'varav väntar på beslut',
      applicationsWithdrawn: 'varav återdragna',
      flightTripsNotCompensated: 'varav ej klimatkompenserade',
    },
  },
  en: {
    keyFigure: {
      projectsOngoing: 'Ongoing projects',
      projectsFinished: 'Projects finished during the year',
      euOngoing: 'Ongoing EU projects',
      euFinished: 'EU projects finished during the year',
      otherOngoing: 'Ongoing other international projects',
      otherFinished: 'Other international projects finished during the year',
      applications: 'Applications submitted',
      applicationsGranted: 'Applications granted',
      applicationsRejected: 'Applications rejected',
      applicationsPending: 'Applications awaiting decision',
      applicationsWithdrawn: 'Applications withdrawn',
      successRate: 'Share of decided applications granted',
      grantedSek: 'External funding granted during the year',
      appliedSek: "Amount applied for in the year's applications",
      ongoingGrantedSek: 'External funding granted to ongoing projects',
      ownContributionSek: 'Own co-financing of ongoing projects',
      activities: 'Other international work (activities)',
      partners: 'Partners in ongoing projects',
      countries: 'Partner countries',
      withLinnaeusUniversity: 'Projects with Linnaeus University',
      withBusiness: 'Projects with business',
      flights: 'Activities with flights',
      flightTrips: 'Flights (person-trips)',
      flightTripsNotCompensated: 'Flights not climate-compensated',
      co2eKg: 'Travel carbon footprint (kg CO2e)',
      compensatedFlightShare: 'Share of flights climate-compensated',
      digitalShare: 'Share of digital participation',
      fundingConsidered: 'Development initiatives where external funding was considered',
      fundingConsideredShare:
        'Share of development initiatives where external funding was considered',
    },
    keyFigurePart: {
      euFinished: 'of which finished during the year',
      otherFinished: 'of which finished during the year',
      applicationsGranted: 'of which granted',
      applicationsRejected: 'of which rejected',
      applicationsPending: 'of which awaiting decision',
      applicationsWithdrawn: 'of which withdrawn',
      flightTripsNotCompensated: 'of which not climate-compensated',
    },
  },
};

/** The unit a kronor figure names when its values are shown as bare numbers: `(kr)` / `(SEK)`. */
const sekUnit: Record<Locale, string> = { sv: 'kr', en: 'SEK' };

/**
 * A kronor figure's name with its unit, for a table that shows bare numbers to keep its year
 * columns narrow ("Beviljad extern finansiering under året (kr)").
 */
export function withSekUnit(locale: Locale, name: string): string {
  return `${name} (${sekUnit[locale]})`;
}

/**
 * The strategy's indicator as a value: how many of the initiatives considered external funding,
 * with the share (`3 av 4 (75 %)` / `3 of 4 (75%)`); the share is a dash without initiatives.
 */
export function formatConsidered(
  locale: Locale,
  figure: { considered: number; initiatives: number; share: number | null },
): string {
  const of = locale === 'sv' ? 'av' : 'of';
  const considered = formatNumber(locale, figure.considered);
  const initiatives = formatNumber(locale, figure.initiatives);
  return `${considered} ${of} ${initiatives} (${formatShare(locale, figure.share)})`;
}
