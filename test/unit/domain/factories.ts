import {
  activitySchema,
  contactPersonSchema,
  networkMembershipSchema,
  projectSchema,
  reportingRoundSchema,
  reviewDecisionSchema,
  submissionSchema,
  type Activity,
  type ActivityInput,
  type ContactPerson,
  type NetworkMembership,
  type Project,
  type ProjectInput,
  type ReportingRound,
  type ReviewDecision,
  type Submission,
} from '../../../src/domain/records';
import {
  defaultOrganisation,
  parseOrganisationConfig,
  type OrganisationConfig,
  type OrganisationConfigInput,
} from '../../../src/domain/organisation';
import type { z } from 'zod';

/**
 * Factories for tests: every record is parsed by its schema, so a test can only build records the
 * app could store; overrides that break a rule throw at once instead of testing nonsense.
 * Ids are sequential per factory call (`project-1`, ...) unless overridden.
 */

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

/** Restarts the id sequence (call in `beforeEach` when a test compares ids). */
export function resetIds(): void {
  sequence = 0;
}

/** An ongoing EU project of `kommunledning`, granted in 2023 and running 2024–2025. */
export function makeProject(overrides: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    id: nextId('project'),
    administrationId: 'kommunledning',
    title: 'Gröna städer i Östersjöregionen',
    kind: 'eu',
    status: 'ongoing',
    programme: 'interreg',
    role: 'partner',
    applicationSubmitted: '2023-03-15',
    decisionDate: '2023-09-01',
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    currency: 'SEK',
    appliedAmount: 1_000_000,
    grantedAmount: 800_000,
    ownContributionCash: 100_000,
    ownContributionInKind: 50_000,
    ...overrides,
  } satisfies ProjectInput);
}

/** A pending application (status `applied`) submitted on `applicationSubmitted`. */
export function makeApplication(overrides: Partial<ProjectInput> = {}): Project {
  return makeProject({
    status: 'applied',
    decisionDate: undefined,
    startDate: undefined,
    endDate: undefined,
    grantedAmount: undefined,
    applicationSubmitted: '2024-03-01',
    ...overrides,
  });
}

/** A physical conference in 2024 without travel. */
export function makeActivity(overrides: Partial<ActivityInput> = {}): Activity {
  return activitySchema.parse({
    id: nextId('activity'),
    administrationId: 'kommunledning',
    title: 'Eurocities årskonferens',
    type: 'conference',
    startDate: '2024-06-10',
    participants: 1,
    ...overrides,
  } satisfies ActivityInput);
}

/** A draft submission of `kommunledning` for 2024. */
export function makeSubmission(
  overrides: Partial<z.input<typeof submissionSchema>> = {},
): Submission {
  return submissionSchema.parse({
    id: nextId('submission'),
    administrationId: 'kommunledning',
    year: 2024,
    ...overrides,
  });
}

/** A review decision approving version 1.0 of submission `1` of kommunledning 2024. */
export function makeReviewDecision(
  overrides: Partial<z.input<typeof reviewDecisionSchema>> = {},
): ReviewDecision {
  return reviewDecisionSchema.parse({
    administrationId: 'kommunledning',
    year: 2024,
    decision: 'approved',
    submissionId: '1',
    submissionVersion: '1.0',
    decidedAt: '2025-02-10T10:00:00Z',
    ...overrides,
  });
}

/** An open reporting round for 2024 with a deadline in February 2025. */
export function makeReportingRound(
  overrides: Partial<z.input<typeof reportingRoundSchema>> = {},
): ReportingRound {
  return reportingRoundSchema.parse({
    id: nextId('round'),
    year: 2024,
    deadline: '2025-02-15',
    ...overrides,
  });
}

/** The contact person of `kommunledning`, with a deputy. */
export function makeContactPerson(
  overrides: Partial<z.input<typeof contactPersonSchema>> = {},
): ContactPerson {
  return contactPersonSchema.parse({
    id: nextId('contact'),
    administrationId: 'kommunledning',
    contactUpn: 'kontakt.kommunledning@vaxjo.example',
    deputyUpn: 'personal1.kommunledning@vaxjo.example',
    ...overrides,
  });
}

/** Växjö's membership of Eurocities. */
export function makeNetworkMembership(
  overrides: Partial<z.input<typeof networkMembershipSchema>> = {},
): NetworkMembership {
  return networkMembershipSchema.parse({
    id: nextId('membership'),
    name: 'Eurocities',
    url: 'https://eurocities.eu',
    since: '2010-01-01',
    ...overrides,
  });
}

/** The default organisation with top-level overrides, validated like a config file. */
export function makeOrganisation(
  overrides: Partial<OrganisationConfigInput> = {},
): OrganisationConfig {
  return parseOrganisationConfig({ ...defaultOrganisation, ...overrides });
}
