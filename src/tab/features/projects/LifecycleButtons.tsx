import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fieldLabel, label } from '../../../domain/labels';
import type { Currency, Project, ProjectStatus } from '../../../domain/records';
import { useSaveProject } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { EnumField, TextField } from '../../components/fields';
import { fromFormValues } from '../../components/form-model';
import { useLocale } from '../../components/useLocale';
import { datesNeededFor, nextStatuses, stepDates } from './lifecycle';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The status lifecycle buttons; a step that needs dates asks for them in a dialog first. */
export function LifecycleButtons({
  project,
  onSaved,
}: {
  project: Project;
  onSaved: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const { save, saving } = useSaveProject();
  const [target, setTarget] = useState<ProjectStatus>();
  const [dates, setDates] = useState<Record<string, string>>({});
  // The grant step asks what was granted, in which currency (the applied amount to start from).
  const [grant, setGrant] = useState<{ amount: string; currency: Currency }>({
    amount: '',
    currency: project.currency,
  });
  const [error, setError] = useState<unknown>();
  const today = new Date().toISOString().slice(0, 10);

  const open = (status: ProjectStatus) => {
    setTarget(status);
    setError(undefined);
    setDates(stepDates(project, status, today));
    const start = project.grantedAmount ?? project.appliedAmount;
    setGrant({ amount: start === undefined ? '' : String(start), currency: project.currency });
  };
  const confirm = async () => {
    if (!target) return;
    try {
      const { id, etag, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...input } = project;
      const granted =
        target === 'granted'
          ? {
              currency: grant.currency,
              ...fromFormValues({ grantedAmount: grant.amount }, ['grantedAmount']),
            }
          : {};
      const saved = await save(
        { ...input, ...dates, ...granted, status: target },
        { ...(id ? { id } : {}), ...(etag ? { etag } : {}) },
      );
      setTarget(undefined);
      onSaved(saved);
    } catch (e) {
      setError(e);
    }
  };
  const steps = nextStatuses(project.status);
  if (steps.length === 0) return null;
  return (
    <section aria-label={t('projects.lifecycle.heading')}>
      <h3>{t('projects.lifecycle.heading')}</h3>
      <div className={styles.row}>
        {steps.map((status) => (
          <Button key={status} onClick={() => open(status)}>
            {t('projects.lifecycle.to', { status: label(locale, 'projectStatus', status) })}
          </Button>
        ))}
      </div>
      <Dialog open={target !== undefined} onOpenChange={(_, d) => !d.open && setTarget(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {target &&
                t('projects.lifecycle.to', { status: label(locale, 'projectStatus', target) })}
            </DialogTitle>
            <DialogContent className={styles.fields}>
              {target && datesNeededFor(target).length > 0 && (
                <p>{t('projects.lifecycle.needs')}</p>
              )}
              {target &&
                datesNeededFor(target).map((field) => (
                  <TextField
                    key={field}
                    type="date"
                    label={fieldLabel(locale, 'project', field)}
                    value={dates[field] ?? ''}
                    onChange={(value) => setDates((d) => ({ ...d, [field]: value }))}
                  />
                ))}
              {target === 'granted' && (
                <>
                  <TextField
                    label={fieldLabel(locale, 'project', 'grantedAmount')}
                    value={grant.amount}
                    onChange={(amount) => setGrant((g) => ({ ...g, amount }))}
                  />
                  <EnumField
                    group="currency"
                    label={fieldLabel(locale, 'project', 'currency')}
                    value={grant.currency}
                    onChange={(currency) => setGrant((g) => ({ ...g, currency }))}
                  />
                </>
              )}
              {error !== undefined && <ErrorBar error={error} />}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={saving} onClick={() => void confirm()}>
                {t('projects.lifecycle.confirm')}
              </Button>
              <Button onClick={() => setTarget(undefined)}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
