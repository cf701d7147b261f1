import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFinishedInYear, isOngoingInYear } from '../../../src/domain/counting';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { buildReportModel } from '../../../src/domain/report-model';
import { projectStatuses } from '../../../src/domain/records';
import { makeActivity, makeProject } from './factories';

const isoDay = fc
  .date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A start and an end date in order (the schema rejects the reverse). */
const interval = fc
  .tuple(isoDay, isoDay)
  .map(([a, b]) => (a <= b ? { startDate: a, endDate: b } : { startDate: b, endDate: a }));

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const adminIds = defaultOrganisation.administrations.map((a) => a.id);

describe('counting properties', () => {
  it('should count a running project as ongoing exactly in the calendar years it touches', () => {
    fc.assert(
      fc.property(
        interval,
        fc.integer({ min: 2014, max: 2031 }),
        ({ startDate, endDate }, year) => {
          const project = makeProject({ status: 'ongoing', startDate, endDate });
          const touches = yearOf(startDate) <= year && year <= yearOf(endDate);
          expect(isOngoingInYear(project, year)).toBe(touches);
        },
      ),
    );
  });

  it('should finish a completed project in exactly one year, its end year', () => {
    fc.assert(
      fc.property(interval, ({ startDate, endDate }) => {
        const project = makeProject({ status: 'completed', startDate, endDate });
        const years = Array.from({ length: 18 }, (_, i) => 2014 + i).filter((y) =>
          isFinishedInYear(project, y),
        );
        expect(years).toEqual([yearOf(endDate)]);
      }),
    );
  });
});

describe('report model properties', () => {
  const record = fc.record({
    administrationId: fc.constantFrom(...adminIds),
    interval,
    status: fc.constantFrom(...projectStatuses),
    kind: fc.constantFrom('eu' as const, 'international' as const),
    applicationSubmitted: isoDay,
  });

  it('should make the administration chapters add up to the municipality figures', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 25 }),
        fc.integer({ min: 2016, max: 2029 }),
        (rows, year) => {
          const projects = rows.map((r, i) =>
            makeProject({
              id: `p${i}`,
              administrationId: r.administrationId,
              kind: r.kind,
              status: r.status,
              ...r.interval,
              // Dates in order whatever the draw: application, then decision, then start.
              applicationSubmitted:
                r.interval.startDate < r.applicationSubmitted
                  ? r.interval.startDate
                  : r.applicationSubmitted,
              decisionDate: r.interval.startDate,
            }),
          );
          const activities = rows.map((r, i) =>
            makeActivity({
              id: `a${i}`,
              administrationId: r.administrationId,
              startDate: r.interval.startDate,
            }),
          );
          const model = buildReportModel({
            organisation: defaultOrganisation,
            year,
            projects,
            activities,
            submissions: [],
            generatedAt: '2030-01-01T00:00:00Z',
          });
          const counts = model.keyFigures.counts;
          for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
            const sum = model.perAdministration.reduce((n, c) => n + c.keyFigures.counts[key], 0);
            expect(sum).toBe(counts[key]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
