import type { Currency, ExchangeRate } from '../records';
import type { MoneyByCurrency, SekSum } from '../money';
import { cachedIntl, intlLocale, type Locale } from './locale';

/**
 * An amount with its currency, whole units, e.g. `1 234 567 kr` (sv) or `SEK 1,234,567` (en).
 * The Swedish form uses Intl's non-breaking spaces, so it never wraps inside a number.
 */
export function formatMoney(locale: Locale, amount: number, currency: Currency): string {
  return cachedIntl(
    `money|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }),
  ).format(amount);
}

/**
 * A record's own amount as it was entered: whole amounts without decimals, an amount with öre or
 * cents with two (`350 000,50 €`), never rounded. Sums and figures use `formatMoney`.
 */
export function formatAmount(locale: Locale, amount: number, currency: Currency): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return cachedIntl(
    `amount|${locale}|${currency}|${digits}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(amount);
}

/**
 * A calendar date (`YYYY-MM-DD`) or timestamp in words, e.g. `29 februari 2024` /
 * `29 February 2024`. A date is read as UTC so its day never shifts; a timestamp is shown in
 * Swedish time, where the municipality works, whatever the server's time zone.
 */
export function formatDate(locale: Locale, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = dateOnly ? 'UTC' : 'Europe/Stockholm';
  return cachedIntl(
    `date|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone }),
  ).format(date);
}

/** Compares texts as the reader's language sorts them (å, ä, ö after z in Swedish). */
export function compareText(locale: Locale, a: string, b: string): number {
  return cachedIntl(`collator|${locale}`, () => new Intl.Collator(intlLocale[locale])).compare(
    a,
    b,
  );
}

const moneyWords: Record<Locale, { noRate: string; ratesUsed: string; missing: string }> = {
  sv: {
    noRate: 'kurs saknas',
    ratesUsed: 'Belopp i annan valuta är omräknade till kronor med årets kurser',
    missing:
      'de beloppen visas i sin egen valuta, är markerade med "kurs saknas" och ingår inte i kronsummorna',
  },
  en: {
    noRate: 'no exchange rate',
    ratesUsed: "Amounts in other currencies are converted to SEK with the year's rates",
    missing:
      'those amounts are shown in their own currency, marked "no exchange rate", and are not included in the SEK totals',
  },
};

/**
 * Amounts per currency as one text in code order, each with its ISO code (`94 000 EUR + 85 000
 * NOK`): beside kronor a code is unambiguous, where Swedish symbols are not (NOK is "Nkr").
 */
export function formatMoneyParts(locale: Locale, sums: MoneyByCurrency): string {
  return (Object.entries(sums) as [Currency, number | undefined][])
    .filter((entry): entry is [Currency, number] => entry[1] !== undefined && entry[1] !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) =>
      cachedIntl(
        `money-code|${locale}|${currency}`,
        () =>
          new Intl.NumberFormat(intlLocale[locale], {
            style: 'currency',
            currency,
            currencyDisplay: 'code',
            maximumFractionDigits: 0,
          }),
      ).format(amount),
    )
    .join(' + ');
}

/**
 * A sum in kronor as the reader sees it (DESIGN.md §3a): `1 234 567 kr`, and when part of it has
 * no exchange rate that part in its own currency, flagged: `1 234 567 kr + 85 000 NOK (kurs
 * saknas)`. Money that exists is never shown as 0 kr: with only unconverted parts the kronor are
 * left out (`85 000 NOK (kurs saknas)`).
 */
export function formatSekSum(locale: Locale, sum: SekSum): string {
  const parts = formatMoneyParts(locale, sum.unconverted);
  if (parts === '') return formatMoney(locale, sum.sek, 'SEK');
  const flagged = `${parts} (${moneyWords[locale].noRate})`;
  return sum.sek === 0 ? flagged : `${formatMoney(locale, sum.sek, 'SEK')} + ${flagged}`;
}

/** An exchange rate as `1 EUR = 11,07 kr` / `1 EUR = SEK 11.07`. */
export function formatRate(locale: Locale, rate: Pick<ExchangeRate, 'currency' | 'rate'>): string {
  const number = cachedIntl(
    `rate|${locale}`,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 4 }),
  ).format(rate.rate);
  return `1 ${rate.currency} = ${locale === 'sv' ? `${number} kr` : `SEK ${number}`}`;
}

/** A short mark of the rates a figure was converted with: `omräknat: 1 EUR = 11,07 kr`. */
export function convertedMark(locale: Locale, rates: readonly ExchangeRate[]): string {
  const lead = locale === 'sv' ? 'omräknat' : 'converted';
  return `${lead}: ${rates.map((r) => formatRate(locale, r)).join(', ')}`;
}

/**
 * What a set of SEK figures says about its conversion, as sentences for a note under them: the
 * rates used with their source, and the currencies without a rate. Empty when everything was in
 * kronor.
 */
export function exchangeRateNote(
  locale: Locale,
  conversion: { exchangeRates: readonly ExchangeRate[]; missingRates: readonly Currency[] },
): string[] {
  const words = moneyWords[locale];
  const out: string[] = [];
  if (conversion.exchangeRates.length > 0) {
    const rates = conversion.exchangeRates
      .map((r) => `${formatRate(locale, r)} (${r.source})`)
      .join('; ');
    out.push(`${words.ratesUsed}: ${rates}.`);
  }
  if (conversion.missingRates.length > 0) {
    const codes = conversion.missingRates.join(', ');
    const lead = locale === 'sv' ? `Kurs saknas för ${codes}` : `No exchange rate for ${codes}`;
    out.push(`${lead}: ${words.missing}.`);
  }
  return out;
}

/** A whole number or decimal in the reader's convention (`1 234,5` / `1,234.5`). */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return cachedIntl(
    `number|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }),
  ).format(value);
}

/** A share 0..1 as a percentage (`43 %` / `43%`); a dash when there is nothing to divide (null). */
export function formatShare(locale: Locale, share: number | null): string {
  if (share === null) return '–';
  return cachedIntl(
    `percent|${locale}`,
    () => new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}
