import { localeFromTeams, type Locale } from '../../domain/labels';

/** UI locale: Swedish by default (the domain's `Locale`). */
export type UiLocale = Locale;
/** Fluent theme names the shell can show. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** Maps a Teams theme name (`default`, `dark`, `contrast`) or the `?theme=` param to ours. */
export function themeFromName(name: string | null | undefined): ThemeName {
  if (name === 'dark') return 'dark';
  if (name === 'contrast' || name === 'highcontrast') return 'contrast';
  return 'light';
}

/** The start preferences: URL params win (they make links and tests reproducible), then the host. */
export function initialPreferences(
  search: string,
  host: { locale?: string; theme?: string },
): { locale: UiLocale; theme: ThemeName; user?: string } {
  const params = new URLSearchParams(search);
  const user = params.get('user') ?? undefined;
  return {
    locale: localeFromTeams(params.get('lang') ?? host.locale),
    theme: themeFromName(params.get('theme') ?? host.theme),
    ...(user ? { user } : {}),
  };
}
