import { Card, CardHeader, Link, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { callConcerns, isClosingSoon, isoToday, openCalls } from '../../../domain/funding';
import { formatDate } from '../../../domain/labels';
import { useNavigate } from '../../app/navigation';
import { useLocale } from '../../components/useLocale';
import { isForbidden } from '../../../graph/errors';
import { useFundingAccess } from '../../data/funding-access';
import { useFetchData } from '../../data/useFetchData';
import { ErrorBar } from '../../components/ErrorBar';
import { registerFundingStrings } from './i18n';

/**
 * The open calls closing within 30 days that may concern one of the user's administrations, as
 * a card for the overview (rendered next to it by the shell). Nothing is shown when none close
 * soon, or when the user may not read the network site (a reader outside the network).
 */
export function ClosingSoonCalls({ today = isoToday() }: { today?: string }) {
  const { t, i18n } = useTranslation();
  registerFundingStrings(i18n);
  const locale = useLocale();
  const navigate = useNavigate();
  const access = useFundingAccess();
  const state = useFetchData(async () => {
    const [calls, mine] = await Promise.all([
      access.calls().then((r) => r.list()),
      access.myAdministrations(),
    ]);
    const concerning = calls.filter(
      (c) => mine.length === 0 || mine.some((id) => callConcerns(c, id)),
    );
    return openCalls(concerning, today).filter((c) => isClosingSoon(c, today));
  }, `${access.user}:closing-soon`);
  if (state.error !== undefined)
    return isForbidden(state.error) ? null : <ErrorBar error={state.error} />;
  if (!state.data || state.data.length === 0) return null;
  return (
    <Card role="region" aria-label={t('funding.closingSoonHeading')}>
      <CardHeader header={<Text weight="semibold">{t('funding.closingSoonHeading')}</Text>} />
      <ul>
        {state.data.map((call) => (
          <li key={call.id ?? call.title}>
            {t('funding.closingSoonItem', {
              title: call.title,
              date: formatDate(locale, call.closes),
            })}
          </li>
        ))}
      </ul>
      <Link onClick={() => navigate('funding')}>{t('funding.showAllCalls')}</Link>
    </Card>
  );
}
