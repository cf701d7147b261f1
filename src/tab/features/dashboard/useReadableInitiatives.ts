import { useContext } from 'react';
import type { DevelopmentInitiative } from '../../../domain/funding';
import { isForbidden, isNotFound } from '../../../graph/errors';
import { useGraph } from '../../data/DataContext';
import { FundingAccessContext, type FundingAccess } from '../../data/funding-access';
import { useFetchData } from '../../data/useFetchData';

/**
 * The development initiatives of every administration the user can read, for the considered-share
 * chart. A thin adapter over the funding access (one list read per administration site): the
 * shell's `DataAccess.loadRecords` reads projects and activities only. Sites the user may not read
 * are skipped, as the records loader skips them. Without a funding access (a host that does not
 * provide one) the data stays undefined and the chart is left out.
 */
export function useReadableInitiatives() {
  const funding = useContext(FundingAccessContext);
  const data = useGraph();
  const ids = data.organisation.administrations.map((a) => a.id);
  return useFetchData(
    async () => (funding ? readableInitiatives(funding, ids) : undefined),
    `${data.user}:${funding ? 'initiatives' : 'none'}`,
  );
}

async function readableInitiatives(
  funding: FundingAccess,
  administrationIds: readonly string[],
): Promise<DevelopmentInitiative[]> {
  const lists = await Promise.all(
    administrationIds.map(async (id) => {
      try {
        return await (await funding.initiatives(id)).list();
      } catch (error) {
        if (isForbidden(error) || isNotFound(error)) return [];
        throw error;
      }
    }),
  );
  return lists.flat();
}
