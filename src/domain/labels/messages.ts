import type { z } from 'zod';
import { issuePath } from '../issues';
import type { Locale } from './locale';

/** Warnings about an activity's travel (see `travelWarnings`). */
export const travelWarningCodes = [
  'flight-not-compensated',
  'compensation-without-reference',
  'missing-distance',
  'short-flight',
  'co2e-differs',
] as const;
export type TravelWarningCode = (typeof travelWarningCodes)[number];

/** Custom validation messages raised by our schemas (records, organisation config). */
export const validationCodes = [
  'end-before-start',
  'decision-before-application',
  'required-for-status',
  'digital-without-travel',
  'country-code',
  'duplicate-id',
  'duplicate-mail-nickname',
  'overlapping-period',
  'kebab-case-id',
  'mail-nickname',
  'host-name',
  'single-line',
  'rate-for-sek',
  'rate-positive',
  'duplicate-currency',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

/** zod's standard issue kinds we word ourselves, plus `required` (a missing value). */
export const zodIssueCodes = [
  'required',
  'invalid_type',
  'too_small',
  'too_small_string',
  'too_small_array',
  'too_big',
  'too_big_string',
  'too_big_array',
  'invalid_format',
  'invalid_date',
  'invalid_datetime',
  'invalid_email',
  'invalid_url',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type ZodIssueCode = (typeof zodIssueCodes)[number];

/** The message groups, keyed by the code's type. */
export interface MessageGroups {
  travelWarning: TravelWarningCode;
  validation: ValidationCode;
  zodIssue: ZodIssueCode;
}

/** The sentences of warnings and validation errors, in Swedish and English. */
export const messageLabels: Record<
  Locale,
  { [G in keyof MessageGroups]: Record<MessageGroups[G], string> }
> = {
  sv: {
    travelWarning: {
      'flight-not-compensated': 'Flygresan är inte klimatkompenserad.',
      'compensation-without-reference': 'Ange en referens till klimatkompensationen.',
      'missing-distance': 'Ange reseavståndet så att utsläppen kan beräknas.',
      'short-flight': 'Kortare än 500 km enkel väg: tåg eller buss bör väljas enligt resepolicyn.',
      'co2e-differs': 'Sparat klimatavtryck skiljer sig från beräkningen: uppdatera posten.',
    },
    validation: {
      'end-before-start': 'Slutdatum kan inte vara före startdatum.',
      'single-line': 'Fältet får inte innehålla radbrytningar.',
      'decision-before-application': 'Beslutsdatum kan inte vara före ansökningsdatum.',
      'required-for-status': 'Krävs för vald status.',
      'digital-without-travel': 'En digital aktivitet har ingen resa.',
      'country-code':
        'Välj ett land i listan, eller skriv landets namn eller kod (till exempel SE).',
      'duplicate-id': 'Id:t finns redan.',
      'duplicate-mail-nickname': 'E-postaliaset används redan.',
      'overlapping-period': 'Perioden överlappar en annan period.',
      'kebab-case-id': 'Använd gemener, siffror och bindestreck.',
      'mail-nickname': 'Använd bokstäver, siffror, punkt, bindestreck eller understreck.',
      'host-name': 'Ange ett värdnamn, till exempel kommun.sharepoint.com.',
      'rate-for-sek': 'SEK är redovisningsvalutan och har ingen växelkurs: välj en annan valuta.',
      'rate-positive': 'Kursen måste vara större än 0 (kronor för en enhet av valutan).',
      'duplicate-currency': 'Valutan har redan en kurs för året.',
    },
    zodIssue: {
      required: 'Obligatoriskt fält.',
      invalid_type: 'Fel typ av värde.',
      too_small: 'Värdet måste vara minst {minimum}.',
      too_small_string: 'Skriv minst {minimum} tecken.',
      too_small_array: 'Välj minst {minimum}.',
      too_big: 'Värdet får vara högst {maximum}.',
      too_big_string: 'Högst {maximum} tecken.',
      too_big_array: 'Högst {maximum} får väljas.',
      invalid_format: 'Fel format.',
      invalid_date: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
      invalid_datetime: 'Ange en giltig tidpunkt.',
      invalid_email: 'Ange en giltig e-postadress.',
      invalid_url: 'Ange en giltig webbadress.',
      not_multiple_of: 'Värdet måste vara en multipel av {divisor}.',
      unrecognized_keys: 'Okända fält: {keys}.',
      invalid_union: 'Ogiltigt värde.',
      invalid_key: 'Ogiltig nyckel.',
      invalid_element: 'Ogiltigt värde i listan.',
      invalid_value: 'Välj ett av de tillåtna värdena.',
      custom: 'Ogiltigt värde.',
    },
  },
  en: {
    travelWarning: {
      'flight-not-compensated': 'The flight is not climate-compensated.',
      'compensation-without-reference': 'Give a reference for the climate compensation.',
      'missing-distance': 'Enter the travel distance so that emissions can be estimated.',
      'short-flight': 'Under 500 km one way: the travel policy asks for train or bus.',
      'co2e-differs': 'The stored carbon footprint differs from the estimate: update the record.',
    },
    validation: {
      'end-before-start': 'The end date cannot be before the start date.',
      'single-line': 'This field cannot contain line breaks.',
      'decision-before-application': 'The decision date cannot be before the application date.',
      'required-for-status': 'Required for the selected status.',
      'digital-without-travel': 'A digital activity has no travel.',
      'country-code': 'Choose a country from the list, or type its name or code (e.g. SE).',
      'duplicate-id': 'The id is already used.',
      'duplicate-mail-nickname': 'The mail alias is already used.',
      'overlapping-period': 'The period overlaps another period.',
      'kebab-case-id': 'Use lower-case letters, digits and hyphens.',
      'mail-nickname': 'Use letters, digits, dots, hyphens or underscores.',
      'host-name': 'Enter a host name, e.g. council.sharepoint.com.',
      'rate-for-sek':
        'SEK is the reporting currency and has no exchange rate: choose another currency.',
      'rate-positive': 'The rate must be greater than 0 (kronor for one unit of the currency).',
      'duplicate-currency': 'The currency already has a rate for the year.',
    },
    zodIssue: {
      required: 'Required field.',
      invalid_type: 'Wrong type of value.',
      too_small: 'The value must be at least {minimum}.',
      too_small_string: 'Enter at least {minimum} characters.',
      too_small_array: 'Choose at least {minimum}.',
      too_big: 'The value must be at most {maximum}.',
      too_big_string: 'At most {maximum} characters.',
      too_big_array: 'Choose at most {maximum}.',
      invalid_format: 'Wrong format.',
      invalid_date: 'Enter a valid date (YYYY-MM-DD).',
      invalid_datetime: 'Enter a valid date and time.',
      invalid_email: 'Enter a valid email address.',
      invalid_url: 'Enter a valid web address.',
      not_multiple_of: 'The value must be a multiple of {divisor}.',
      unrecognized_keys: 'Unknown fields: {keys}.',
      invalid_union: 'Invalid value.',
      invalid_key: 'Invalid key.',
      invalid_element: 'Invalid value in the list.',
      invalid_value: 'Choose one of the allowed values.',
      custom: 'Invalid value.',
    },
  },
};

/** The subset of a zod issue that `validationMessage` reads (zod 4 `$ZodIssue` fits). */
export interface IssueLike {
  code: string;
  message?: string;
  path?: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  divisor?: number | bigint;
  keys?: readonly string[];
}

/** Our schemas use these human-readable messages for regexes; map them to message codes. */
const messageAliases: Record<string, ValidationCode> = { 'ISO 3166-1 alpha-2': 'country-code' };

function isValidationCode(message: string): message is ValidationCode {
  return (validationCodes as readonly string[]).includes(message);
}

function zodIssueCode(issue: IssueLike): ZodIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 does not keep the input on issues; its default message names `undefined`.
      return issue.message?.includes('received undefined') ? 'required' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'required' : 'too_small_string';
      return issue.origin === 'array' ? 'too_small_array' : 'too_small';
    case 'too_big':
      if (issue.origin === 'string') return 'too_big_string';
      return issue.origin === 'array' ? 'too_big_array' : 'too_big';
    case 'invalid_format':
      if (issue.format === 'date') return 'invalid_date';
      if (issue.format === 'datetime') return 'invalid_datetime';
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      return 'invalid_format';
    default:
      return (zodIssueCodes as readonly string[]).includes(issue.code)
        ? (issue.code as ZodIssueCode)
        : 'custom';
  }
}

/**
 * A zod issue as a sentence in the user's language. Our custom messages are codes
 * (`end-before-start`, `required-for-status`, ...); zod's own issues are worded by kind, with
 * their limits filled in.
 */
export function validationMessage(locale: Locale, issue: IssueLike): string {
  const message = issue.message ?? '';
  const alias = messageAliases[message] ?? message;
  if (isValidationCode(alias)) return messageLabels[locale].validation[alias];
  const template = messageLabels[locale].zodIssue[zodIssueCode(issue)];
  const values: Record<string, string> = {
    minimum: String(issue.minimum ?? ''),
    maximum: String(issue.maximum ?? ''),
    divisor: String(issue.divisor ?? ''),
    keys: (issue.keys ?? []).join(', '),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * One message per field of a failed parse, keyed by the issue's dotted path (`partners[0].name`),
 * for showing next to the form fields. The first issue of a field wins.
 */
export function fieldErrors(locale: Locale, error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issuePath(issue.path) || '(root)';
    out[key] ??= validationMessage(locale, issue);
  }
  return out;
}
