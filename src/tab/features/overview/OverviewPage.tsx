import {
  Badge,
  Card,
  CardHeader,
  Link,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../app/navigation';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations, useRecords, useSubmissions } from '../../data/hooks';
import { useCardListStyles } from '../../components/cardList.styles';
import { ClosingSoonCalls } from '../../components/ClosingSoonCalls';
import { ErrorBar } from '../../components/ErrorBar';
import { buildOverview } from './overview-model';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  admins: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Översikt: my administrations, what is missing or late, quick links, and the funding calls
 * closing within 30 days that may concern my administrations.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const listStyles = useCardListStyles();
  const data = useGraph();
  const navigate = useNavigate();
  const records = useRecords();
  const mine = useMyAdministrations();
  const submissions = useSubmissions();

  if ((records.loading && !records.data) || (mine.loading && !mine.data)) {
    return (
      <Skeleton aria-label={t('app.loading')}>
        <SkeletonItem size={48} />
        <SkeletonItem size={48} />
      </Skeleton>
    );
  }
  const administrations = mine.data ?? [];
  const model = buildOverview({
    projects: records.data?.projects ?? [],
    activities: records.data?.activities ?? [],
    submissions: submissions.data,
    administrations,
    today: new Date().toISOString().slice(0, 10),
  });
  const nameOf = (id: string) =>
    data.organisation.administrations.find((a) => a.id === id)?.name ?? id;
  const todo = [
    model.withoutResults > 0 && t('overview.withoutResults', { count: model.withoutResults }),
    model.pastEnd > 0 && t('overview.pastEnd', { count: model.pastEnd }),
    model.uncompensated > 0 && t('overview.uncompensated', { count: model.uncompensated }),
    ...(model.reportMissing ?? []).map(
      (id) => `${t('overview.reportNotSubmitted', { year: model.reportYear })}: ${nameOf(id)}`,
    ),
  ].filter((x): x is string => typeof x === 'string');

  return (
    <div>
      <h2>{t('overview.heading')}</h2>
      {records.error !== undefined && <ErrorBar error={records.error} />}
      {mine.error !== undefined && <ErrorBar error={mine.error} />}
      <div className={styles.page}>
        <Card>
          <CardHeader header={<h3>{t('overview.myAdministrations')}</h3>} />
          {administrations.length === 0 ? (
            <p>{t('overview.noAdministrations')}</p>
          ) : (
            <div className={styles.admins}>
              {administrations.map((id) => (
                <Badge key={id} appearance="tint">
                  {nameOf(id)}
                </Badge>
              ))}
            </div>
          )}
          <p>{t('overview.counts', { projects: model.projects, activities: model.activities })}</p>
        </Card>
        <Card>
          <CardHeader header={<h3>{t('overview.missing')}</h3>} />
          {todo.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('overview.nothingMissing')}</MessageBarBody>
            </MessageBar>
          ) : (
            <ul className={listStyles.list}>
              {todo.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader header={<h3>{t('overview.quickLinks')}</h3>} />
          <ul className={listStyles.list}>
            <li>
              <Link onClick={() => navigate('projects', 'new')}>{t('overview.newProject')}</Link>
            </li>
            <li>
              <Link onClick={() => navigate('activities', 'new')}>{t('overview.newActivity')}</Link>
            </li>
            <li>
              <Link onClick={() => navigate('import')}>{t('overview.importLink')}</Link>
            </li>
          </ul>
        </Card>
        <ClosingSoonCalls scope="mine" />
      </div>
    </div>
  );
}
