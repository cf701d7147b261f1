import type { Activity, Project } from './records';

/**
 * The overview's to-dos as rules on one record, so the overview counts and the lists filter by
 * the same rule. `today` is an ISO date (`YYYY-MM-DD`).
 */

/** A completed project without achieved results. */
export function projectLacksResults(project: Project): boolean {
  return project.status === 'completed' && !project.achievedResults;
}

/** An activity that is over (its end, else its start, before today) without results. */
export function activityLacksResults(activity: Activity, today: string): boolean {
  return (activity.endDate ?? activity.startDate) < today && !activity.results;
}

/** A project whose end date has passed while its status still says ongoing. */
export function isPastEndStillOngoing(project: Project, today: string): boolean {
  return project.status === 'ongoing' && project.endDate !== undefined && project.endDate < today;
}
