import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { buildTemplate, importSheets, parseWorkbook, type ParsedImport } from './parse-workbook';
import { runImport } from './import-runner';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '900px',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
});

/** Import: the Excel template, upload with a row-by-row report, and an all-or-nothing write. */
export function ImportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
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

  return (
    <div className={styles.page}>
      <h2>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <div className={styles.row}>
        <Button onClick={() => void download()}>{t('import.template')}</Button>
      </div>
      {writable.length === 0 && !mine.loading ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('overview.noAdministrations')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.row}>
          <Field label={t('import.administration')}>
            <Select value={target ?? ''} onChange={(_, d) => setAdministrationId(d.value)}>
              {data.organisation.administrations
                .filter((a) => writable.includes(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </Select>
          </Field>
          <Field label={t('import.upload')}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={busy}
                onChange={(e) => void upload(e.target.files?.[0])}
              />
            )}
          </Field>
        </div>
      )}
      {busy && !progress && <ProgressBar aria-label={t('import.validating')} />}
      {progress && (
        <Field label={t('import.progress', progress)} validationState="none">
          <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
        </Field>
      )}
      {error !== undefined && <ErrorBar error={error} />}
      {doneCount !== undefined && (
        <MessageBar intent="success">
          <MessageBarBody>{t('import.done', { count: doneCount })}</MessageBarBody>
        </MessageBar>
      )}
      {parsed && parsed.rejected.length > 0 && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              {t('import.rejected', {
                count: new Set(parsed.rejected.map((r) => `${r.sheet}:${r.row}`)).size,
              })}
            </MessageBarBody>
          </MessageBar>
          <Table aria-label={t('import.rejected', { count: parsed.rejected.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('import.sheet')}</TableHeaderCell>
                <TableHeaderCell>{t('import.row')}</TableHeaderCell>
                <TableHeaderCell>{t('import.reason')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {parsed.rejected.map((r, i) => (
                <TableRow key={i}>
                  <TableCell>{importSheets[r.sheet].name}</TableCell>
                  <TableCell>{r.row}</TableCell>
                  <TableCell>{r.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {parsed && parsed.rejected.length === 0 && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {t('import.ready', {
                projects: parsed.projects.length,
                activities: parsed.activities.length,
              })}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {t('import.run')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
