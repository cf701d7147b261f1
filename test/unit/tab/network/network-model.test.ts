import { describe, expect, it } from 'vitest';
import {
  reportingRoundSchema,
  submissionSchema,
  type ReportingRound,
} from '../../../../src/domain/records';
import {
  buildNetworkView,
  reportingYear,
} from '../../../../src/tab/features/network/network-model';
import { aContactPerson } from './fake-network';

const administrations = [
  { id: 'utbildning', name: 'Utbildningsförvaltningen' },
  { id: 'omsorg', name: 'Omsorgsförvaltningen' },
];
const round = (year: number, deadline: string, open = true): ReportingRound =>
  reportingRoundSchema.parse({ year, deadline, open });
const base = {
  administrations,
  contactPersons: [aContactPerson()],
  submissions: [],
  decisions: [],
  rounds: [],
  year: 2025,
  today: '2026-01-15',
};

describe('buildNetworkView', () => {
  it('should flag the administrations without a contact person', () => {
    expect(buildNetworkView(base).withoutContact).toEqual(['omsorg']);
  });

  it("should show the year's submission status and missing where there is none", () => {
    const submissions = [
      submissionSchema.parse({ administrationId: 'utbildning', year: 2025, status: 'submitted' }),
      submissionSchema.parse({ administrationId: 'omsorg', year: 2024, status: 'submitted' }),
    ];
    const view = buildNetworkView({ ...base, submissions });
    expect(view.rows.map((r) => r.status)).toEqual(['submitted', 'missing']);
  });

  it('should list only deadlines from today on, earliest first', () => {
    const rounds = [
      round(2025, '2026-03-01'),
      round(2024, '2025-03-01'),
      round(2026, '2027-02-01'),
    ];
    const view = buildNetworkView({ ...base, rounds });
    expect(view.upcoming.map((r) => r.deadline)).toEqual(['2026-03-01', '2027-02-01']);
  });
});

describe('reportingYear', () => {
  it('should follow the open round with the nearest deadline ahead', () => {
    expect(
      reportingYear([round(2024, '2025-03-01'), round(2025, '2026-03-01')], '2026-01-15'),
    ).toBe(2025);
  });

  it('should fall back to the latest round when no deadline is ahead', () => {
    expect(reportingYear([round(2024, '2025-03-01', false)], '2026-01-15')).toBe(2024);
  });

  it('should take last year when there are no rounds', () => {
    expect(reportingYear([], '2026-01-15')).toBe(2025);
  });
});
