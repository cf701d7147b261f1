import { defaultOrganisation } from '../../../src/domain/organisation';
import {
  buildMandatePeriodModel,
  buildReportModel,
  type MandatePeriodModel,
  type ReportModel,
} from '../../../src/domain/report-model';
import {
  projectSchema,
  reportingRoundSchema,
  type ExchangeRate,
  type Project,
  type ReportingRound,
} from '../../../src/domain/records';

/**
 * Crafted money data for 2025 in SEK, EUR and NOK, shared by the tests of every surface (model,
 * Word, Excel, dashboard, bot card) so they all check the same totals. The expected totals are
 * written out as arithmetic on the rates below, not copied from the code under test.
 */
export const MONEY_YEAR = 2025;
export const EUR = 11.07;
export const NOK = 0.95;

const source = 'Riksbankens årsgenomsnitt 2025';
export const eurRate: ExchangeRate = { currency: 'EUR', rate: EUR, source };
export const nokRate: ExchangeRate = { currency: 'NOK', rate: NOK, source };

/** The 2025 round with the given rates (both by default). */
export function moneyRound(rates: ExchangeRate[] = [eurRate, nokRate]): ReportingRound {
  return reportingRoundSchema.parse({
    id: 'round-2025',
    year: MONEY_YEAR,
    deadline: '2026-02-15',
    exchangeRates: rates,
  });
}

const project = (overrides: Partial<Project>): Project =>
  projectSchema.parse({
    administrationId: 'utbildning',
    kind: 'eu',
    programme: 'erasmus-plus',
    role: 'lead',
    ...overrides,
  });

/**
 * - SEK: granted 1 000 000 (decision 2025), applied 1 200 000 (2025), ongoing.
 * - EUR: granted 94 000 (decision 2025), ongoing; applied in 2024.
 * - NOK: granted 50 000 (decision 2025), applied 60 000 (2025), starts 2026.
 * - EUR: applied 180 000 (2025), rejected, Kultur- och fritidsförvaltningen.
 */
export const moneyProjects: Project[] = [
  project({
    id: 'm-sek',
    title: 'ESF+ Vägen till arbete',
    programme: 'esf-plus',
    status: 'ongoing',
    currency: 'SEK',
    applicationSubmitted: '2025-01-10',
    decisionDate: '2025-03-01',
    startDate: '2025-04-01',
    appliedAmount: 1_200_000,
    grantedAmount: 1_000_000,
  }),
  project({
    id: 'm-eur',
    title: 'Erasmus+ ackreditering för vuxenutbildningen',
    status: 'ongoing',
    currency: 'EUR',
    applicationSubmitted: '2024-10-10',
    decisionDate: '2025-02-01',
    startDate: '2025-06-01',
    grantedAmount: 94_000,
  }),
  project({
    id: 'm-nok',
    title: 'Svensk-norska samarbetsfonden: idrottsutbyte',
    kind: 'international',
    programme: 'other',
    status: 'granted',
    currency: 'NOK',
    applicationSubmitted: '2025-01-20',
    decisionDate: '2025-05-01',
    startDate: '2026-01-01',
    appliedAmount: 60_000,
    grantedAmount: 50_000,
  }),
  project({
    id: 'm-eur-rejected',
    administrationId: 'kultur-fritid',
    title: 'Kreativa Europa: Berättelser från skogen',
    programme: 'creative-europe',
    role: 'partner',
    status: 'rejected',
    currency: 'EUR',
    applicationSubmitted: '2025-02-10',
    decisionDate: '2025-07-01',
    appliedAmount: 180_000,
  }),
];

/** External funding granted by decisions of 2025, in kronor, with both rates. */
export const grantedSek = 1_000_000 + 94_000 * EUR + 50_000 * NOK;
/** Applied for in 2025's applications, in kronor, with both rates. */
export const appliedSek = 1_200_000 + 60_000 * NOK + 180_000 * EUR;
/** The same without a NOK rate: the NOK part stays out of the kronor. */
export const grantedSekWithoutNok = 1_000_000 + 94_000 * EUR;
export const appliedSekWithoutNok = 1_200_000 + 180_000 * EUR;

/** The whole municipality's 2025 model of `projects` (the crafted ones) with the given rates. */
export function moneyModel(
  rates: ExchangeRate[] = [eurRate, nokRate],
  projects: readonly Project[] = moneyProjects,
): ReportModel {
  return buildReportModel({
    organisation: defaultOrganisation,
    year: MONEY_YEAR,
    projects,
    activities: [],
    submissions: [],
    rounds: [moneyRound(rates)],
    generatedAt: '2026-03-01T08:00:00.000Z',
  });
}

/** The mandate period of 2025 with the crafted projects and the 2025 round's rates. */
export function moneyPeriodModel(rates: ExchangeRate[]): MandatePeriodModel {
  return buildMandatePeriodModel({
    organisation: defaultOrganisation,
    period: MONEY_YEAR,
    projects: moneyProjects,
    activities: [],
    submissions: [],
    rounds: [moneyRound(rates)],
    generatedAt: '2027-01-01T00:00:00.000Z',
  });
}
