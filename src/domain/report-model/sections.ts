import {
  isActivityInYear,
  isApplicationInYear,
  isFinishedInYear,
  isOngoingInYear,
} from '../counting';
import type { Administration } from '../organisation';
import { activityTypes, type Activity, type Project } from '../records';
import { reportingStatusOf } from '../reporting-status';
import { co2eOf, needsClimateCompensation } from '../travel';
import type { ReportActivity, ReportInput, ReportProject, ReportSections } from './schema';

/** The records a report section is built from (already limited to a scope). */
export interface Records {
  projects: readonly Project[];
  activities: readonly Activity[];
}

const byKeys =
  <T>(...keys: ((item: T) => string | undefined)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      // A missing date sorts last: undated items are the ones a reader should look at.
      const x = key(a) ?? '\uffff';
      const y = key(b) ?? '\uffff';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

const sortProjects = (by: (p: Project) => string | undefined) =>
  byKeys<Project>(
    by,
    (p) => p.title,
    (p) => p.id,
  );

function toReportProject(project: Project): ReportProject {
  const { etag: _e, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...rest } = project;
  return rest;
}

function toReportActivity(activity: Activity): ReportActivity {
  const { etag: _e, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...rest } = activity;
  return {
    ...rest,
    co2eKg: co2eOf(activity),
    needsClimateCompensation: needsClimateCompensation(activity),
  };
}

function projectLists(projects: readonly Project[], year: number) {
  return {
    ongoing: projects
      .filter((p) => isOngoingInYear(p, year))
      .sort(sortProjects((p) => p.startDate))
      .map(toReportProject),
    finished: projects
      .filter((p) => isFinishedInYear(p, year))
      .sort(sortProjects((p) => p.endDate))
      .map(toReportProject),
  };
}

/** The report's sections of year Y for a set of records, in the strategy's order. */
export function buildSections(
  { projects, activities }: Records,
  year: number,
  administrations: readonly Administration[],
  reporting: Pick<ReportInput, 'submissions' | 'decisions'>,
): ReportSections {
  const order = new Map(administrations.map((a, i) => [a.id, i]));
  const yearActivities = activities
    .filter((a) => isActivityInYear(a, year))
    .sort(
      byKeys<Activity>(
        (a) => a.startDate,
        (a) => a.title,
        (a) => a.id,
      ),
    );
  const reported = projects.filter((p) => isOngoingInYear(p, year) || isFinishedInYear(p, year));
  return {
    euProjects: projectLists(
      projects.filter((p) => p.kind === 'eu'),
      year,
    ),
    otherProjects: projectLists(
      projects.filter((p) => p.kind !== 'eu'),
      year,
    ),
    applications: projects
      .filter((p) => isApplicationInYear(p, year))
      .sort(sortProjects((p) => p.applicationSubmitted))
      .map((p) => ({ ...toReportProject(p), outcome: p.status })),
    otherWork: activityTypes
      .map((type) => ({
        type,
        activities: yearActivities.filter((a) => a.type === type).map(toReportActivity),
      }))
      .filter((group) => group.activities.length > 0),
    results: {
      narratives: administrations.flatMap((admin) => {
        const { submission, status } = reportingStatusOf(
          reporting.submissions,
          reporting.decisions ?? [],
          admin.id,
          year,
        );
        if (!submission) return [];
        return [
          {
            administrationId: admin.id,
            status,
            otherWorkNarrative: submission.otherWorkNarrative,
            resultsNarrative: submission.resultsNarrative,
          },
        ];
      }),
      projects: reported
        .filter((p) => p.achievedResults)
        .sort(
          byKeys<Project>(
            (p) => String(order.get(p.administrationId) ?? order.size).padStart(4, '0'),
            (p) => p.title,
            (p) => p.id,
          ),
        )
        .map((p) => ({
          projectId: p.id,
          administrationId: p.administrationId,
          title: p.title,
          achievedResults: p.achievedResults ?? '',
        })),
    },
  };
}
