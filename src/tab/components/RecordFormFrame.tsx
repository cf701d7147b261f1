import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ConflictPanel } from './ConflictPanel';
import { ErrorBar } from './ErrorBar';
import { ErrorSummary } from './ErrorSummary';
import type { useRecordForm } from './useRecordForm';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1100px',
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, margin: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  actionError: { color: tokens.colorPaletteRedForeground1 },
});

/** Props: the form state, its title, read-only state, how to name a field, and closing. */
export interface RecordFormFrameProps {
  form: ReturnType<typeof useRecordForm>;
  title: string;
  readOnly: boolean;
  fieldName: (field: string) => string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Everything around a record form's fields: the restored-draft note, the read-only note, the
 * save error (form kept), the 412 conflict with both versions, and the save/cancel buttons.
 */
export function RecordFormFrame({
  form,
  title,
  readOnly,
  fieldName,
  onClose,
  children,
}: RecordFormFrameProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hasErrors = Object.keys(form.errors).length > 0;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const saveErrorRef = useRef<HTMLDivElement>(null);
  // Bumped by a save that did not go through: focus then moves to what the user must fix.
  const [failed, setFailed] = useState<{ n: number; outcome: 'invalid' | 'failed' }>();
  useEffect(() => {
    if (!failed) return;
    const target = failed.outcome === 'invalid' ? summaryRef.current : saveErrorRef.current;
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  }, [failed]);
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit().then((outcome) => {
          if (outcome !== 'saved') setFailed((f) => ({ n: (f?.n ?? 0) + 1, outcome }));
        });
      }}
    >
      <h2 className={styles.heading}>
        {title}
        {readOnly && <Badge appearance="outline">{t('common.readOnlyBadge')}</Badge>}
      </h2>
      {readOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{t('errors.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      {form.restored && !readOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{t('common.draftRestored')}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                form.discard();
                onClose();
              }}
            >
              {t('common.discardDraft')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ErrorSummary
        ref={summaryRef}
        errors={form.errors}
        fieldName={fieldName}
        form={() => formRef.current}
      />
      {form.conflict && Object.keys(form.conflict).length > 0 ? (
        <ConflictPanel
          mine={form.mine}
          current={form.conflict}
          fieldName={fieldName}
          onReapply={form.reapply}
          onKeepCurrent={form.keepCurrent}
        />
      ) : (
        form.saveError !== undefined && (
          <div role="alert" tabIndex={-1} ref={saveErrorRef}>
            <MessageBar intent="error">
              <MessageBarBody>
                {t('errors.saveFailed', {
                  reason:
                    form.saveError instanceof Error
                      ? form.saveError.message
                      : String(form.saveError),
                })}
              </MessageBarBody>
            </MessageBar>
            <ErrorBar error={form.saveError} />
          </div>
        )
      )}
      {children}
      <div className={styles.actions}>
        {!readOnly && (
          <Button type="submit" appearance="primary" disabled={form.saving}>
            {t('common.save')}
          </Button>
        )}
        <Button
          onClick={() => {
            form.discard();
            onClose();
          }}
        >
          {readOnly ? t('common.close') : t('common.cancel')}
        </Button>
        {/* The same message next to the button, where the user's eyes are after pressing it. */}
        {(hasErrors || form.saveError !== undefined) && (
          <span className={styles.actionError}>
            {hasErrors ? t('errors.validation') : t('errors.notSaved')}
          </span>
        )}
      </div>
    </form>
  );
}
