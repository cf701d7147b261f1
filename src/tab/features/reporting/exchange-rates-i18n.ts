import { defineFeatureStrings } from '../../i18n/feature-strings';

/** The exchange-rate panel's strings; English mirrors Swedish key for key. */
const sv = {
  heading: 'Växelkurser {{year}}',
  intro:
    'Belopp i andra valutor räknas om till kronor med årets kurser (kronor för en enhet av valutan), till exempel Riksbankens årsgenomsnitt. Utan kurs visas beloppet i sin egen valuta och ingår inte i kronsummorna.',
  none: 'Inga kurser är angivna för {{year}}.',
  noRound: 'Öppna årets rapporteringsomgång för att kunna ange kurser.',
  missing: 'Kurs saknas för {{codes}}: de beloppen visas i sin egen valuta.',
  currency: 'Valuta',
  rate: 'Kurs för {{code}} (kr)',
  source: 'Källa för {{code}}',
  sourcePlaceholder: 'Riksbankens årsgenomsnitt {{year}}',
  save: 'Spara kurserna',
  saved: 'Kurserna är sparade.',
  invalid: 'Kurserna sparades inte: rätta de markerade fälten.',
  conflict:
    'Någon annan har ändrat omgången under tiden. Dina värden finns kvar: spara igen för att skriva över med dem.',
};

const en = {
  heading: 'Exchange rates {{year}}',
  intro:
    "Amounts in other currencies are converted to SEK with the year's rates (kronor for one unit of the currency), e.g. the Riksbank's annual average. Without a rate the amount is shown in its own currency and is not included in the SEK totals.",
  none: 'No rates are entered for {{year}}.',
  noRound: "Open the year's reporting round to enter rates.",
  missing: 'No exchange rate for {{codes}}: those amounts are shown in their own currency.',
  currency: 'Currency',
  rate: 'Rate for {{code}} (SEK)',
  source: 'Source for {{code}}',
  sourcePlaceholder: "Riksbank's annual average {{year}}",
  save: 'Save the rates',
  saved: 'The rates are saved.',
  invalid: 'The rates were not saved: correct the marked fields.',
  conflict:
    'Someone else changed the round meanwhile. Your values are kept: save again to write them over it.',
};

/** The strings of this feature, registered the one way every feature's are. */
export const exchangeRatesStrings = defineFeatureStrings('exchangeRates', sv, en);

/** This feature's `t`. */
export const useExchangeRatesTranslation = exchangeRatesStrings.useStrings;
