import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  countryName,
  fieldLabel,
  formatAmount,
  formatDate,
  label,
  type LabelGroups,
} from '../../../domain/labels';
import { useGraph } from '../../data/DataContext';
import type { Project } from '../../../domain/records';
import { useProjectVersions } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { GoodExampleBadge } from '../../components/good-example';
import { useLocale } from '../../components/useLocale';
import { LifecycleButtons } from './LifecycleButtons';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '1000px',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  pair: { display: 'contents' },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** Props: the project, whether the user may change it, and the navigation callbacks. */
export interface ProjectDetailProps {
  project: Project;
  writable: boolean;
  onEdit: () => void;
  onBack: () => void;
  onSaved: (p: Project) => void;
}

/** One project: its facts, the lifecycle buttons (when writable) and its version history. */
export function ProjectDetail({ project, writable, onEdit, onBack, onSaved }: ProjectDetailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const { organisation } = useGraph();
  const administrationName = (id: string) =>
    organisation.administrations.find((a) => a.id === id)?.name ?? id;
  const f = (field: Parameters<typeof fieldLabel<'project'>>[2]) =>
    fieldLabel(locale, 'project', field);
  const money = (amount: number | undefined) =>
    amount === undefined ? undefined : formatAmount(locale, amount, project.currency);
  const list = <G extends 'sustainabilityDimension' | 'strategyMean'>(
    group: G,
    codes: readonly LabelGroups[G][],
  ) => codes.map((code) => label(locale, group, code)).join(', ');
  const yes = (on: boolean) => (on ? t('common.yes') : undefined);
  // Every field the record has, in the form's order; empty ones are left out.
  const facts: [string, string | undefined][] = [
    [f('administrationId'), administrationName(project.administrationId)],
    [f('status'), label(locale, 'projectStatus', project.status)],
    [f('kind'), label(locale, 'projectKind', project.kind)],
    [f('contactPerson'), project.contactPerson],
    [f('description'), project.description],
    [
      f('programme'),
      label(locale, 'programme', project.programme) +
        (project.programmeDetail ? ` – ${project.programmeDetail}` : ''),
    ],
    [f('role'), label(locale, 'projectRole', project.role)],
    [
      f('partners'),
      project.partners
        .map((p) => (p.country ? `${p.name} (${countryName(locale, p.country)})` : p.name))
        .join(', '),
    ],
    [f('withLinnaeusUniversity'), yes(project.withLinnaeusUniversity)],
    [f('withBusiness'), yes(project.withBusiness)],
    [
      f('applicationSubmitted'),
      project.applicationSubmitted && formatDate(locale, project.applicationSubmitted),
    ],
    [f('decisionDate'), project.decisionDate && formatDate(locale, project.decisionDate)],
    [f('startDate'), project.startDate && formatDate(locale, project.startDate)],
    [f('endDate'), project.endDate && formatDate(locale, project.endDate)],
    [f('appliedAmount'), money(project.appliedAmount)],
    [f('grantedAmount'), money(project.grantedAmount)],
    [f('ownContributionCash'), money(project.ownContributionCash)],
    [f('ownContributionInKind'), money(project.ownContributionInKind)],
    [f('totalBudget'), money(project.totalBudget)],
    [f('sustainability'), list('sustainabilityDimension', project.sustainability)],
    [f('strategyMeans'), list('strategyMean', project.strategyMeans)],
    [f('expectedResults'), project.expectedResults],
    [f('achievedResults'), project.achievedResults],
    [f('decisionBody'), project.decisionBody],
    [f('registrationNumber'), project.registrationNumber],
    [f('goodExampleSummary'), project.goodExample ? project.goodExampleSummary : undefined],
  ];
  return (
    <article className={styles.root} aria-labelledby="project-title">
      <h2 id="project-title">{project.title}</h2>
      {!writable && <Badge appearance="outline">{t('common.readOnlyBadge')}</Badge>}
      <GoodExampleBadge record={project} />
      <dl className={styles.facts}>
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
      </dl>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onEdit}>
          {writable ? t('common.edit') : t('common.details')}
        </Button>
        <Button onClick={onBack}>{t('common.close')}</Button>
      </div>
      {writable && <LifecycleButtons project={project} onSaved={onSaved} />}
      <VersionHistory project={project} />
    </article>
  );
}

function VersionHistory({ project }: { project: Project }) {
  const { t } = useTranslation();
  // SharePoint names every app-only write "SharePoint App"; here that is this app's own work
  // (the bot, an import, the sample data), named as the app.
  const authorName = (name: string) =>
    name === 'SharePoint App' ? t('common.appAuthor', { app: t('app.title') }) : name;
  const locale = useLocale();
  const versions = useProjectVersions(project);
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('common.history')}</h3>
      {versions.error !== undefined && <ErrorBar error={versions.error} />}
      {versions.data && versions.data.length === 0 && <p>{t('common.noHistory')}</p>}
      <ol>
        {(versions.data ?? []).map((v) => (
          <li key={v.versionId}>
            {t('common.version', { n: v.versionId })}
            {v.modifiedAt ? ` · ${formatDate(locale, v.modifiedAt)}` : ''}
            {v.modifiedBy ? ` · ${authorName(v.modifiedBy)}` : ''}
            {v.record ? ` · ${label(locale, 'projectStatus', v.record.status)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
