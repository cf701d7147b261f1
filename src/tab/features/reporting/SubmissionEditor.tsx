import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fieldLabel, formatDate } from '../../../domain/labels';
import type { ReportModel } from '../../../domain/report-model';
import type { Submission } from '../../../domain/records';
import { isEditable, type ReportingState } from '../../../domain/reporting-status';
import { ConflictError } from '../../../graph/errors';
import { classifyError } from '../../data/errors';
import { ErrorBar } from '../../components/ErrorBar';
import { draftKey, useDraft } from '../../components/useDraft';
import { useLocale } from '../../components/useLocale';
import { useReporting } from '../../data/reporting-access';
import { ChangesSinceSubmission } from './ChangesSinceSubmission';
import { useReportingTranslation } from './i18n';
import { KeyFiguresTable } from './KeyFiguresTable';
import { usePersonName } from './people';
import { changesSinceFrozen, draftInput, submittedInput, type Narratives } from './submission-flow';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  narrative: { whiteSpace: 'pre-wrap' },
});

/** Props: one administration's report for the year and its live figures. */
export interface SubmissionEditorProps {
  administrationId: string;
  name: string;
  year: number;
  /** The administration's status for the year (`reportingStatusOf`) with its submission and decision. */
  state: ReportingState;
  live: ReportModel;
  /** False when no round is open for the year: the draft may be written, not submitted. */
  roundOpen: boolean;
  onSaved: () => void;
}

const narrativesOf = (s: Submission | undefined): Narratives => ({
  otherWorkNarrative: s?.otherWorkNarrative ?? '',
  resultsNarrative: s?.resultsNarrative ?? '',
});

/**
 * An administration's yearly report, for every member of its group (a deputy or a new contact
 * person finishes or resubmits what another started): live figures, the two narratives (kept in a
 * local draft on every keystroke, so a refused or failed save loses nothing, even over a reload;
 * saved with the eTag they started from) and "submit", which freezes the report. After submission
 * it shows the frozen figures, the coordinator's decision and later changes.
 */
export function SubmissionEditor(props: SubmissionEditorProps) {
  const { submission, status } = props.state;
  if (!submission || isEditable(status)) return <EditableSubmission {...props} />;
  return <FrozenSubmission {...props} submission={submission} />;
}

function EditableSubmission(props: SubmissionEditorProps) {
  const { t } = useReportingTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const reporting = useReporting();
  const submission = props.state.submission;
  const key = draftKey('submission', `${props.administrationId}-${props.year}`, reporting.user);
  const { draft, restored, update, clear } = useDraft<Narratives>(key, () => ({
    values: narrativesOf(submission),
    ...(submission?.etag ? { etag: submission.etag } : {}),
  }));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<Submission>();
  const [saved, setSaved] = useState(false);
  // What this editor last stored: a second save before the page reloads must update, not create.
  const [stored, setStored] = useState<Submission>();
  const current = stored ?? submission;

  const write = async (kind: 'save' | 'submit', base: Submission | undefined, etag?: string) => {
    setSaving(true);
    setError(undefined);
    setSaved(false);
    try {
      const input =
        kind === 'save'
          ? draftInput(props.administrationId, props.year, draft.values, base)
          : submittedInput(
              props.administrationId,
              props.year,
              draft.values,
              props.live,
              { user: reporting.user, now: new Date().toISOString() },
              base,
            );
      const result = await reporting.saveSubmission(input, { id: base?.id, etag });
      setStored(result);
      // The next save starts from the stored version; the local copy is no longer needed.
      update({ values: draft.values, ...(result.etag ? { etag: result.etag } : {}) });
      clear();
      setConflict(undefined);
      setSaved(true);
      props.onSaved();
    } catch (e) {
      // The typed text stays in the fields (and the local draft): nothing is lost on a conflict.
      if (e instanceof ConflictError) setConflict(e.current as Submission | undefined);
      else setError(e);
    } finally {
      setSaving(false);
    }
  };
  const change = (field: keyof Narratives, value: string) =>
    update({ ...draft, values: { ...draft.values, [field]: value } });

  return (
    <div className={styles.editor}>
      {props.state.status === 'returned' && <ReviewNote state={props.state} />}
      {restored && (
        <MessageBar intent="info">
          <MessageBarBody>{t('mine.restored')}</MessageBarBody>
        </MessageBar>
      )}
      <KeyFiguresTable
        caption={t('mine.figures', { year: props.year })}
        figures={props.live.keyFigures}
      />
      <Field
        label={fieldLabel(locale, 'submission', 'otherWorkNarrative')}
        hint={t('mine.otherWorkHint')}
      >
        <Textarea
          resize="vertical"
          rows={5}
          value={draft.values.otherWorkNarrative}
          onChange={(_, d) => change('otherWorkNarrative', d.value)}
        />
      </Field>
      <Field label={fieldLabel(locale, 'submission', 'resultsNarrative')}>
        <Textarea
          resize="vertical"
          rows={5}
          value={draft.values.resultsNarrative}
          onChange={(_, d) => change('resultsNarrative', d.value)}
        />
      </Field>
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('mine.conflict')}</MessageBarTitle>
            {t('mine.conflictBody')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void write('save', conflict, conflict.etag)}>
              {t('mine.keepMine')}
            </Button>
            <Button
              onClick={() => {
                clear();
                setConflict(undefined);
                props.onSaved();
              }}
            >
              {t('mine.takeTheirs')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {error !== undefined && classifyError(error) === 'forbidden' ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('mine.refusedTitle')}</MessageBarTitle>
            {t('mine.refused', { name: props.name })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        error !== undefined && <ErrorBar error={error} />
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('mine.saved')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button disabled={saving} onClick={() => void write('save', current, draft.etag)}>
          {t('mine.save')}
        </Button>
        <Button
          appearance="primary"
          disabled={saving || !props.roundOpen}
          onClick={() => void write('submit', current, draft.etag)}
        >
          {t('mine.submit')}
        </Button>
      </div>
    </div>
  );
}

/** The coordinator's decision as the administration reads it: returned, approved or changed since. */
function ReviewNote({ state }: { state: ReportingState }) {
  const { t } = useReportingTranslation();
  const nameOf = usePersonName();
  const { decision, status } = state;
  if (!decision) return null;
  const title =
    status === 'returned'
      ? 'mine.returnedTitle'
      : status === 'changed'
        ? 'mine.changedTitle'
        : 'mine.approvedTitle';
  return (
    <MessageBar intent={status === 'approved' ? 'success' : 'warning'}>
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        {decision.comment
          ? t('mine.commentBy', { who: nameOf(decision.decidedBy), comment: decision.comment })
          : t('mine.noComment')}
      </MessageBarBody>
    </MessageBar>
  );
}

function FrozenSubmission(props: SubmissionEditorProps & { submission: Submission }) {
  const { t } = useReportingTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const { submission } = props;
  const frozen = changesSinceFrozen(submission, props.live);
  const when = submission.submittedAt ? formatDate(locale, submission.submittedAt) : '';
  return (
    <div className={styles.editor}>
      {props.state.status === 'approved' || props.state.status === 'changed' ? (
        <ReviewNote state={props.state} />
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>{t('mine.submitted')}</MessageBarBody>
        </MessageBar>
      )}
      <KeyFiguresTable
        caption={t('mine.frozenFigures', { when })}
        figures={(frozen?.frozen ?? props.live).keyFigures}
      />
      <h4>{fieldLabel(locale, 'submission', 'otherWorkNarrative')}</h4>
      <p className={styles.narrative}>{submission.otherWorkNarrative ?? '–'}</p>
      <h4>{fieldLabel(locale, 'submission', 'resultsNarrative')}</h4>
      <p className={styles.narrative}>{submission.resultsNarrative ?? '–'}</p>
      {frozen && (
        <section aria-label={t('mine.changesTitle')}>
          <h4>{t('mine.changesCount', { count: frozen.changes.length })}</h4>
          <ChangesSinceSubmission changes={frozen.changes} />
        </section>
      )}
    </div>
  );
}
