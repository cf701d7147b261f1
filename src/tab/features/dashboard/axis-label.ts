const axisFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let format = axisFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    axisFormats.set(locale, format);
  }
  return format;
}

/**
 * An axis label in plain words: whole numbers up to a million ("2 700"), millions as "9,8 mn"
 * ("9.8 million"); never the compact "2,7 tn" that Swedish readers do not use.
 */
export function axisLabel(locale: 'sv' | 'en', value: number): string {
  const tag = locale === 'en' ? 'en-GB' : 'sv-SE';
  if (Math.abs(value) < 1_000_000) return numberFormat(tag).format(Math.round(value));
  const millions = numberFormat(tag).format(value / 1_000_000);
  return locale === 'en' ? `${millions} million` : `${millions} mn`;
}
