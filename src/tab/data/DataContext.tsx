import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DataAccess } from './data-access';
import { createRefreshTracker, RefreshTrackerContext } from './refresh-status';

const DataContext = createContext<DataAccess | null>(null);

/**
 * Provides the data access built from config + token provider to every feature, and the tracker
 * of which of its loads show a saved copy (one per data access, so per user).
 */
export function DataProvider({ value, children }: { value: DataAccess; children: ReactNode }) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new data access gets a new tracker
  const tracker = useMemo(() => createRefreshTracker(), [value]);
  return (
    <DataContext.Provider value={value}>
      <RefreshTrackerContext.Provider value={tracker}>{children}</RefreshTrackerContext.Provider>
    </DataContext.Provider>
  );
}

/** The one way features reach Graph: repositories of the signed-in user. */
export function useGraph(): DataAccess {
  const value = useContext(DataContext);
  if (!value) throw new Error('useGraph() outside <DataProvider>');
  return value;
}
