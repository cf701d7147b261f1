import type { locales } from '../records';

/** The UI, report and bot language. Swedish unless the user's Teams locale is English. */
export type Locale = (typeof locales)[number];

/**
 * The locale for a Teams/BCP 47 language tag (`app.locale` of the Teams context). Only English
 * tags give English; Swedish, other languages and a missing tag give Swedish, the municipality's
 * working language.
 */
export function localeFromTeams(tag?: string | null): Locale {
  return /^en(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'en' : 'sv';
}

/** The BCP 47 tag Intl formats each of our locales with. */
export const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

type IntlFormatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator | Intl.DisplayNames;
const intlCache = new Map<string, IntlFormatter>();

/**
 * One Intl formatter per key (locale + options), built on first use. Building a formatter costs
 * far more than formatting with it; a new one per cell made the Word report of 3,000 rows spend
 * a large part of its time in Intl (docs/performance.md). The key must name every option used.
 */
export function cachedIntl<T extends IntlFormatter>(key: string, make: () => T): T {
  let formatter = intlCache.get(key);
  if (formatter === undefined) {
    formatter = make();
    intlCache.set(key, formatter);
  }
  return formatter as T;
}
