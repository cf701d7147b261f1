/**
 * The one home of every user-facing word of the domain: record fields and codes, statuses, key
 * figures and metrics, report sections, messages, and how numbers, money, dates and countries are
 * written. The tab, the bot and the Word/Excel report read their labels here.
 *
 * - `locale.ts`: the locales and the cached Intl formatters
 * - `record-fields.ts`: field names of every record type (`fieldLabel`)
 * - `record-enums.ts`, `statuses.ts`, `funding.ts`: the codes' labels (`label`)
 * - `key-figures.ts`: key figures and mandate-period metrics, one name each
 * - `sections.ts`: the report's section headings and scope
 * - `messages.ts`: validation and travel warnings (`validationMessage`, `fieldErrors`)
 * - `format.ts`, `countries.ts`: numbers, shares, money, dates, rates and countries
 */
export * from './locale';
export * from './groups';
export * from './record-fields';
export * from './record-enums';
export * from './statuses';
export * from './messages';
export * from './sections';
export * from './key-figures';
export * from './funding';
export * from './format';
export * from './countries';
