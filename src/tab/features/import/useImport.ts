import { useState } from 'react';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations } from '../../data/hooks';
import { useLocale } from '../../components/useLocale';
import { buildTemplate, parseWorkbook, type ParsedImport } from './parse-workbook';
import { runImport } from './import-runner';

/**
 * The import's state (the `use<Page>` half; `ImportPage` renders it): the administrations the
 * user may import into and the chosen one, the parsed workbook with its rejected rows, progress,
 * the outcome, and the three actions: download the template, upload a workbook, run the import.
 */
export function useImport() {
  const locale = useLocale();
  const data = useGraph();
  const mine = useMyAdministrations();
  const writable = mine.data ?? [];
  const [administrationId, setAdministrationId] = useState<string>();
  const target = administrationId ?? writable[0];
  const [parsed, setParsed] = useState<ParsedImport>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [error, setError] = useState<unknown>();
  const [doneCount, setDoneCount] = useState<number>();

  const download = async () => {
    const bytes = await buildTemplate(locale);
    const url = URL.createObjectURL(
      new Blob([bytes], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = 'internationellt-arbete-mall.xlsx';
    link.click();
    URL.revokeObjectURL(url);
  };
  const upload = async (file: File | undefined) => {
    if (!file || !target) return;
    setError(undefined);
    setDoneCount(undefined);
    setBusy(true);
    try {
      setParsed(await parseWorkbook(await file.arrayBuffer(), target, locale));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const run = async () => {
    if (!parsed || !target) return;
    setBusy(true);
    setError(undefined);
    try {
      const [projects, activities] = await Promise.all([
        data.projects(target),
        data.activities(target),
      ]);
      const created = await runImport({ projects, activities }, parsed, (done, total) =>
        setProgress({ done, total }),
      );
      setDoneCount(created.projects.length + created.activities.length);
      setParsed(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  return {
    administrations: data.organisation.administrations.filter((a) => writable.includes(a.id)),
    noAdministration: writable.length === 0 && !mine.loading,
    target,
    setAdministrationId,
    parsed,
    busy,
    progress,
    error,
    doneCount,
    download,
    upload,
    run,
  };
}
