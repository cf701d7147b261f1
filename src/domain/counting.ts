import type { MandatePeriod, OrganisationConfig } from './organisation';
import type { Activity, Project, ProjectStatus } from './records';

/**
 * The counting rules for year Y (DESIGN.md §4). Every figure of the report, the tab and the bot
 * uses these functions, so the numbers agree everywhere. Dates are ISO `YYYY-MM-DD` strings, which
 * compare correctly as strings; no time zone is involved.
 */

const firstDay = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
const lastDay = (year: number) => `${String(year).padStart(4, '0')}-12-31`;
const within = (date: string | undefined, year: number): date is string =>
  date !== undefined && date >= firstDay(year) && date <= lastDay(year);

/** Statuses of a project that got its funding (or needs none) and is or was carried out. */
export const runningStatuses: readonly ProjectStatus[] = ['granted', 'ongoing', 'completed'];

/** Statuses of an application whose outcome is decided: granted (and later stages) or rejected. */
export const decidedStatuses: readonly ProjectStatus[] = [...runningStatuses, 'rejected'];

type Dated = Pick<Project, 'status' | 'startDate' | 'endDate'>;

/**
 * Ongoing in Y: status granted, ongoing or completed, start on or before 31 Dec Y, and no end or
 * an end on or after 1 Jan Y. A project without a start date is not ongoing: it has not started.
 */
export function isOngoingInYear(project: Dated, year: number): boolean {
  if (!runningStatuses.includes(project.status) || project.startDate === undefined) return false;
  if (project.startDate > lastDay(year)) return false;
  return project.endDate === undefined || project.endDate >= firstDay(year);
}

/** Finished in Y: status completed and an end date within Y. */
export function isFinishedInYear(project: Dated, year: number): boolean {
  return project.status === 'completed' && within(project.endDate, year);
}

/** An application in Y: submitted within Y, whatever the outcome (the outcome is the status). */
export function isApplicationInYear(
  project: Pick<Project, 'applicationSubmitted'>,
  year: number,
): boolean {
  return within(project.applicationSubmitted, year);
}

/** Other international work in Y: the activity starts within Y. */
export function isActivityInYear(activity: Pick<Activity, 'startDate'>, year: number): boolean {
  return within(activity.startDate, year);
}

/** A date within Y (e.g. a grant decision), for figures that count events of the year. */
export function isDateInYear(date: string | undefined, year: number): boolean {
  return within(date, year);
}

/**
 * The last calendar year that has ended on `today`: the year a yearly report is normally about.
 * Read in UTC so a report run at midnight on New Year's Eve does not depend on the server's zone.
 */
export function lastFullYear(today: Date | string = new Date()): number {
  const date = typeof today === 'string' ? new Date(today) : today;
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`lastFullYear: invalid date "${String(today)}"`);
  return date.getUTCFullYear() - 1;
}

/** The organisation's mandate period that contains `year`, or undefined if none does. */
export function mandatePeriodOf(
  year: number,
  organisation: Pick<OrganisationConfig, 'mandatePeriods'>,
): MandatePeriod | undefined {
  return organisation.mandatePeriods.find((p) => year >= p.start && year <= p.end);
}

/** The calendar years of a mandate period, in order. */
export function yearsOf(period: Pick<MandatePeriod, 'start' | 'end'>): number[] {
  return Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);
}
