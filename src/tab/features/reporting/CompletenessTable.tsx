import { useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  type BadgeProps,
} from '@fluentui/react-components';
import { label, type CompletenessStatus } from '../../../domain/labels';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useReporting } from '../../data/reporting-access';
import { useReportingTranslation } from './i18n';
import { useCommand } from './useCommand';
import { canReview, reviewedInput, type CompletenessRow } from './submission-flow';

const badgeColor: Record<CompletenessStatus, BadgeProps['color']> = {
  missing: 'danger',
  draft: 'informative',
  submitted: 'brand',
  returned: 'warning',
  approved: 'success',
};

/** A status as a coloured badge with its label (colour is never the only signal). */
export function StatusBadge({ status }: { status: CompletenessStatus }) {
  const locale = useLocale();
  return (
    <Badge appearance="tint" color={badgeColor[status]}>
      {label(locale, 'completenessStatus', status)}
    </Badge>
  );
}

/**
 * The coordinator's view of the round: every administration with its status, and approve or
 * return (with a comment the contact person sees) on submitted reports.
 */
export function CompletenessTable(props: {
  year: number;
  rows: CompletenessRow[];
  onChanged: () => void;
}) {
  const { t } = useReportingTranslation();
  const reporting = useReporting();
  const [returning, setReturning] = useState<CompletenessRow>();
  const [comment, setComment] = useState('');
  const { run, busy, error } = useCommand();
  const [done, setDone] = useState<string>();
  const submitted = props.rows.filter(
    (r) => r.status === 'submitted' || r.status === 'approved',
  ).length;

  const review = async (row: CompletenessRow, decision: 'approved' | 'returned', text = '') => {
    const submission = row.submission;
    if (!canReview(submission)) return;
    const by = { user: reporting.user, now: new Date().toISOString() };
    const input = reviewedInput(submission, decision, text, by);
    const ok = await run(() => reporting.saveSubmission(input, submission));
    if (!ok) return;
    const message = decision === 'approved' ? 'completeness.approved' : 'completeness.returned';
    setDone(t(message, { name: row.name }));
    setReturning(undefined);
    setComment('');
    props.onChanged();
  };

  return (
    <section aria-labelledby="completeness-heading">
      <h3 id="completeness-heading">{t('completeness.heading', { year: props.year })}</h3>
      <p>{t('completeness.summary', { submitted, total: props.rows.length })}</p>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorBar error={error} />}
      <Table aria-label={t('completeness.heading', { year: props.year })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('completeness.administration')}</TableHeaderCell>
            <TableHeaderCell>{t('completeness.status')}</TableHeaderCell>
            <TableHeaderCell>{t('completeness.submittedBy')}</TableHeaderCell>
            <TableHeaderCell>{t('completeness.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row) => (
            <TableRow key={row.administrationId}>
              <TableCell>{row.name}</TableCell>
              <TableCell>
                <StatusBadge status={row.status} />
              </TableCell>
              <TableCell>{row.submission?.submittedBy ?? '–'}</TableCell>
              <TableCell>
                {canReview(row.submission) && (
                  <>
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`${t('completeness.approve')} ${row.name}`}
                      onClick={() => void review(row, 'approved')}
                    >
                      {t('completeness.approve')}
                    </Button>{' '}
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`${t('completeness.return')} ${row.name}`}
                      onClick={() => setReturning(row)}
                    >
                      {t('completeness.return')}
                    </Button>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog
        open={returning !== undefined}
        onOpenChange={(_, d) => !d.open && setReturning(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {t('completeness.returnFor', { name: returning?.name ?? '' })}
            </DialogTitle>
            <DialogContent>
              <Field label={t('completeness.comment')} required>
                <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy || comment.trim() === ''}
                onClick={() => returning && void review(returning, 'returned', comment)}
              >
                {t('completeness.confirmReturn')}
              </Button>
              <Button onClick={() => setReturning(undefined)}>{t('completeness.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
