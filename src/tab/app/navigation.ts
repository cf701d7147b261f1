import { createContext, useContext } from 'react';

/** The features of the tab, in navigation order. */
export const featureIds = [
  'overview',
  'projects',
  'activities',
  'reporting',
  'network',
  'funding',
  'dashboard',
  'follow-up',
  'import',
] as const;
export type FeatureId = (typeof featureIds)[number];

/**
 * A record list opened narrowed to an overview to-do: the list's own filter flags (the list
 * ignores those it does not have) and the administration the to-do counted.
 */
export interface ListPreset {
  withoutResults?: true;
  pastEnd?: true;
  flaggedOnly?: true;
  administrationId?: string;
}

/** What a feature is opened for: its "new" form, or its list narrowed by a preset. */
export type Intent = 'new' | ListPreset;

/** Asks the shell to show a feature, optionally opening its "new" form or a narrowed list. */
export type Navigate = (feature: FeatureId, intent?: Intent) => void;

export const NavigationContext = createContext<Navigate>(() => undefined);

/** Lets a feature link to another without importing it (features never import each other). */
export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
