import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/labels';

/** The domain locale of the current UI language (for labels and validation messages). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}
