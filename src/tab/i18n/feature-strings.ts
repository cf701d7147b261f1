import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A nested table of UI strings, as i18next reads it (`{{name}}` interpolation, `_one`/`_other`). */
export interface StringTable {
  [key: string]: string | StringTable;
}

/** The same keys as `T`, any wording: English mirrors Swedish key for key. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** A feature's own strings: its i18next namespace and its Swedish and English tables. */
export interface FeatureStrings<T extends StringTable = StringTable> {
  namespace: string;
  sv: T;
  en: SameKeys<T>;
  /** Adds the strings to an i18next instance once (safe to call on every render). */
  register: (instance: i18n) => void;
  /** The feature's `t`: its own keys, then the shell's (`common.save`) through `fallbackNS`. */
  useStrings: () => ReturnType<typeof useTranslation>;
}

/**
 * The one way a tab feature brings its strings: a namespace of its own, registered on the app's
 * i18next instance when the feature first renders (so a lazily loaded feature's strings load with
 * it). Words of the domain (record fields, codes, statuses, key figures, report sections) are not
 * here: features call the domain's `label`/`fieldLabel` with `useLocale()`.
 */
export function defineFeatureStrings<T extends StringTable>(
  namespace: string,
  sv: T,
  en: SameKeys<T>,
): FeatureStrings<T> {
  const register = (instance: i18n) => {
    if (instance.hasResourceBundle('sv', namespace)) return;
    instance.addResourceBundle('sv', namespace, sv);
    instance.addResourceBundle('en', namespace, en);
  };
  const useStrings = () => {
    const { i18n: instance } = useTranslation();
    register(instance);
    return useTranslation(namespace);
  };
  return { namespace, sv, en, register, useStrings };
}
