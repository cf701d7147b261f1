import type { Activity, Project, ReviewDecision, Submission } from '../../../src/domain/records';
import {
  makeActivity,
  makeApplication,
  makeProject,
  makeReviewDecision,
  makeSubmission,
} from './factories';

/**
 * A crafted municipality year (2024) whose figures are worked out by hand in the comments, for the
 * report model's golden tests.
 */
export function reportFixture(): {
  projects: Project[];
  activities: Activity[];
  submissions: Submission[];
  /** Omsorg's 2024 report and Vidingehem's 2023 report approved by the coordinator. */
  decisions: ReviewDecision[];
} {
  const projects = [
    // EU, ongoing all of 2024, with Linnéuniversitetet and two partners.
    makeProject({
      id: 'p1',
      administrationId: 'kommunledning',
      title: 'Gröna städer',
      applicationSubmitted: '2022-09-01',
      decisionDate: '2022-11-01',
      startDate: '2023-01-01',
      endDate: '2025-12-31',
      grantedAmount: 800_000,
      ownContributionCash: 100_000,
      ownContributionInKind: 50_000,
      withLinnaeusUniversity: true,
      partners: [
        { name: 'Kaunas', country: 'LT', type: 'municipality' },
        { name: 'TU Berlin', country: 'DE', type: 'university' },
      ],
      sustainability: ['ecological'],
      strategyMeans: ['external-funding'],
      achievedResults: 'Tre nya laddstationer.',
    }),
    // EU, ongoing and finished in 2024, funded in euro.
    makeProject({
      id: 'p2',
      administrationId: 'utbildning',
      title: 'Lärare i Europa',
      kind: 'eu',
      status: 'completed',
      programme: 'erasmus-plus',
      applicationSubmitted: '2023-02-01',
      decisionDate: '2023-05-01',
      startDate: '2023-08-01',
      endDate: '2024-07-31',
      currency: 'EUR',
      appliedAmount: 40_000,
      grantedAmount: 30_000,
      ownContributionCash: undefined,
      ownContributionInKind: undefined,
      partners: [{ name: 'Tartu', country: 'EE', type: 'municipality' }],
    }),
    // International (ICLD), ongoing from March 2024, granted in 2024, with business.
    makeProject({
      id: 'p3',
      administrationId: 'omsorg',
      title: 'Äldreomsorg i Kenya',
      kind: 'international',
      programme: 'icld',
      applicationSubmitted: '2023-10-01',
      decisionDate: '2024-02-01',
      startDate: '2024-03-01',
      endDate: undefined,
      grantedAmount: 200_000,
      ownContributionCash: 100_000,
      ownContributionInKind: 50_000,
      withBusiness: true,
      sustainability: ['social', 'economic'],
    }),
    // Applications of 2024: granted (starts 2025), rejected, pending, withdrawn.
    makeApplication({
      id: 'a1',
      administrationId: 'kommunledning',
      title: 'Smart energi',
      programme: 'horizon-europe',
      status: 'granted',
      applicationSubmitted: '2024-02-01',
      decisionDate: '2024-06-01',
      startDate: '2025-01-01',
      appliedAmount: 2_000_000,
      grantedAmount: 1_500_000,
    }),
    makeApplication({
      id: 'a2',
      administrationId: 'utbildning',
      title: 'Digital skola',
      status: 'rejected',
      applicationSubmitted: '2024-04-01',
      decisionDate: '2024-09-01',
      appliedAmount: 500_000,
    }),
    makeApplication({
      id: 'a3',
      administrationId: 'omsorg',
      title: 'Välfärdsteknik',
      applicationSubmitted: '2024-05-01',
      appliedAmount: 300_000,
    }),
    makeApplication({
      id: 'a4',
      administrationId: 'kultur-fritid',
      title: 'Kulturarv',
      status: 'withdrawn',
      applicationSubmitted: '2024-06-01',
      appliedAmount: 100_000,
    }),
    // Outside 2024: finished the day before, applied for the day before.
    makeProject({
      id: 'p4',
      administrationId: 'kommunledning',
      title: 'Gammalt projekt',
      status: 'completed',
      startDate: '2022-01-01',
      endDate: '2023-12-31',
    }),
    makeApplication({ id: 'a5', title: 'Nyårsansökan', applicationSubmitted: '2023-12-31' }),
  ];
  const activities = [
    // 2 × 1900 km short-haul flight, compensated: 706 kg.
    makeActivity({
      id: 'act1',
      administrationId: 'kommunledning',
      title: 'Eurocities AGM',
      type: 'conference',
      startDate: '2024-05-01',
      travelMode: 'flight',
      distanceKm: 1900,
      participants: 2,
      climateCompensated: true,
      compensationReference: 'Faktura 17',
    }),
    // 2 × 1900 km by train: 17 kg.
    makeActivity({
      id: 'act2',
      administrationId: 'utbildning',
      title: 'Studieresa till Tartu',
      type: 'study-visit',
      startDate: '2024-09-01',
      travelMode: 'train',
      distanceKm: 1900,
      participants: 2,
    }),
    // Digital, on the last day of the year.
    makeActivity({
      id: 'act3',
      administrationId: 'omsorg',
      title: 'Nätverksmöte ELISAN',
      type: 'network-meeting',
      startDate: '2024-12-31',
      digital: true,
    }),
    // Domestic flight, not compensated, on the first day of the year: 207 kg.
    makeActivity({
      id: 'act4',
      administrationId: 'kultur-fritid',
      title: 'Nordiskt kulturmöte',
      type: 'conference',
      startDate: '2024-01-01',
      travelMode: 'flight',
      distanceKm: 760,
      participants: 1,
    }),
    makeActivity({ id: 'act5', title: 'Förra året', startDate: '2023-12-31' }),
  ];
  const submissions = [
    makeSubmission({
      id: 's1',
      administrationId: 'kommunledning',
      status: 'submitted',
      submittedBy: 'kontakt.kommunledning@vaxjo.example',
      submittedAt: '2025-02-01T10:00:00Z',
      otherWorkNarrative: 'Vi deltog i Eurocities.',
      resultsNarrative: 'Nya kontakter.',
    }),
    makeSubmission({ id: 's2', administrationId: 'utbildning', status: 'draft' }),
    makeSubmission({ id: '3', administrationId: 'omsorg', status: 'submitted', version: '2.0' }),
    makeSubmission({
      id: '4',
      administrationId: 'vidingehem',
      year: 2023,
      status: 'submitted',
      version: '2.0',
    }),
  ];
  const decisions = [
    makeReviewDecision({ administrationId: 'omsorg', submissionId: '3', submissionVersion: '2.0' }),
    makeReviewDecision({
      administrationId: 'vidingehem',
      year: 2023,
      submissionId: '4',
      submissionVersion: '2.0',
    }),
  ];
  return { projects, activities, submissions, decisions };
}
