import { describe, expect, it } from 'vitest';
import { globalConfig } from 'zod/v4/core';
import {
  activitySchema,
  contactPersonSchema,
  networkMembershipSchema,
  projectSchema,
  reportingRoundSchema,
  submissionSchema,
} from '../../../src/domain/records';
import { makeActivity, makeContactPerson, makeNetworkMembership, makeProject } from './factories';

const validProject = () => {
  const { id: _id, ...input } = makeProject();
  return input;
};

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('projectSchema', () => {
  it('should refuse a line break in a single-line field and allow it in a long text', () => {
    const result = projectSchema.safeParse({ ...validProject(), title: 'Rad ett\nrad två' });
    expect(issuesOf(result)).toEqual(['title: single-line']);
    const long = projectSchema.safeParse({ ...validProject(), description: 'Rad ett\nrad två' });
    expect(long.success).toBe(true);
  });

  it('should accept a complete ongoing project', () => {
    expect(projectSchema.safeParse(validProject()).success).toBe(true);
  });

  it('should fill defaults for partners, flags, currency and lists', () => {
    const parsed = projectSchema.parse({
      administrationId: 'omsorg',
      title: 'Idé',
      kind: 'international',
      status: 'planned',
      programme: 'other',
      role: 'lead',
    });
    expect(parsed).toMatchObject({
      partners: [],
      withLinnaeusUniversity: false,
      withBusiness: false,
      currency: 'SEK',
      sustainability: [],
      strategyMeans: [],
    });
  });

  it('should accept 29 February in a leap year', () => {
    expect(projectSchema.safeParse({ ...validProject(), startDate: '2024-02-29' }).success).toBe(
      true,
    );
  });

  it('should reject 29 February in a common year naming the field', () => {
    const result = projectSchema.safeParse({ ...validProject(), startDate: '2023-02-29' });
    expect(issuesOf(result)).toContain('startDate: Invalid ISO date');
  });

  it('should reject a negative amount naming the field', () => {
    const result = projectSchema.safeParse({ ...validProject(), grantedAmount: -1 });
    expect(issuesOf(result)[0]).toMatch(/^grantedAmount: /);
  });

  it('should reject an end date before the start date', () => {
    const result = projectSchema.safeParse({ ...validProject(), endDate: '2023-12-31' });
    expect(issuesOf(result)).toEqual(['endDate: end-before-start']);
  });

  it('should accept an end date equal to the start date', () => {
    const result = projectSchema.safeParse({ ...validProject(), endDate: '2024-01-01' });
    expect(result.success).toBe(true);
  });

  it('should reject a decision before the application', () => {
    const result = projectSchema.safeParse({ ...validProject(), decisionDate: '2023-03-14' });
    expect(issuesOf(result)).toEqual(['decisionDate: decision-before-application']);
  });

  it('should require the application date for an applied project', () => {
    const { applicationSubmitted: _a, ...input } = validProject();
    const result = projectSchema.safeParse({ ...input, status: 'applied' });
    expect(issuesOf(result)).toEqual(['applicationSubmitted: required-for-status']);
  });

  it('should require a decision date for a rejected application', () => {
    const { decisionDate: _d, ...input } = validProject();
    const result = projectSchema.safeParse({ ...input, status: 'rejected' });
    expect(issuesOf(result)).toEqual(['decisionDate: required-for-status']);
  });

  it('should require a start date for an ongoing project', () => {
    const { startDate: _s, ...input } = validProject();
    expect(issuesOf(projectSchema.safeParse(input))).toEqual(['startDate: required-for-status']);
  });

  it('should require an end date for a completed project', () => {
    const { endDate: _e, ...input } = validProject();
    const result = projectSchema.safeParse({ ...input, status: 'completed' });
    expect(issuesOf(result)).toEqual(['endDate: required-for-status']);
  });

  it('should reject an unknown programme naming the field', () => {
    const result = projectSchema.safeParse({ ...validProject(), programme: 'marshall-plan' });
    expect(issuesOf(result)[0]).toMatch(/^programme: /);
  });

  it('should reject a partner country that is not an ISO code', () => {
    const result = projectSchema.safeParse({
      ...validProject(),
      partners: [{ name: 'Kaunas', country: 'Lithuania' }],
    });
    expect(issuesOf(result)).toEqual(['partners.0.country: ISO 3166-1 alpha-2']);
  });
});

describe('activitySchema', () => {
  it('should accept a valid activity from the factory', () => {
    expect(activitySchema.safeParse(makeActivity()).success).toBe(true);
  });

  it('should require a start date', () => {
    const { startDate: _s, ...input } = makeActivity();
    expect(issuesOf(activitySchema.safeParse(input))[0]).toMatch(/^startDate: /);
  });

  it('should reject an end date before the start date', () => {
    const result = activitySchema.safeParse({ ...makeActivity(), endDate: '2024-06-09' });
    expect(issuesOf(result)).toEqual(['endDate: end-before-start']);
  });

  it('should reject travel on a digital activity', () => {
    const result = activitySchema.safeParse({
      ...makeActivity(),
      digital: true,
      travelMode: 'train',
    });
    expect(issuesOf(result)).toEqual(['travelMode: digital-without-travel']);
  });

  it('should reject a negative distance', () => {
    const result = activitySchema.safeParse({
      ...makeActivity(),
      travelMode: 'car',
      distanceKm: -5,
    });
    expect(issuesOf(result)[0]).toMatch(/^distanceKm: /);
  });
});

describe('submissionSchema', () => {
  it('should default the status to draft', () => {
    expect(submissionSchema.parse({ administrationId: 'omsorg', year: 2024 }).status).toBe('draft');
  });

  it('should reject a year outside 2000–2100', () => {
    const result = submissionSchema.safeParse({ administrationId: 'omsorg', year: 1999 });
    expect(issuesOf(result)[0]).toMatch(/^year: /);
  });
});

describe('contactPersonSchema', () => {
  it('should accept a contact person with a deputy', () => {
    expect(contactPersonSchema.safeParse(makeContactPerson()).success).toBe(true);
  });

  it('should reject a contact that is not an email address', () => {
    const result = contactPersonSchema.safeParse({ ...makeContactPerson(), contactUpn: 'kontakt' });
    expect(issuesOf(result)[0]).toMatch(/^contactUpn: /);
  });
});

describe('reportingRoundSchema', () => {
  it('should open a round by default', () => {
    expect(reportingRoundSchema.parse({ year: 2024, deadline: '2025-02-15' }).open).toBe(true);
  });

  it('should require a deadline', () => {
    expect(issuesOf(reportingRoundSchema.safeParse({ year: 2024 }))[0]).toMatch(/^deadline: /);
  });
});

describe('networkMembershipSchema', () => {
  it('should accept a membership from the factory', () => {
    expect(networkMembershipSchema.safeParse(makeNetworkMembership()).success).toBe(true);
  });

  it('should reject a fee below zero', () => {
    const result = networkMembershipSchema.safeParse({
      ...makeNetworkMembership(),
      annualFee: -100,
    });
    expect(issuesOf(result)[0]).toMatch(/^annualFee: /);
  });
});

describe('networkMembershipSchema url', () => {
  const membership = (url: string) =>
    networkMembershipSchema.safeParse({ name: 'Eurocities', url });

  it('should refuse a URL that is not http or https, naming the url field', () => {
    const refused = [
      "javascript:window.__pwned='url'",
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://eurocities.eu/',
    ].map((url) => [url, issuesOf(membership(url)).map((i) => i.split(':')[0])]);
    expect(refused).toEqual(refused.map(([url]) => [url, ['url']]));
  });

  it('should accept http and https URLs', () => {
    expect(membership('https://eurocities.eu/').success).toBe(true);
    expect(membership('http://www.iclei.org').success).toBe(true);
  });
});

describe('records in Node', () => {
  // Only a browser runs under the tab's CSP (records-browser.test.ts); the server keeps the JIT.
  it('should leave zod its JIT parser outside a browser', () => {
    expect(globalConfig.jitless).not.toBe(true);
  });
});

const goodExampleProject = {
  administrationId: 'utbildning',
  title: 'Skolutbyte',
  kind: 'eu',
  status: 'planned',
  programme: 'erasmus-plus',
  role: 'partner',
};
const goodExampleIssuesOf = (input: Record<string, unknown>) => {
  const parsed = projectSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the good-example rule of projects and activities', () => {
  it('should name the summary when a record is flagged without one', () => {
    expect(goodExampleIssuesOf({ ...goodExampleProject, goodExample: true })).toEqual([
      'goodExampleSummary',
    ]);
  });

  it('should refuse a summary of only spaces', () => {
    expect(
      goodExampleIssuesOf({ ...goodExampleProject, goodExample: true, goodExampleSummary: '   ' }),
    ).toEqual(['goodExampleSummary']);
  });

  it('should accept a flagged record with its summary', () => {
    expect(
      goodExampleIssuesOf({
        ...goodExampleProject,
        goodExample: true,
        goodExampleSummary: 'Elever lär av varandra.',
      }),
    ).toEqual([]);
  });

  it('should not ask for a summary when the record is not flagged', () => {
    expect(goodExampleIssuesOf({ ...goodExampleProject, goodExample: false })).toEqual([]);
  });

  it('should keep the other cross-field rules of an activity', () => {
    const parsed = activitySchema.safeParse({
      administrationId: 'utbildning',
      title: 'Konferens',
      type: 'conference',
      startDate: '2026-05-02',
      endDate: '2026-05-01',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual([
      'endDate',
    ]);
  });
});
