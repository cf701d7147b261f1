import { useNetworkTranslation } from './i18n';
import { fieldLabel, type RecordFields } from '../../../domain/labels';
import {
  contactPersonSchema,
  networkMembershipSchema,
  type ContactPerson,
  type NetworkMembership,
} from '../../../domain/records';
import { FormSection } from '../../components/FormSection';
import { formFieldRenderers } from '../../components/formFields';
import { RecordFormFrame } from '../../components/RecordFormFrame';
import { saveWith } from '../../components/save-with';
import { useLocale } from '../../components/useLocale';
import { useRecordForm, type RecordFormSpec } from '../../components/useRecordForm';
import { useNetworkAccess } from '../../data/network-access';

/** How the contact-person form maps to the schema. */
export const contactPersonFormSpec: RecordFormSpec<typeof contactPersonSchema> = {
  kind: 'contactPerson',
  schema: contactPersonSchema,
  numberFields: [],
  textFields: ['contactUpn', 'contactName', 'deputyUpn', 'deputyName'],
};

/** How the network-membership form maps to the schema. */
export const membershipFormSpec: RecordFormSpec<typeof networkMembershipSchema> = {
  kind: 'networkMembership',
  schema: networkMembershipSchema,
  numberFields: ['annualFee'],
  textFields: ['name', 'url', 'since', 'until', 'annualFee', 'notes'],
};

/** Props of a network record form: the record (undefined = new) and what to do after. */
interface FormProps<T> {
  record: T | undefined;
  onClose: () => void;
  onSaved: (saved: T) => void;
}

/** The coordinator's form for an administration's contact person and deputy. */
export function ContactPersonForm({
  record,
  administrationId,
  administrationName,
  onClose,
  onSaved,
}: FormProps<ContactPerson> & { administrationId: string; administrationName: string }) {
  const { t } = useNetworkTranslation();
  const locale = useLocale();
  const access = useNetworkAccess();
  const form = useRecordForm(contactPersonFormSpec, {
    record,
    user: access.user,
    blank: () => ({ administrationId }),
    save: saveWith(() => access.contactPersons()),
    onSaved,
  });
  const name = (field: RecordFields['contactPerson']) => fieldLabel(locale, 'contactPerson', field);
  const fields = formFieldRenderers<RecordFields['contactPerson']>(form, name, {
    readOnly: false,
    required: ['contactUpn'],
  });
  return (
    <RecordFormFrame
      form={form}
      title={t(record ? 'editContact' : 'appoint', { name: administrationName })}
      readOnly={false}
      fieldName={(f) => name(f as RecordFields['contactPerson'])}
      onClose={onClose}
    >
      <FormSection title={t('contact')}>
        {fields.text('contactUpn')}
        {fields.text('contactName')}
      </FormSection>
      <FormSection title={t('deputy')}>
        {fields.text('deputyUpn')}
        {fields.text('deputyName')}
      </FormSection>
    </RecordFormFrame>
  );
}

/** The coordinator's form for a membership in an international network. */
export function MembershipForm({ record, onClose, onSaved }: FormProps<NetworkMembership>) {
  const { t } = useNetworkTranslation();
  const locale = useLocale();
  const access = useNetworkAccess();
  const form = useRecordForm(membershipFormSpec, {
    record,
    user: access.user,
    blank: () => ({ currency: 'SEK' }),
    save: saveWith(() => access.memberships()),
    onSaved,
  });
  const name = (field: RecordFields['networkMembership']) =>
    fieldLabel(locale, 'networkMembership', field);
  const fields = formFieldRenderers<RecordFields['networkMembership']>(form, name, {
    readOnly: false,
    required: ['name'],
  });
  return (
    <RecordFormFrame
      form={form}
      title={record ? t('editMembership', { name: record.name }) : t('newMembership')}
      readOnly={false}
      fieldName={(f) => name(f as RecordFields['networkMembership'])}
      onClose={onClose}
    >
      <FormSection title={t('memberships')}>
        {fields.text('name')}
        {fields.text('url')}
        {fields.text('since', 'date')}
        {fields.text('until', 'date')}
        {fields.text('annualFee', 'number')}
        {fields.area('notes')}
      </FormSection>
    </RecordFormFrame>
  );
}
