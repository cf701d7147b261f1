import {
  activitySchema,
  defaultOrganisation,
  developmentInitiativeSchema,
  type DevelopmentInitiative,
  type DevelopmentInitiativeInput,
  projectSchema,
  submissionSchema,
  type Activity,
  type ActivityInput,
  type Project,
  type ProjectInput,
  type Submission,
  buildReportModel,
  type ReportModel,
} from '../../../src/domain/index.js';

/** A schema-valid project with overrides (defaults: an ongoing EU project in 2025). */
export function project(overrides: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    administrationId: 'utbildning',
    title: 'Gröna skolor',
    kind: 'eu',
    status: 'ongoing',
    programme: 'erasmus-plus',
    role: 'lead',
    applicationSubmitted: '2024-02-01',
    decisionDate: '2024-05-01',
    startDate: '2024-09-01',
    endDate: '2026-08-31',
    currency: 'SEK',
    appliedAmount: 2_000_000,
    grantedAmount: 1_500_000,
    ...overrides,
  });
}

/** A schema-valid activity with overrides (defaults: a conference in 2025 by train). */
export function activity(overrides: Partial<ActivityInput> = {}): Activity {
  return activitySchema.parse({
    administrationId: 'utbildning',
    title: 'Eurocities årsmöte',
    type: 'conference',
    startDate: '2025-06-10',
    place: 'Bryssel',
    country: 'BE',
    participants: 2,
    travelMode: 'train',
    distanceKm: 2400,
    ...overrides,
  });
}

/** A schema-valid submission with overrides (defaults: submitted by Utbildning for 2025). */
export function submission(overrides: Partial<Submission> = {}): Submission {
  return submissionSchema.parse({
    administrationId: 'utbildning',
    year: 2025,
    status: 'submitted',
    otherWorkNarrative: 'Vi deltog i två konferenser.',
    resultsNarrative: 'Nya kontakter i Polen.',
    submittedBy: 'kontakt.utbildning@vaxjo.example',
    submittedAt: '2026-01-20T10:00:00Z',
    ...overrides,
  });
}

/** A schema-valid development initiative with overrides (defaults: Utbildning, 2025, not considered). */
export function initiative(
  overrides: Partial<DevelopmentInitiativeInput> = {},
): DevelopmentInitiative {
  return developmentInitiativeSchema.parse({
    administrationId: 'utbildning',
    title: 'Digitala läromedel',
    year: 2025,
    fundingConsidered: false,
    ...overrides,
  });
}

/**
 * The crafted records behind the report tests: 2 ongoing EU projects (one in EUR), 1 EU project
 * finished in 2025, 1 other international project ongoing, 3 applications in 2025 (granted,
 * rejected, pending), 3 activities in 2025 of 2 types (one flight) and 1 in 2024; user text with
 * markup-like characters to prove it is rendered as text. Good examples: p1 and a3 (Utbildning).
 * Development initiatives of 2025: Utbildning 3 (2 considered: applied, no call found), Omsorg 1
 * (considered, not suitable); one of Utbildning's in 2024 that must not count.
 */
export const records = {
  projects: [
    project({
      id: 'p1',
      title: 'Gröna skolor <b>&amp;</b> "hållbarhet"',
      goodExample: true,
      goodExampleSummary: 'Elever mäter energin i sina skolor och delar resultaten i Europa.',
    }),
    project({
      id: 'p2',
      administrationId: 'samhallsbyggnad',
      title: 'Interreg Baltic Smart City',
      programme: 'interreg',
      programmeDetail: 'Södra Östersjön',
      role: 'partner',
      currency: 'EUR',
      grantedAmount: 300_000,
      appliedAmount: 350_000,
      startDate: '2023-01-01',
      endDate: '2025-12-31',
      applicationSubmitted: '2022-03-01',
      decisionDate: '2022-09-01',
      achievedResults: 'Tre pilotområden\nmed smarta sensorer',
    }),
    project({
      id: 'p3',
      title: 'Avslutat LIFE-projekt',
      programme: 'life',
      status: 'completed',
      startDate: '2022-01-01',
      endDate: '2025-03-31',
      applicationSubmitted: '2021-01-10',
      decisionDate: '2021-06-01',
      grantedAmount: 4_000_000,
    }),
    project({
      id: 'p4',
      administrationId: 'kultur-fritid',
      kind: 'international',
      title: 'Vänortsutbyte Kaunas',
      programme: 'icld',
      grantedAmount: 200_000,
      startDate: '2025-02-01',
      endDate: '2025-11-30',
      applicationSubmitted: '2024-10-01',
      decisionDate: '2024-12-01',
    }),
    project({
      id: 'p5',
      title: 'Ansökan beviljad 2025',
      status: 'granted',
      applicationSubmitted: '2025-02-15',
      decisionDate: '2025-06-15',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      appliedAmount: 800_000,
      grantedAmount: 750_000,
    }),
    project({
      id: 'p6',
      administrationId: 'omsorg',
      title: 'Ansökan med avslag',
      status: 'rejected',
      programme: 'esf-plus',
      applicationSubmitted: '2025-03-01',
      decisionDate: '2025-09-01',
      startDate: undefined,
      endDate: undefined,
      grantedAmount: undefined,
      appliedAmount: 1_200_000,
    }),
    project({
      id: 'p7',
      administrationId: 'omsorg',
      title: 'Väntar på beslut',
      status: 'applied',
      programme: 'amif',
      applicationSubmitted: '2025-10-01',
      decisionDate: undefined,
      startDate: undefined,
      endDate: undefined,
      grantedAmount: undefined,
      appliedAmount: 500_000,
    }),
  ],
  activities: [
    activity({ id: 'a1' }),
    activity({
      id: 'a2',
      title: 'Studiebesök <script>alert(1)</script>',
      type: 'study-visit',
      administrationId: 'omsorg',
      startDate: '2025-09-03',
      travelMode: 'flight',
      distanceKm: 3000,
      participants: 3,
      climateCompensated: false,
    }),
    activity({
      id: 'a3',
      title: 'Webbinarium EU-fonder',
      startDate: '2025-11-12',
      goodExample: true,
      goodExampleSummary: 'Ett öppet webbinarium om EU-fonder för alla förvaltningar.',
      digital: true,
      travelMode: 'none',
      distanceKm: undefined,
      place: undefined,
      country: undefined,
    }),
    activity({ id: 'a4', title: 'Förra årets konferens', startDate: '2024-05-05' }),
  ],
  submissions: [submission({ id: 's1' })],
  initiatives: [
    initiative({ id: 'd1', fundingConsidered: true, fundingOutcome: 'applied' }),
    initiative({
      id: 'd2',
      title: 'Ny skolskjuts',
      fundingConsidered: true,
      fundingOutcome: 'no-call-found',
    }),
    initiative({ id: 'd3', title: 'Ny studievägledning' }),
    initiative({
      id: 'd4',
      administrationId: 'omsorg',
      title: 'Välfärdsteknik',
      fundingConsidered: true,
      fundingOutcome: 'not-suitable',
      outcomeReason: 'Ingen internationell partner.',
    }),
    initiative({
      id: 'd5',
      title: 'Förra årets insats',
      year: 2024,
      fundingConsidered: true,
      fundingOutcome: 'applied',
    }),
  ],
};

/** The 2025 report model of the whole municipality from the crafted records. */
export function municipalityModel(): ReportModel {
  return buildReportModel({
    organisation: defaultOrganisation,
    year: 2025,
    ...records,
    generatedAt: '2026-02-01T08:00:00Z',
    source: 'live',
  });
}

/** The 2025 report model of Utbildningsförvaltningen alone. */
export function administrationModel(): ReportModel {
  return buildReportModel({
    organisation: defaultOrganisation,
    year: 2025,
    ...records,
    administrationId: 'utbildning',
    generatedAt: '2026-02-01T08:00:00Z',
    source: 'live',
  });
}
