import { ratesOfYear } from '../../../domain/money';
import { computeKeyFigures } from '../../../domain/report-model';
import { needsClimateCompensation } from '../../../domain/travel';
import {
  activityLacksResults,
  isPastEndStillOngoing,
  projectLacksResults,
} from '../../../domain/follow-up-rules';
import type {
  Activity,
  Currency,
  Project,
  ReportingRound,
  ReviewDecision,
  Submission,
} from '../../../domain/records';
import { isHandedIn, reportingStatusOf } from '../../../domain/reporting-status';

/** What the overview lists as missing or late for a set of administrations. */
export interface OverviewModel {
  projects: number;
  activities: number;
  /** Completed projects and past activities with no results written. */
  withoutResults: number;
  /** Of `withoutResults`, the projects (the rest are activities). */
  projectsWithoutResults: number;
  /** Projects whose end date has passed while the status still says ongoing. */
  pastEnd: number;
  /** Flights that are not climate-compensated. */
  uncompensated: number;
  /** Administrations whose yearly report for `reportYear` is not submitted; undefined = unknown. */
  reportMissing: string[] | undefined;
  /** Currencies in the report year's figures without an exchange rate; undefined = unknown. */
  missingRates: Currency[] | undefined;
  reportYear: number;
}


/**
 * Builds the overview for `administrations` (all when empty) on `today` (`YYYY-MM-DD`).
 * Submissions undefined means the network site could not be read: the reminder is then left out
 * rather than claiming that every report is missing.
 */
export function buildOverview(input: {
  projects: readonly Project[];
  activities: readonly Activity[];
  /** Submissions and review decisions the user reads; undefined when none can be read. */
  reporting: { submissions: readonly Submission[]; decisions: readonly ReviewDecision[] } | undefined;
  /** Reporting rounds with their exchange rates; undefined when the network cannot be read. */
  rounds?: readonly ReportingRound[] | undefined;
  administrations: readonly string[];
  today: string;
}): OverviewModel {
  const scope = new Set(input.administrations);
  const inScope = (r: { administrationId: string }) =>
    scope.size === 0 || scope.has(r.administrationId);
  const projects = input.projects.filter(inScope);
  const activities = input.activities.filter(inScope);
  const reportYear = Number(input.today.slice(0, 4)) - 1;

  return {
    projects: projects.length,
    activities: activities.length,
    withoutResults:
      projects.filter(projectLacksResults).length +
      activities.filter((a) => activityLacksResults(a, input.today)).length,
    projectsWithoutResults: projects.filter(projectLacksResults).length,
    pastEnd: projects.filter((p) => isPastEndStillOngoing(p, input.today)).length,
    uncompensated: activities.filter(needsClimateCompensation).length,
    reportMissing:
      input.reporting === undefined
        ? undefined
        : input.administrations.filter((id) => {
            const { submissions, decisions } = input.reporting ?? { submissions: [], decisions: [] };
            return !isHandedIn(reportingStatusOf(submissions, decisions, id, reportYear).status);
          }),
    reportYear,
    // Currencies of the report year's money without a rate in its round (DESIGN.md §3a).
    missingRates:
      input.rounds === undefined
        ? undefined
        : computeKeyFigures(
            { projects, activities: [], rates: ratesOfYear(input.rounds, reportYear) },
            reportYear,
          ).funding.missingRates,
  };
}
