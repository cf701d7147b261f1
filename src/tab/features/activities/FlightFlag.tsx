import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { needsClimateCompensation } from '../../../domain/travel';
import type { Activity } from '../../../domain/records';

type Travel = Pick<Activity, 'travelMode' | 'climateCompensated'>;

/** The badge on a flight that is not climate-compensated (nothing otherwise). */
export function FlightBadge({ activity }: { activity: Travel }) {
  const { t } = useTranslation();
  if (!needsClimateCompensation(activity)) return null;
  return (
    <Badge color="danger" appearance="filled">
      {t('activities.flightFlag')}
    </Badge>
  );
}

/** The message bar on a flight that is not climate-compensated, until it is. */
export function FlightWarning({ activity }: { activity: Travel }) {
  const { t } = useTranslation();
  if (!needsClimateCompensation(activity)) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{t('activities.flightFlag')}</MessageBarTitle>
        {t('activities.flightFlagBody')}
      </MessageBarBody>
    </MessageBar>
  );
}
