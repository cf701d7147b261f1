import { useSyncExternalStore } from 'react';

/** The query for screens where the tab compacts its header and collapses filters (Teams mobile). */
export const narrowScreen = '(max-width: 640px)';

/** Whether a CSS media query matches now; follows it as the window resizes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      // jsdom (component tests) has no matchMedia: the wide layout.
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** Whether the tab is on a narrow screen (see `narrowScreen`). */
export function useNarrow(): boolean {
  return useMediaQuery(narrowScreen);
}
