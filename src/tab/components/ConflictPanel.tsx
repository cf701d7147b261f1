import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { changedFields } from './form-model';

/** Props: the user's version, the stored one, how to name a field and show a value. */
export interface ConflictPanelProps {
  mine: Record<string, unknown>;
  current: Record<string, unknown>;
  fieldName: (field: string) => string;
  onReapply: () => void;
  onKeepCurrent: () => void;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (Array.isArray(value)) {
    return value
      .map((v) => (typeof v === 'object' && v ? Object.values(v).join(', ') : String(v)))
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

/**
 * A 412 conflict: the user's version beside the current one, field by field, so nothing typed
 * is lost; the user re-applies their edits on top of the current version or keeps the current.
 */
export function ConflictPanel({
  mine,
  current,
  fieldName,
  onReapply,
  onKeepCurrent,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const fields = changedFields(mine, current);
  return (
    <section aria-labelledby="conflict-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="conflict-title">{t('conflict.title')}</MessageBarTitle>
          {t('conflict.body')}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onReapply}>
            {t('conflict.reapply')}
          </Button>
          <Button onClick={onKeepCurrent}>{t('conflict.keepCurrent')}</Button>
        </MessageBarActions>
      </MessageBar>
      <Table aria-labelledby="conflict-title" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('conflict.field')}</TableHeaderCell>
            <TableHeaderCell>{t('conflict.yours')}</TableHeaderCell>
            <TableHeaderCell>{t('conflict.current')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell>{fieldName(field)}</TableCell>
              <TableCell>{show(mine[field])}</TableCell>
              <TableCell>{show(current[field])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
