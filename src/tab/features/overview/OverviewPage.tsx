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
import { useMyAdministrations, useRecords, useReportingData, useRounds } from '../../data/hooks';
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
  const reporting = useReportingData();
  const rounds = useRounds();

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
    reporting: reporting.data,
    rounds: rounds.data,
    administrations,
    today: new Date().toISOString().slice(0, 10),
  });
  const nameOf = (id: string) =>
    data.organisation.administrations.find((a) => a.id === id)?.name ?? id;
  // The to-dos count the user's administrations: one of them narrows the list to it too.
  const scope = administrations.length === 1 ? { administrationId: administrations[0] } : {};
  const activitiesWithoutResults = model.withoutResults - model.projectsWithoutResults;
  const todo: { text: string; open: () => void }[] = [
    ...(model.projectsWithoutResults > 0
      ? [
          {
            text: t('overview.projectsWithoutResults', { count: model.projectsWithoutResults }),
            open: () => navigate('projects', { withoutResults: true, ...scope }),
          },
        ]
      : []),
    ...(activitiesWithoutResults > 0
      ? [
          {
            text: t('overview.activitiesWithoutResults', { count: activitiesWithoutResults }),
            open: () => navigate('activities', { withoutResults: true, ...scope }),
          },
        ]
      : []),
    ...(model.pastEnd > 0
      ? [
          {
            text: t('overview.pastEnd', { count: model.pastEnd }),
            open: () => navigate('projects', { pastEnd: true, ...scope }),
          },
        ]
      : []),
    ...(model.uncompensated > 0
      ? [
          {
            text: t('overview.uncompensated', { count: model.uncompensated }),
            open: () => navigate('activities', { flaggedOnly: true, ...scope }),
          },
        ]
      : []),
    ...(model.reportMissing ?? []).map((id) => ({
      text: `${t('overview.reportNotSubmitted', { year: model.reportYear })}: ${nameOf(id)}`,
      open: () => navigate('reporting'),
    })),
    ...(model.missingRates && model.missingRates.length > 0
      ? [
          {
            text: t('overview.rateMissing', {
              codes: model.missingRates.join(', '),
              year: model.reportYear,
            }),
            open: () => navigate('reporting'),
          },
        ]
      : []),
  ];

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
              {todo.map((item) => (
                <li key={item.text}>
                  <Link onClick={item.open}>{item.text}</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {/* Registering is offered only to members of an administration group (who may write). */}
        {administrations.length > 0 && (
          <Card>
            <CardHeader header={<h3>{t('overview.quickLinks')}</h3>} />
            <ul className={listStyles.list}>
              <li>
                <Link onClick={() => navigate('projects', 'new')}>{t('overview.newProject')}</Link>
              </li>
              <li>
                <Link onClick={() => navigate('activities', 'new')}>
                  {t('overview.newActivity')}
                </Link>
              </li>
              <li>
                <Link onClick={() => navigate('import')}>{t('overview.importLink')}</Link>
              </li>
            </ul>
          </Card>
        )}
        <ClosingSoonCalls scope="mine" />
      </div>
    </div>
  );
}
