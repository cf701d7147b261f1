import { createContext, useContext, type ReactNode } from 'react';
import type { DataAccess } from './data-access';

const DataContext = createContext<DataAccess | null>(null);

/** Provides the data access built from config + token provider to every feature. */
export function DataProvider({ value, children }: { value: DataAccess; children: ReactNode }) {
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The one way features reach Graph: repositories of the signed-in user. */
export function useGraph(): DataAccess {
  const value = useContext(DataContext);
  if (!value) throw new Error('useGraph() outside <DataProvider>');
  return value;
}
