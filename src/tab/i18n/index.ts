import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import sv from './sv.json';
import en from './en.json';
import type { UiLocale } from '../app/preferences';

/** The UI strings; English mirrors Swedish key for key (a unit test pins it). */
export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

/** Creates an i18next instance for the tab (one per app root, so tests stay independent). */
export function createI18n(locale: UiLocale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'sv',
    // A feature's `t` (its own namespace, see feature-strings.ts) also reads the shell's keys.
    fallbackNS: 'translation',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
