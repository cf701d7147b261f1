import { useFetchData } from '../../data/useFetchData';
import { useGraph } from '../../data/DataContext';
import { useNetworkAccess } from '../../data/network-access';
import { buildNetworkView, reportingYear } from './network-model';

/**
 * Everything the network view shows, loaded in one go from the network site: the registry,
 * memberships, reporting rounds and submissions, and whether the user is the coordinator.
 */
export function useNetwork(today: string = new Date().toISOString().slice(0, 10)) {
  const access = useNetworkAccess();
  const { organisation } = useGraph();
  const state = useFetchData(async () => {
    const [coordinator, contacts, memberships, rounds, reporting] = await Promise.all([
      access.isCoordinator(),
      access.contactPersons().then((r) => r.list()),
      access.memberships().then((r) => r.list()),
      access.reportingRounds(),
      access.reporting(),
    ]);
    const view = buildNetworkView({
      administrations: organisation.administrations,
      contactPersons: contacts,
      ...reporting,
      rounds,
      year: reportingYear(rounds, today),
      today,
    });
    return { coordinator, view, memberships };
  }, access.user);
  return state;
}
