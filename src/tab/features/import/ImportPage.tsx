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
import { ErrorBar } from '../../components/ErrorBar';
import { importSheets } from './parse-workbook';
import { useImport } from './useImport';

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
  const styles = useStyles();
  const state = useImport();

  return (
    <div className={styles.page}>
      <h2>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <div className={styles.row}>
        <Button onClick={() => void state.download()}>{t('import.template')}</Button>
      </div>
      {state.noAdministration ? (
        // Multiline from the first paint: the auto layout measures afterwards, and the page was
        // briefly wider than a phone.
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('overview.noAdministrations')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.row}>
          <Field label={t('import.administration')}>
            <Select
              value={state.target ?? ''}
              onChange={(_, d) => state.setAdministrationId(d.value)}
            >
              {state.administrations.map((a) => (
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
                disabled={state.busy}
                onChange={(e) => void state.upload(e.target.files?.[0])}
              />
            )}
          </Field>
        </div>
      )}
      {state.busy && !state.progress && <ProgressBar aria-label={t('import.validating')} />}
      {state.progress && (
        <Field label={t('import.progress', state.progress)} validationState="none">
          <ProgressBar
            value={state.progress.total === 0 ? 1 : state.progress.done / state.progress.total}
          />
        </Field>
      )}
      {state.error !== undefined && <ErrorBar error={state.error} />}
      {state.doneCount !== undefined && (
        <MessageBar intent="success">
          <MessageBarBody>{t('import.done', { count: state.doneCount })}</MessageBarBody>
        </MessageBar>
      )}
      {state.parsed && state.parsed.rejected.length > 0 && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              {t('import.rejected', {
                count: new Set(state.parsed.rejected.map((r) => `${r.sheet}:${r.row}`)).size,
              })}
            </MessageBarBody>
          </MessageBar>
          <Table aria-label={t('import.rejected', { count: state.parsed.rejected.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('import.sheet')}</TableHeaderCell>
                <TableHeaderCell>{t('import.row')}</TableHeaderCell>
                <TableHeaderCell>{t('import.reason')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.parsed.rejected.map((r, i) => (
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
      {state.parsed && state.parsed.rejected.length === 0 && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {t('import.ready', {
                projects: state.parsed.projects.length,
                activities: state.parsed.activities.length,
              })}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="primary" disabled={state.busy} onClick={() => void state.run()}>
              {t('import.run')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
