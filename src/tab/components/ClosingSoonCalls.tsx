import { Badge, Card, CardHeader, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  callConcerns,
  daysUntilClose,
  isClosingSoon,
  isoToday,
  openCalls,
} from '../../domain/funding';
import { formatDate, label } from '../../domain/labels';
import { isForbidden } from '../../graph/errors';
import { useNavigate } from '../app/navigation';
import { useFundingAccess } from '../data/funding-access';
import { useFetchData } from '../data/useFetchData';
import { useCardListStyles } from './cardList.styles';
import { ErrorBar } from './ErrorBar';
import { useLocale } from './useLocale';

const useStyles = makeStyles({
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props: whose calls to list, and today's ISO date (tests pin it). */
export interface ClosingSoonCallsProps {
  /**
   * `mine`: calls that may concern one of the user's administrations (the overview);
   * `all`: every call (the network tab, where the whole network is followed).
   */
  scope?: 'mine' | 'all';
  today?: string;
}

/**
 * The open funding calls closing within 30 days, soonest first: title, programme, closing date
 * and days left, with a link to the funding page. Shared by the overview and the network tab
 * (features never import each other). Nothing is shown when none close soon, or to a reader
 * outside the network, who may not read the calls on the network site.
 */
export function ClosingSoonCalls({ scope = 'mine', today = isoToday() }: ClosingSoonCallsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const listStyles = useCardListStyles();
  const locale = useLocale();
  const navigate = useNavigate();
  const access = useFundingAccess();
  const state = useFetchData(async () => {
    const [calls, mine] = await Promise.all([
      access.calls().then((r) => r.list()),
      scope === 'mine' ? access.myAdministrations() : Promise.resolve([]),
    ]);
    const concerning = calls.filter(
      (c) => mine.length === 0 || mine.some((id) => callConcerns(c, id)),
    );
    return openCalls(concerning, today).filter((c) => isClosingSoon(c, today));
  }, `${access.user}:closing-soon:${scope}:${today}`);
  if (state.error !== undefined)
    return isForbidden(state.error) ? null : <ErrorBar error={state.error} />;
  if (!state.data || state.data.length === 0) return null;
  return (
    <Card role="region" aria-label={t('closingSoon.heading')}>
      {/* A heading like the sibling cards of the overview and the network tab. */}
      <CardHeader header={<h3>{t('closingSoon.heading')}</h3>} />
      <ul className={listStyles.list}>
        {state.data.map((call) => {
          const days = daysUntilClose(call, today);
          return (
            <li key={call.id ?? call.title}>
              <span className={styles.item}>
                {t('closingSoon.item', {
                  title: call.title,
                  programme: call.programmeDetail ?? label(locale, 'programme', call.programme),
                  date: formatDate(locale, call.closes),
                })}
                <Badge appearance="tint" color={days <= 7 ? 'danger' : 'warning'}>
                  {days === 0
                    ? t('closingSoon.closesToday')
                    : t('closingSoon.daysLeft', { count: days })}
                </Badge>
              </span>
            </li>
          );
        })}
      </ul>
      <Link onClick={() => navigate('funding')}>{t('closingSoon.showAll')}</Link>
    </Card>
  );
}
