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
import type { Project, ProjectStatus } from '../../../domain/records';
import { useSaveProject } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { TextField } from '../../components/fields';
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
  const [error, setError] = useState<unknown>();
  const today = new Date().toISOString().slice(0, 10);

  const open = (status: ProjectStatus) => {
    setTarget(status);
    setError(undefined);
    setDates(stepDates(project, status, today));
  };
  const confirm = async () => {
    if (!target) return;
    try {
      const { id, etag, createdAt: _c, modifiedAt: _m, modifiedBy: _b, ...input } = project;
      const saved = await save(
        { ...input, ...dates, status: target },
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
