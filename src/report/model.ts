/**
 * The report model the renderers read. Re-exported from the domain in one place, so the
 * renderers do not depend on where the domain keeps it.
 */
export type {
  KeyFigures,
  MoneyByCurrency,
  ReportActivity,
  ReportApplication,
  ReportModel,
  ReportProject,
  ReportSections,
} from '../domain/report-model.js';
export { buildReportModel, reportModelSchema } from '../domain/report-model.js';
