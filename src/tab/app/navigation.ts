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

/** Asks the shell to show a feature, optionally opening its "new" form. */
export type Navigate = (feature: FeatureId, intent?: 'new') => void;

export const NavigationContext = createContext<Navigate>(() => undefined);

/** Lets a feature link to another without importing it (features never import each other). */
export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
