import { useContext } from 'react';
import type { DevelopmentInitiative } from '../../../domain/funding';
import { isForbidden, isNotFound } from '../../../graph/errors';
import { FundingAccessContext, type FundingAccess } from '../../data/funding-access';

/**
 * Reads the development initiatives (every year) of the administrations the user can read, for the
 * considered share per year of the mandate period. A thin adapter over the funding access: the
 * shell's `loadRecords` reads projects and activities only. Unreadable sites are skipped, as the
 * records loader skips them. Without a funding access the reader gets undefined: the trend then
 * says "unknown" rather than 0 %.
 */
export function useMandateInitiatives(): (
  administrationIds: readonly string[],
) => Promise<DevelopmentInitiative[] | undefined> {
  const funding = useContext(FundingAccessContext);
  return async (administrationIds) =>
    funding ? readableInitiatives(funding, administrationIds) : undefined;
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
