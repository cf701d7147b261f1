import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReportChange } from '../../../domain/report-model';
import { useReportingTranslation } from './i18n';

function show(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'object') {
    const titled = value as { title?: unknown };
    return typeof titled.title === 'string' ? titled.title : JSON.stringify(value);
  }
  return String(value);
}

/** The difference between the frozen report and the live records, so later edits are visible. */
export function ChangesSinceSubmission({ changes }: { changes: ReportChange[] }) {
  const { t } = useReportingTranslation();
  if (changes.length === 0) return <p>{t('mine.noChanges')}</p>;
  return (
    <Table size="small" aria-label={t('mine.changesTitle')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('mine.what')}</TableHeaderCell>
          <TableHeaderCell>{t('mine.kind')}</TableHeaderCell>
          <TableHeaderCell>{t('mine.before')}</TableHeaderCell>
          <TableHeaderCell>{t('mine.after')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={`${c.path}:${c.kind}`}>
            <TableCell>{c.path}</TableCell>
            <TableCell>{t(`mine.change.${c.kind}`)}</TableCell>
            <TableCell>{show(c.before)}</TableCell>
            <TableCell>{show(c.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
