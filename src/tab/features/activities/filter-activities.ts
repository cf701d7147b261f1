import { activityLacksResults } from '../../../domain/follow-up-rules';
import { isActivityInYear } from '../../../domain/counting';
import { needsClimateCompensation } from '../../../domain/travel';
import type { Activity, ActivityType } from '../../../domain/records';

/** The activity list's filters; an undefined field does not filter. */
export interface ActivityFilter {
  text?: string;
  type?: ActivityType;
  year?: number;
  administrationId?: string;
  /** Only flights that still need climate compensation. */
  flaggedOnly?: boolean;
  /** Only activities that are over without results. */
  withoutResults?: boolean;
}

/** Filters activities and sorts them newest first. */
export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter,
  today = new Date().toISOString().slice(0, 10),
): Activity[] {
  const text = filter.text?.trim().toLowerCase();
  return activities
    .filter(
      (a) =>
        (!text ||
          [a.title, a.place, a.organiser, a.results]
            .filter(Boolean)
            .some((s) => s!.toLowerCase().includes(text))) &&
        (!filter.type || a.type === filter.type) &&
        (!filter.administrationId || a.administrationId === filter.administrationId) &&
        (filter.year === undefined || isActivityInYear(a, filter.year)) &&
        (!filter.flaggedOnly || needsClimateCompensation(a)) &&
        (!filter.withoutResults || activityLacksResults(a, today)),
    )
    .sort((a, b) => b.startDate.localeCompare(a.startDate));
}
