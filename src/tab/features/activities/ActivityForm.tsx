import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type RecordFields } from '../../../domain/labels';
import { activitySchema, type Activity, type TravelMode } from '../../../domain/records';
import { estimateCo2eKg } from '../../../domain/travel';
import { useGraph } from '../../data/DataContext';
import { useSaveActivity } from '../../data/hooks';
import { FormSection, Wide } from '../../components/FormSection';
import { GoodExampleFields } from '../../components/good-example';
import { administrationChoices, formFieldRenderers } from '../../components/formFields';
import { RecordFormFrame } from '../../components/RecordFormFrame';
import { useLocale } from '../../components/useLocale';
import { recordFormSpec, useRecordForm } from '../../components/useRecordForm';
import { FlightWarning } from './FlightFlag';
import { CountryField } from '../../components/CountryField';

type ActivityField = RecordFields['activity'];

/**
 * The activity form's inputs, read from the schema. The form also holds the good-example rule the
 * domain schema lacks (summary when flagged).
 */
export const activityFormSpec = recordFormSpec('activity', activitySchema);

/** Modes worth a nudge towards a digital meeting or the train. */
const nudgeModes: readonly TravelMode[] = ['flight', 'car'];

/** Props: the activity (undefined = new), where the user may write, and what to do after. */
export interface ActivityFormProps {
  activity: Activity | undefined;
  writable: string[];
  onClose: () => void;
  onSaved: (activity: Activity) => void;
}

/** The create/edit form for other international work, with travel and its CO2e estimate. */
export function ActivityForm({ activity, writable, onClose, onSaved }: ActivityFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useGraph();
  const { save } = useSaveActivity();
  const readOnly = activity !== undefined && !writable.includes(activity.administrationId);
  const form = useRecordForm(activityFormSpec, {
    record: activity,
    user: data.user,
    blank: () => ({
      administrationId: writable[0] ?? '',
      type: 'conference',
      startDate: '',
      participants: '1',
      digital: false,
      travelMode: 'none',
      climateCompensated: false,
    }),
    // The stored CO2e is the estimate at save time, so the yearly report stays stable.
    save: (input, existing) =>
      save(
        {
          ...input,
          co2eKg: estimateCo2eKg({
            travelMode: input.travelMode,
            distanceKm: input.distanceKm,
            participants: input.participants,
          }),
        },
        existing,
      ),
    onSaved,
  });
  const v = form.values as { [K in keyof Activity]-?: NonNullable<Activity[K]> };
  const name = (field: string) => fieldLabel(locale, 'activity', field as ActivityField);
  const { text, area, choice, check, administration } = formFieldRenderers<ActivityField>(
    form,
    name,
    {
      readOnly,
      required: ['title', 'startDate'],
    },
  );
  const co2 = estimateCo2eKg({
    travelMode: v.travelMode,
    distanceKm: Number(String(form.values.distanceKm ?? '').replace(',', '.')) || undefined,
    participants: Number(form.values.participants) || 0,
  });
  const administrations = administrationChoices(
    data.organisation.administrations,
    writable,
    activity?.administrationId,
  );

  return (
    <RecordFormFrame
      form={form}
      title={activity ? `${t('activities.edit')}: ${activity.title}` : t('activities.new')}
      readOnly={readOnly}
      fieldName={name}
      onClose={onClose}
    >
      <FormSection title={t('activities.groups.basics')}>
        {administration('administrationId', administrations, activity !== undefined)}
        {text('title')}
        {choice('type', 'activityType')}
        {text('startDate', 'date')}
        {text('endDate', 'date')}
        {text('place')}
        <CountryField
          label={name('country')}
          value={(form.values.country as string | undefined) ?? ''}
          onChange={(country) => form.setField('country', country)}
          error={form.errors.country}
          disabled={readOnly}
        />
        {text('organiser')}
        {text('participants', 'number')}
      </FormSection>
      <FormSection title={t('activities.groups.travel')}>
        {nudgeModes.includes(v.travelMode) && (
          <Wide>
            <MessageBar intent="info">
              <MessageBarBody>{t('activities.nudge')}</MessageBarBody>
            </MessageBar>
          </Wide>
        )}
        {check('digital')}
        {choice('travelMode', 'travelMode')}
        {text('distanceKm')}
        <Wide>
          <p aria-live="polite">{t('activities.co2', { kg: Math.round(co2) })}</p>
        </Wide>
        {check('climateCompensated')}
        {text('compensationReference')}
        <Wide>
          <FlightWarning
            activity={{ travelMode: v.travelMode, climateCompensated: v.climateCompensated }}
          />
        </Wide>
      </FormSection>
      <FormSection title={t('activities.groups.results')}>
        {area('results')}
        {area('lessons')}
      </FormSection>
      <FormSection title={t('goodExample.group')}>
        <GoodExampleFields form={form} name={name} readOnly={readOnly} />
      </FormSection>
    </RecordFormFrame>
  );
}
