import { z } from 'zod';
import {
  currencySchema,
  reportingCurrency,
  type Currency,
  type ExchangeRate,
  type ReportingRound,
} from './records';

/**
 * Money in kronor (DESIGN.md §3a). Amounts are stored in their record's currency; a reporting
 * round carries the year's exchange rates to SEK. Every figure shown in SEK is converted here, in
 * one place, so the report, the tab, the bot and the Excel file agree. The rules:
 *
 * - SEK amounts count as they are.
 * - An amount in another currency counts as `amount × rate` when the round of the year has a rate
 *   for that currency.
 * - An amount with no rate is **not** counted in the SEK total and is never dropped: it stays
 *   beside the total in its own currency (`unconverted`), and its currency is named as missing,
 *   so a reader sees "1 200 000 kr + 85 000 NOK (kurs saknas)", never a 0 kr that hides money.
 * - Sums are rounded to öre after converting the currency's sum (not item by item), so the same
 *   records give the same total whatever their order.
 */

/** Sums per currency, in the currencies' own units. */
export const moneyByCurrencySchema = z.partialRecord(currencySchema, z.number());
export type MoneyByCurrency = z.infer<typeof moneyByCurrencySchema>;

/** A sum in kronor and the parts that could not be converted (their own currency, flagged). */
export const sekSumSchema = z.object({
  /** SEK amounts plus every amount converted with the year's rate, rounded to öre. */
  sek: z.number(),
  /** Amounts in currencies without a rate for the year; not in `sek`. Empty when all converted. */
  unconverted: moneyByCurrencySchema,
});
export type SekSum = z.infer<typeof sekSumSchema>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Adds `amount` of `currency` to the sums (rounded to hundredths), returning new sums. */
export function addMoney(
  sums: MoneyByCurrency,
  currency: Currency,
  amount: number,
): MoneyByCurrency {
  return { ...sums, [currency]: round2((sums[currency] ?? 0) + amount) };
}

/** The rate of `currency` among `rates`; 1 for SEK; undefined when the round has none. */
export function rateOf(currency: Currency, rates: readonly ExchangeRate[]): number | undefined {
  if (currency === reportingCurrency) return 1;
  return rates.find((r) => r.currency === currency)?.rate;
}

/** Converts sums per currency to one SEK total plus the parts without a rate. */
export function toSek(sums: MoneyByCurrency, rates: readonly ExchangeRate[]): SekSum {
  let sek = 0;
  const unconverted: MoneyByCurrency = {};
  for (const [code, amount] of Object.entries(sums) as [Currency, number | undefined][]) {
    if (amount === undefined || amount === 0) continue;
    const rate = rateOf(code, rates);
    if (rate === undefined) unconverted[code] = amount;
    else sek += amount * rate;
  }
  return { sek: round2(sek), unconverted };
}

/** Adds SEK sums: the totals, and the unconverted parts per currency. */
export function addSekSums(...sums: readonly SekSum[]): SekSum {
  let sek = 0;
  let unconverted: MoneyByCurrency = {};
  for (const sum of sums) {
    sek += sum.sek;
    for (const [code, amount] of Object.entries(sum.unconverted) as [Currency, number][]) {
      unconverted = addMoney(unconverted, code, amount);
    }
  }
  return { sek: round2(sek), unconverted };
}

/** True when part of the sum could not be converted (it must be shown and flagged). */
export function hasUnconverted(sum: SekSum): boolean {
  return Object.values(sum.unconverted).some((amount) => amount !== undefined && amount !== 0);
}

/**
 * What a set of sums needs from the round: the rates that were used (for the currencies that
 * occur, in currency order) and the currencies that occur without a rate.
 */
export function conversionOf(
  sums: readonly MoneyByCurrency[],
  rates: readonly ExchangeRate[],
): { used: ExchangeRate[]; missing: Currency[] } {
  const occurring = new Set<Currency>();
  for (const byCurrency of sums) {
    for (const [code, amount] of Object.entries(byCurrency) as [Currency, number | undefined][]) {
      if (code !== reportingCurrency && amount !== undefined && amount !== 0) occurring.add(code);
    }
  }
  const codes = [...occurring].sort();
  return {
    used: codes.flatMap((code) => rates.filter((r) => r.currency === code)),
    missing: codes.filter((code) => rateOf(code, rates) === undefined),
  };
}

/** The exchange rates of `year`'s reporting round; none when the round or its rates are missing. */
export function ratesOfYear(
  rounds: readonly Pick<ReportingRound, 'year' | 'exchangeRates'>[] | undefined,
  year: number,
): ExchangeRate[] {
  return rounds?.find((r) => r.year === year)?.exchangeRates ?? [];
}
