import { useCallback, useContext, useState } from 'react';
import type { DevelopmentInitiative } from '../../domain/funding';
import type { Activity, ActivityInput, Project, ProjectInput } from '../../domain/records';
import { useGraph } from './DataContext';
import { FundingAccessContext } from './funding-access';
import { useFetchData } from './useFetchData';
import { savedMyAdministrations, savedRecords, savedRounds } from './saved-reads';

/**
 * The records the user can read, reloadable after a save; on a repeat open the last ones from
 * the local cache first (`savedAt` set) until Graph answers.
 */
export function useRecords(year?: number) {
  const data = useGraph();
  return useFetchData(
    () => data.loadRecords(year === undefined ? {} : { year }),
    `${data.user}:${year ?? 'all'}`,
    data.cache && savedRecords(data.cache, year),
  );
}

/** Administrations the user may change (member of the group); saved like the records. */
export function useMyAdministrations() {
  const data = useGraph();
  return useFetchData(
    () => data.myAdministrations(),
    data.user,
    data.cache && savedMyAdministrations(data.cache),
  );
}

/** Yearly submissions and review decisions the user reads (undefined when none can be read). */
export function useReportingData() {
  const data = useGraph();
  return useFetchData(() => data.reportingData(), data.user);
}

/** Reporting rounds with their exchange rates, when the network site can be read. */
export function useRounds() {
  const data = useGraph();
  return useFetchData(
    () => data.rounds(),
    `${data.user}:rounds`,
    data.cache && savedRounds(data.cache),
  );
}

/**
 * Reads the development initiatives the user can read (optionally of one year) through the
 * funding access, for the considered share on the dashboard, the follow-up and the reports.
 * Resolves undefined when the host provides no funding access: the figure is then unknown, which
 * is not the same as none considered. Callers load it inside their own `useFetchData` so the
 * initiatives arrive together with the records they are shown beside.
 */
export function useReadableInitiatives(): (options?: {
  year?: number;
}) => Promise<DevelopmentInitiative[] | undefined> {
  const funding = useContext(FundingAccessContext);
  return useCallback(
    async (options) => (funding ? funding.readableInitiatives(options) : undefined),
    [funding],
  );
}

/** A save command's state: pending while writing, the last error kept for the form. */
function useSaveCommand<T, I extends { administrationId: string }>(
  repository: (adminId: string) => Promise<{
    create(input: I): Promise<T>;
    update(id: string, input: I, etag: string): Promise<T>;
  }>,
) {
  const [saving, setSaving] = useState(false);
  const save = useCallback(
    async (input: I, existing?: { id?: string; etag?: string }): Promise<T> => {
      setSaving(true);
      try {
        const repo = await repository(input.administrationId);
        if (existing?.id && existing.etag)
          return await repo.update(existing.id, input, existing.etag);
        return await repo.create(input);
      } finally {
        setSaving(false);
      }
    },
    [repository],
  );
  return { save, saving };
}

/** Creates or updates a project (update with the eTag the form was opened with). */
export function useSaveProject() {
  const data = useGraph();
  return useSaveCommand<Project, ProjectInput>(
    useCallback((id: string) => data.projects(id), [data]),
  );
}

/** Creates or updates an activity. */
export function useSaveActivity() {
  const data = useGraph();
  return useSaveCommand<Activity, ActivityInput>(
    useCallback((id: string) => data.activities(id), [data]),
  );
}

/** Loads a project's version history. */
export function useProjectVersions(project: Project) {
  const data = useGraph();
  return useFetchData(
    async () => (await data.projects(project.administrationId)).versions(project.id ?? ''),
    `${project.id}:${project.etag}`,
  );
}
