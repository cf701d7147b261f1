import { useGraph } from '../../data/DataContext';
import { useReadableInitiatives } from '../../data/hooks';
import { useReporting } from '../../data/reporting-access';
import { useFetchData } from '../../data/useFetchData';

/**
 * Everything the yearly-report page shows for a year, loaded together: the user's role, their
 * administrations, the rounds, the submissions and review decisions (with the names of who
 * submitted and reviewed), the year's records and development initiatives
 * (for the live figures, the considered share included).
 */
export function useReportingRound(year: number) {
  const data = useGraph();
  const reporting = useReporting();
  const readInitiatives = useReadableInitiatives();
  return useFetchData(async () => {
    const [coordinator, mine, rounds, { submissions, decisions, names }, records, initiatives] =
      await Promise.all([
        reporting.isCoordinator(),
        data.myAdministrations(),
        reporting.rounds(),
        reporting.reporting().then(async (r) => ({
          ...r,
          // Names are a courtesy: without them the page shows the addresses, and still works.
          names: await reporting
            .displayNames([
              ...r.submissions.flatMap((x) => (x.submittedBy ? [x.submittedBy] : [])),
              ...r.decisions.flatMap((x) => (x.decidedBy ? [x.decidedBy] : [])),
            ])
            .catch(() => new Map<string, string>()),
        })),
        data.loadRecords({ year }),
        readInitiatives({ year }),
      ]);
    return {
      coordinator,
      mine,
      rounds,
      submissions,
      decisions,
      names,
      ...records,
      ...(initiatives ? { initiatives } : {}),
    };
  }, `${reporting.user}:${year}`);
}

/** The loaded state of `useReportingRound`. */
export type ReportingRoundData = NonNullable<ReturnType<typeof useReportingRound>['data']>;
