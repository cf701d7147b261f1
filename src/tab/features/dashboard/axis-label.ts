const axisFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let format = axisFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    axisFormats.set(locale, format);
  }
  return format;
}

/** Words for millions and billions, in kronor or as plain numbers. */
const scaleWords = {
  sv: {
    sek: { million: (n: string) => `${n} mnkr`, billion: (n: string) => `${n} mdkr` },
    plain: { million: (n: string) => `${n} milj.`, billion: (n: string) => `${n} md` },
  },
  en: {
    sek: { million: (n: string) => `SEK ${n}m`, billion: (n: string) => `SEK ${n}bn` },
    plain: { million: (n: string) => `${n} million`, billion: (n: string) => `${n} billion` },
  },
} as const;

/**
 * An axis label in plain words: whole numbers up to a million ("2 700"); above, the abbreviations
 * Swedish finance writes ("9,8 mnkr", "2,7 mdkr"; "9,8 milj." for what is not money) and English
 * ones ("SEK 9.8m", "9.8 million"); never Intl's compact "2,7 tn" or "9,8 mn", which Swedish
 * readers do not use.
 */
export function axisLabel(locale: 'sv' | 'en', value: number, unit?: 'sek'): string {
  const tag = locale === 'en' ? 'en-GB' : 'sv-SE';
  const words = scaleWords[locale][unit === 'sek' ? 'sek' : 'plain'];
  const size = Math.abs(value);
  if (size < 1_000_000) return numberFormat(tag).format(Math.round(value));
  if (size < 1_000_000_000) return words.million(numberFormat(tag).format(value / 1_000_000));
  return words.billion(numberFormat(tag).format(value / 1_000_000_000));
}
