import { describe, expect, it } from 'vitest';
import {
  isActivityInYear,
  isApplicationInYear,
  isFinishedInYear,
  isOngoingInYear,
  lastFullYear,
  mandatePeriodOf,
  yearsOf,
} from '../../../src/domain/counting';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { makeActivity, makeApplication, makeProject } from './factories';

describe('isOngoingInYear', () => {
  it('should count a project starting on 31 Dec of the year', () => {
    expect(
      isOngoingInYear(makeProject({ startDate: '2024-12-31', endDate: undefined }), 2024),
    ).toBe(true);
  });

  it('should not count a project starting on 1 Jan of the next year', () => {
    expect(
      isOngoingInYear(makeProject({ startDate: '2025-01-01', endDate: undefined }), 2024),
    ).toBe(false);
  });

  it('should count a project ending on 1 Jan of the year', () => {
    const project = makeProject({ startDate: '2022-05-01', endDate: '2024-01-01' });
    expect(isOngoingInYear(project, 2024)).toBe(true);
  });

  it('should not count a project that ended on 31 Dec of the previous year', () => {
    const project = makeProject({ startDate: '2022-05-01', endDate: '2023-12-31' });
    expect(isOngoingInYear(project, 2024)).toBe(false);
  });

  it('should count a project without an end date in every year after its start', () => {
    const project = makeProject({ startDate: '2019-03-01', endDate: undefined });
    expect([2018, 2019, 2024, 2030].map((y) => isOngoingInYear(project, y))).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('should count a project spanning three years in each of them', () => {
    const project = makeProject({ startDate: '2023-09-01', endDate: '2025-08-31' });
    expect([2022, 2023, 2024, 2025, 2026].map((y) => isOngoingInYear(project, y))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('should not count a granted project without a start date', () => {
    const project = makeProject({ status: 'granted', startDate: undefined, endDate: undefined });
    expect(isOngoingInYear(project, 2024)).toBe(false);
  });

  it('should count a granted project that has started', () => {
    expect(isOngoingInYear(makeProject({ status: 'granted' }), 2024)).toBe(true);
  });

  it('should count a completed project in its last year', () => {
    expect(isOngoingInYear(makeProject({ status: 'completed', endDate: '2024-06-30' }), 2024)).toBe(
      true,
    );
  });

  it.each(['planned', 'applied', 'rejected', 'withdrawn'] as const)(
    'should not count a %s project with dates in the year',
    (status) => {
      const project = makeProject({ status, startDate: '2024-01-01', endDate: '2024-12-31' });
      expect(isOngoingInYear(project, 2024)).toBe(false);
    },
  );
});

describe('isFinishedInYear', () => {
  it('should count a completed project ending on 31 Dec', () => {
    expect(
      isFinishedInYear(makeProject({ status: 'completed', endDate: '2024-12-31' }), 2024),
    ).toBe(true);
  });

  it('should count a completed project ending on 1 Jan', () => {
    const project = makeProject({
      status: 'completed',
      startDate: '2023-01-01',
      endDate: '2024-01-01',
    });
    expect(isFinishedInYear(project, 2024)).toBe(true);
  });

  it('should not count a completed project ending the year after', () => {
    expect(
      isFinishedInYear(makeProject({ status: 'completed', endDate: '2025-01-01' }), 2024),
    ).toBe(false);
  });

  it('should not count an ongoing project whose end date is in the year', () => {
    expect(isFinishedInYear(makeProject({ status: 'ongoing', endDate: '2024-06-30' }), 2024)).toBe(
      false,
    );
  });
});

describe('isApplicationInYear', () => {
  it('should count an application submitted on 1 Jan', () => {
    expect(isApplicationInYear(makeApplication({ applicationSubmitted: '2024-01-01' }), 2024)).toBe(
      true,
    );
  });

  it('should count an application submitted on 31 Dec', () => {
    expect(isApplicationInYear(makeApplication({ applicationSubmitted: '2024-12-31' }), 2024)).toBe(
      true,
    );
  });

  it('should not count an application submitted on 31 Dec of the previous year', () => {
    expect(isApplicationInYear(makeApplication({ applicationSubmitted: '2023-12-31' }), 2024)).toBe(
      false,
    );
  });

  it('should count a rejected application', () => {
    const rejected = makeApplication({ status: 'rejected', decisionDate: '2024-11-01' });
    expect(isApplicationInYear(rejected, 2024)).toBe(true);
  });

  it('should count a withdrawn application', () => {
    expect(isApplicationInYear(makeApplication({ status: 'withdrawn' }), 2024)).toBe(true);
  });

  it('should not count a planned project without an application date', () => {
    const planned = makeApplication({ status: 'planned', applicationSubmitted: undefined });
    expect(isApplicationInYear(planned, 2024)).toBe(false);
  });
});

describe('isActivityInYear', () => {
  it('should count an activity starting on 31 Dec', () => {
    expect(isActivityInYear(makeActivity({ startDate: '2024-12-31' }), 2024)).toBe(true);
  });

  it('should not count an activity that started the year before and ends in the year', () => {
    const activity = makeActivity({ startDate: '2023-12-30', endDate: '2024-01-02' });
    expect(isActivityInYear(activity, 2024)).toBe(false);
  });
});

describe('lastFullYear', () => {
  it('should be the previous calendar year', () => {
    expect(lastFullYear(new Date('2025-03-10T12:00:00Z'))).toBe(2024);
  });

  it('should still be the previous year on 31 Dec', () => {
    expect(lastFullYear('2025-12-31T23:59:59Z')).toBe(2024);
  });

  it('should reject an invalid date', () => {
    expect(() => lastFullYear('not a date')).toThrow(
      new RangeError('lastFullYear: invalid date "not a date"'),
    );
  });
});

describe('mandatePeriodOf', () => {
  it('should find the period containing its first year', () => {
    expect(mandatePeriodOf(2023, defaultOrganisation)?.end).toBe(2026);
  });

  it('should find the period containing its last year', () => {
    expect(mandatePeriodOf(2022, defaultOrganisation)?.start).toBe(2019);
  });

  it('should return undefined outside every period', () => {
    expect(mandatePeriodOf(2014, defaultOrganisation)).toBeUndefined();
  });
});

describe('yearsOf', () => {
  it('should list the four years of a period', () => {
    expect(yearsOf({ start: 2023, end: 2026 })).toEqual([2023, 2024, 2025, 2026]);
  });
});
