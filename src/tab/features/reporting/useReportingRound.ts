import { useGraph } from '../../data/DataContext';
import { useReporting } from '../../data/reporting-access';
import { useFetchData } from '../../data/useFetchData';

/**
 * Everything the yearly-report page shows for a year, loaded together: the user's role, their
 * administrations, the rounds, the submissions and the year's records (for the live figures).
 */
export function useReportingRound(year: number) {
  const data = useGraph();
  const reporting = useReporting();
  return useFetchData(async () => {
    const [coordinator, mine, rounds, submissions, records] = await Promise.all([
      reporting.isCoordinator(),
      data.myAdministrations(),
      reporting.rounds(),
      reporting.submissions(),
      data.loadRecords({ year }),
    ]);
    return { coordinator, mine, rounds, submissions, ...records };
  }, `${reporting.user}:${year}`);
}

/** The loaded state of `useReportingRound`. */
export type ReportingRoundData = NonNullable<ReturnType<typeof useReportingRound>['data']>;
