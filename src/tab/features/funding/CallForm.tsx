import { fundingCallSchema, type FundingCall } from '../../../domain/funding';
import { EnumField } from '../../components/fields';
import { FormSection, Wide } from '../../components/FormSection';
import { formFieldRenderers } from '../../components/formFields';
import { OptionChecksField, TagsField } from '../../components/multiFields';
import { RecordFormFrame } from '../../components/RecordFormFrame';
import { saveWith } from '../../components/save-with';
import { useRecordForm, type RecordFormSpec } from '../../components/useRecordForm';
import { useGraph } from '../../data/DataContext';
import { useFundingAccess } from '../../data/funding-access';
import { useFundingTranslation } from './i18n';
import { fieldLabel } from '../../../domain/labels';
import { useLocale } from '../../components/useLocale';

/** The call's fields in the form (named by the domain's labels, `fieldLabel(locale, 'fundingCall', …)`). */
export type CallField =
  | 'title'
  | 'programme'
  | 'programmeDetail'
  | 'url'
  | 'opens'
  | 'closes'
  | 'themes'
  | 'administrationIds'
  | 'coFinancingRate'
  | 'notes';

/** How the call form maps to the schema (the closing date ≥ opening date rule included). */
export const callFormSpec: RecordFormSpec<typeof fundingCallSchema> = {
  kind: 'fundingCall',
  schema: fundingCallSchema,
  numberFields: ['coFinancingRate'],
  textFields: ['title', 'programmeDetail', 'url', 'opens', 'closes', 'coFinancingRate', 'notes'],
};

/** Props: the call (undefined = new) and what to do after. */
export interface CallFormProps {
  call: FundingCall | undefined;
  onClose: () => void;
  onSaved: (call: FundingCall) => void;
}

/**
 * The coordinator's form for a funding call on the network site: validated with the domain
 * schema (the field is named), kept as a draft across reloads, saved with the eTag it was
 * opened with so a concurrent edit shows the conflict panel, and kept when a save fails.
 */
export function CallForm({ call, onClose, onSaved }: CallFormProps) {
  const { t } = useFundingTranslation();
  const locale = useLocale();
  const access = useFundingAccess();
  const { organisation } = useGraph();
  const form = useRecordForm(callFormSpec, {
    record: call,
    user: access.user,
    blank: () => ({ programme: 'interreg', themes: [], administrationIds: [] }),
    save: saveWith(() => access.calls()),
    onSaved,
  });
  const name = (field: CallField) => fieldLabel(locale, 'fundingCall', field);
  const fields = formFieldRenderers<CallField>(form, name, {
    readOnly: false,
    required: ['title', 'closes'],
  });
  const list = (field: 'themes' | 'administrationIds') =>
    (form.values[field] as string[] | undefined) ?? [];
  return (
    <RecordFormFrame
      form={form}
      title={call ? t('editCall', { title: call.title }) : t('newCall')}
      readOnly={false}
      fieldName={(f) => name(f as CallField)}
      onClose={onClose}
    >
      <FormSection title={t('groups.call')}>
        <EnumField
          group="programme"
          label={name('programme')}
          value={(form.values.programme as FundingCall['programme'] | undefined) ?? 'interreg'}
          onChange={(x) => form.setField('programme', x)}
          error={form.errors.programme}
          required
        />
        {fields.text('programmeDetail')}
        {fields.text('title')}
        {fields.text('url')}
        {fields.text('opens', 'date')}
        {fields.text('closes', 'date')}
        {fields.text('coFinancingRate', 'number')}
      </FormSection>
      <FormSection title={t('groups.scope')}>
        <Wide>
          <TagsField
            label={name('themes')}
            value={list('themes')}
            onChange={(x) => form.setField('themes', x)}
            addLabel={t('addTheme')}
            removeLabel={(theme) => t('removeTheme', { theme })}
            error={form.errors.themes}
          />
        </Wide>
        <Wide>
          <OptionChecksField
            label={name('administrationIds')}
            hint={t('noneMeansAll')}
            value={list('administrationIds')}
            onChange={(x) => form.setField('administrationIds', x)}
            options={organisation.administrations.map((a) => ({ value: a.id, text: a.name }))}
            error={form.errors.administrationIds}
          />
        </Wide>
        {fields.area('notes')}
      </FormSection>
    </RecordFormFrame>
  );
}
