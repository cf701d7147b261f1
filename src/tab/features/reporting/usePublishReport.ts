import { useCallback, useState } from 'react';
import { buildReportModel } from '../../../domain/report-model';
import { useLocale } from '../../components/useLocale';
import { useGraph } from '../../data/DataContext';
import { useReadableInitiatives } from '../../data/hooks';
import { useReporting, type PublishedReport } from '../../data/reporting-access';
import type { ReportFormat } from './report-files';

/** The steps shown under the progress bar, with the bar's value when each begins. */
export const publishSteps = { load: 0.1, build: 0.3, render: 0.5, upload: 0.8, done: 1 } as const;
export type PublishStep = keyof typeof publishSteps;

/** A generated report: where it was uploaded, and its bytes for the download button. */
export interface GeneratedReport {
  published: PublishedReport;
  format: ReportFormat;
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * The coordinator's command "generate the municipality's report": loads the year's records,
 * submissions and rounds, builds the whole-municipality model (frozen submissions win), renders
 * it (renderers loaded on demand) and publishes it in the network site's yearly-report folder.
 */
export function usePublishReport(year: number, fileName: (format: ReportFormat) => string) {
  const data = useGraph();
  const reporting = useReporting();
  // A host without the funding access still gets the report, without the indicator.
  const readInitiatives = useReadableInitiatives();
  const locale = useLocale();
  const [step, setStep] = useState<PublishStep>();
  const [result, setResult] = useState<GeneratedReport>();
  const [error, setError] = useState<unknown>();

  const publish = useCallback(
    async (format: ReportFormat) => {
      setError(undefined);
      setResult(undefined);
      try {
        setStep('load');
        const [records, { submissions, decisions }, rounds, initiatives] = await Promise.all([
          data.loadRecords({ year }),
          reporting.reporting(),
          reporting.rounds(),
          readInitiatives({ year }),
        ]);
        setStep('build');
        const model = buildReportModel({
          organisation: reporting.organisation,
          year,
          ...records,
          submissions,
          decisions,
          rounds,
          ...(initiatives ? { initiatives } : {}),
        });
        setStep('render');
        const files = await import('./report-files');
        const bytes = await files.renderReport(model, format, locale);
        setStep('upload');
        // The published report is in the organisation's language; another language's report
        // goes to its own folder and never replaces it (as the bot's copies, DESIGN.md §3).
        const subfolder = locale === reporting.organisation.locale ? undefined : locale;
        const published = await reporting.publishReport({
          year,
          name: fileName(format),
          bytes,
          subfolder,
        });
        setResult({ published, format, bytes, mimeType: files.mimeTypes[format] });
        setStep('done');
      } catch (e) {
        setError(e);
        setStep(undefined);
      }
    },
    [data, reporting, readInitiatives, locale, year, fileName],
  );
  const busy = step !== undefined && step !== 'done';
  return { publish, step, busy, result, error };
}
