/**
 * The yearly report model and the mandate-period follow-up, one file per seam:
 * - `schema.ts`: the model's zod schemas and types (also the shape of a frozen snapshot);
 * - `key-figures.ts`: the figures of one year and scope (`computeKeyFigures`, SEK figures);
 * - `sections.ts`: the report's lists in the strategy's order;
 * - `snapshot.ts`: freezing a model in a submission, reading it back, and what changed since;
 * - `build.ts`: `buildReportModel`, which puts the above together per administration;
 * - `mandate-period.ts`: the period's years side by side with trends.
 */
export * from './schema';
export { computeKeyFigures, sekFigures, sekFigureOf, type SekFigure } from './key-figures';
export { frozenModelOf, freezeReportModel, diffReportModels, type ReportChange } from './snapshot';
export { buildReportModel } from './build';
export * from './mandate-period';
