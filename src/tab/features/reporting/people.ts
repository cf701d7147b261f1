import { createContext, useContext } from 'react';

/**
 * Display names of the people who submitted and reviewed, by lower-cased UPN, loaded with the
 * year's reporting (`useReportingRound`): the page names a person, not their address.
 */
export const PeopleNamesContext = createContext<ReadonlyMap<string, string>>(new Map());

/** A person's display name, or their address when the directory did not answer for them. */
export function usePersonName(): (upn: string | undefined) => string {
  const names = useContext(PeopleNamesContext);
  return (upn) => (upn ? (names.get(upn.toLowerCase()) ?? upn) : '');
}
