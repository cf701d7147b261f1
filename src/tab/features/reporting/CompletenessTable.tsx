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
  Textarea,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { fieldLabel, formatDate, label, type CompletenessStatus } from '../../../domain/labels';
import { isAwaitingReview } from '../../../domain/reporting-status';
import { ErrorBar } from '../../components/ErrorBar';
import { ResponsiveTable, type ResponsiveColumn } from '../../components/ResponsiveTable';
import { useLocale } from '../../components/useLocale';
import { useReporting } from '../../data/reporting-access';
import { useReportingTranslation } from './i18n';
import { usePersonName } from './people';
import { useCommand } from './useCommand';
import { reviewDecisionInput, type CompletenessRow } from './submission-flow';

const badgeColor: Record<CompletenessStatus, BadgeProps['color']> = {
  missing: 'danger',
  draft: 'informative',
  submitted: 'brand',
  returned: 'warning',
  approved: 'success',
  changed: 'warning',
};

const useBadgeStyles = makeStyles({
  // A long status ("Ändrad efter godkännande") wraps inside its badge on a 320 px screen instead
  // of running out of it (Fluent's Badge is one line of fixed height).
  badge: {
    whiteSpace: 'normal',
    height: 'auto',
    minHeight: '20px',
    maxWidth: '100%',
    paddingBlock: tokens.spacingVerticalXXS,
    textAlign: 'start',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** A status as a coloured badge with its label (colour is never the only signal). */
export function StatusBadge({ status }: { status: CompletenessStatus }) {
  const locale = useLocale();
  const styles = useBadgeStyles();
  return (
    <Badge appearance="tint" color={badgeColor[status]} className={styles.badge}>
      {label(locale, 'completenessStatus', status)}
    </Badge>
  );
}

/**
 * The coordinator's view of the round, first on the page: every administration with its status,
 * who handed it in and when; approve or return (with a comment the contact person sees) a report
 * awaiting review, and open one administration's report below the table.
 */
export function CompletenessTable(props: {
  year: number;
  rows: CompletenessRow[];
  onChanged: () => void;
  /** The administration whose report is open below the table. */
  opened?: string | undefined;
  onOpen: (administrationId: string | undefined) => void;
}) {
  const { t } = useReportingTranslation();
  const locale = useLocale();
  const reporting = useReporting();
  const nameOf = usePersonName();
  const styles = useBadgeStyles();
  const columns: ResponsiveColumn<CompletenessRow>[] = [
    { header: fieldLabel(locale, 'submission', 'administrationId'), cell: (row) => row.name },
    {
      header: fieldLabel(locale, 'submission', 'status'),
      cell: (row) => <StatusBadge status={row.status} />,
    },
    {
      header: fieldLabel(locale, 'submission', 'submittedBy'),
      cell: (row) => nameOf(row.submission?.submittedBy) || '–',
    },
    {
      header: fieldLabel(locale, 'submission', 'submittedAt'),
      cell: (row) =>
        row.submission?.submittedAt ? formatDate(locale, row.submission.submittedAt) : '–',
    },
    {
      header: t('completeness.actions'),
      labelled: false,
      cell: (row) => (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance={props.opened === row.administrationId ? 'primary' : 'secondary'}
            aria-label={t('mine.openFor', { name: row.name })}
            aria-expanded={props.opened === row.administrationId}
            onClick={() =>
              props.onOpen(props.opened === row.administrationId ? undefined : row.administrationId)
            }
          >
            {t(props.opened === row.administrationId ? 'mine.close' : 'mine.open')}
          </Button>
          {isAwaitingReview(row.status) && (
            <>
              <Button
                size="small"
                disabled={busy}
                aria-label={`${t('completeness.approve')} ${row.name}`}
                onClick={() => void review(row, 'approved')}
              >
                {t('completeness.approve')}
              </Button>
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
        </div>
      ),
    },
  ];
  const [returning, setReturning] = useState<CompletenessRow>();
  const [comment, setComment] = useState('');
  const { run, busy, error } = useCommand();
  const [done, setDone] = useState<string>();
  const submitted = props.rows.filter(
    (r) => r.status === 'submitted' || r.status === 'approved' || r.status === 'changed',
  ).length;

  const review = async (row: CompletenessRow, decision: 'approved' | 'returned', text = '') => {
    const submission = row.submission;
    if (!submission || !isAwaitingReview(row.status)) return;
    const by = { user: reporting.user, now: new Date().toISOString() };
    const ok = await run(() =>
      reporting.saveDecision(reviewDecisionInput(submission, decision, text, by)),
    );
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
      <ResponsiveTable
        aria-label={t('completeness.heading', { year: props.year })}
        columns={columns}
        rows={props.rows}
        rowKey={(row) => row.administrationId}
      />
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
