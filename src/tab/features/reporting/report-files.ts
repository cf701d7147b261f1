import { Buffer } from 'buffer';
import type { Locale } from '../../../domain/labels';
import type { ReportModel } from '../../../domain/report-model';
import { renderReportDocx } from '../../../report/docx-report';
import { renderReportXlsx } from '../../../report/xlsx-report';

/**
 * The renderers of src/report in the browser. This module is only reached through `import()`,
 * so docx and exceljs stay out of the tab's first bundle. The renderers were written for Node
 * and return a `Buffer`; the browser has none, so the `buffer` package stands in for it.
 */
globalThis.Buffer ??= Buffer as unknown as typeof globalThis.Buffer;

/** The two downloadable report formats. */
export type ReportFormat = 'docx' | 'xlsx';

/** MIME types for the upload and the download. */
export const mimeTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Renders the report model as Word or Excel bytes in the reader's language. */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  locale: Locale,
): Promise<Uint8Array> {
  const buffer =
    format === 'docx'
      ? await renderReportDocx(model, { locale })
      : await renderReportXlsx(model, { locale });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
