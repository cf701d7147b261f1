import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type RecordFields } from '../../../domain/labels';
import { projectSchema, type Partner, type Project } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useSaveProject } from '../../data/hooks';
import {
  CheckField,
  EnumChecksField,
  EnumField,
  OptionsField,
  TextField,
} from '../../components/fields';
import { FormSection, Wide } from '../../components/FormSection';
import { GoodExampleFields } from '../../components/good-example';
import { formFieldRenderers } from '../../components/formFields';
import { CountryField } from '../../components/CountryField';
import { RecordFormFrame } from '../../components/RecordFormFrame';
import { useLocale } from '../../components/useLocale';
import { useRecordForm, type RecordFormSpec } from '../../components/useRecordForm';

type ProjectField = RecordFields['project'];

/** How the project form maps to the schema: which inputs are numbers and which are text. */
export const projectFormSpec: RecordFormSpec<typeof projectSchema> = {
  kind: 'project',
  // The form also holds the good-example rule the domain schema lacks (summary when flagged).
  schema: projectSchema,
  numberFields: [
    'appliedAmount',
    'grantedAmount',
    'ownContributionCash',
    'ownContributionInKind',
    'totalBudget',
  ],
  textFields: [
    'title',
    'programmeDetail',
    'description',
    'applicationSubmitted',
    'decisionDate',
    'startDate',
    'endDate',
    'appliedAmount',
    'grantedAmount',
    'ownContributionCash',
    'ownContributionInKind',
    'totalBudget',
    'expectedResults',
    'achievedResults',
    'decisionBody',
    'registrationNumber',
    'contactPerson',
    'goodExampleSummary',
  ],
};

const useStyles = makeStyles({
  partner: {
    display: 'grid',
    gridTemplateColumns: '2fr 1fr 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Props: the project (undefined = new), where the user may write, and what to do after. */
export interface ProjectFormProps {
  project: Project | undefined;
  writable: string[];
  onClose: () => void;
  onSaved: (project: Project) => void;
}

/** The create/edit form with every Project field, grouped as the strategy's report reads them. */
export function ProjectForm({ project, writable, onClose, onSaved }: ProjectFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const data = useGraph();
  const { save } = useSaveProject();
  const readOnly = project !== undefined && !writable.includes(project.administrationId);
  const form = useRecordForm(projectFormSpec, {
    record: project,
    user: data.user,
    blank: () => ({
      administrationId: writable[0] ?? '',
      kind: 'eu',
      status: 'planned',
      programme: 'interreg',
      role: 'partner',
      currency: 'SEK',
      partners: [],
      withLinnaeusUniversity: false,
      withBusiness: false,
      sustainability: [],
      strategyMeans: [],
    }),
    save,
    onSaved,
  });
  // Enum, boolean and array inputs always hold a value (the blank record sets them all).
  const v = form.values as { [K in keyof Project]-?: NonNullable<Project[K]> };
  const name = (field: string) => fieldLabel(locale, 'project', field as ProjectField);
  const { text, area } = formFieldRenderers<ProjectField>(form, name, {
    readOnly,
    required: ['title'],
  });
  const partners = (form.values.partners as Partner[] | undefined) ?? [];
  const setPartner = (index: number, patch: Partial<Partner>) =>
    form.setField(
      'partners',
      partners.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );
  const adminOptions = data.organisation.administrations
    .filter((a) => writable.includes(a.id) || a.id === project?.administrationId)
    .map((a) => ({ value: a.id, text: a.name }));

  return (
    <RecordFormFrame
      form={form}
      title={project ? `${t('projects.edit')}: ${project.title}` : t('projects.new')}
      readOnly={readOnly}
      fieldName={name}
      onClose={onClose}
    >
      <FormSection title={t('projects.groups.basics')}>
        <OptionsField
          label={name('administrationId')}
          value={v.administrationId}
          options={adminOptions}
          onChange={(value) => form.setField('administrationId', value)}
          error={form.errors.administrationId}
          disabled={readOnly || project !== undefined}
        />
        {text('title')}
        <EnumField
          group="projectKind"
          label={name('kind')}
          value={v.kind}
          onChange={(x) => form.setField('kind', x)}
          disabled={readOnly}
        />
        <EnumField
          group="projectStatus"
          label={name('status')}
          value={v.status}
          onChange={(x) => form.setField('status', x)}
          disabled={readOnly}
          error={form.errors.status}
        />
        {text('contactPerson')}
        {area('description')}
      </FormSection>
      <FormSection title={t('projects.groups.programme')}>
        <EnumField
          group="programme"
          label={name('programme')}
          value={v.programme}
          onChange={(x) => form.setField('programme', x)}
          disabled={readOnly}
        />
        {text('programmeDetail')}
        <EnumField
          group="projectRole"
          label={name('role')}
          value={v.role}
          onChange={(x) => form.setField('role', x)}
          disabled={readOnly}
        />
      </FormSection>
      <FormSection title={t('projects.groups.partners')}>
        <Wide>
          {partners.map((partner, index) => (
            <div
              key={index}
              className={styles.partner}
              role="group"
              aria-label={`${name('partners')} ${index + 1}`}
            >
              <TextField
                label={fieldLabel(locale, 'partner', 'name')}
                value={partner.name}
                onChange={(value) => setPartner(index, { name: value })}
                error={form.errors[`partners[${index}].name`]}
                disabled={readOnly}
              />
              <CountryField
                label={fieldLabel(locale, 'partner', 'country')}
                value={partner.country ?? ''}
                onChange={(country) => setPartner(index, { country })}
                error={form.errors[`partners[${index}].country`]}
                disabled={readOnly}
              />
              <EnumField
                group="partnerType"
                label={fieldLabel(locale, 'partner', 'type')}
                value={partner.type}
                onChange={(type) => setPartner(index, { type })}
                disabled={readOnly}
              />
              {!readOnly && (
                <Button
                  onClick={() =>
                    form.setField(
                      'partners',
                      partners.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('common.remove')}
                </Button>
              )}
            </div>
          ))}
          {!readOnly && (
            <Button
              onClick={() =>
                form.setField('partners', [...partners, { name: '', country: '', type: 'other' }])
              }
            >
              {t('projects.addPartner')}
            </Button>
          )}
        </Wide>
        <CheckField
          label={name('withLinnaeusUniversity')}
          value={v.withLinnaeusUniversity}
          onChange={(x) => form.setField('withLinnaeusUniversity', x)}
          disabled={readOnly}
        />
        <CheckField
          label={name('withBusiness')}
          value={v.withBusiness}
          onChange={(x) => form.setField('withBusiness', x)}
          disabled={readOnly}
        />
      </FormSection>
      <FormSection title={t('projects.groups.dates')}>
        {text('applicationSubmitted', 'date')}
        {text('decisionDate', 'date')}
        {text('startDate', 'date')}
        {text('endDate', 'date')}
      </FormSection>
      <FormSection title={t('projects.groups.money')}>
        <EnumField
          group="currency"
          label={name('currency')}
          value={v.currency}
          onChange={(x) => form.setField('currency', x)}
          disabled={readOnly}
        />
        {text('appliedAmount')}
        {text('grantedAmount')}
        {text('ownContributionCash')}
        {text('ownContributionInKind')}
        {text('totalBudget')}
      </FormSection>
      <FormSection title={t('projects.groups.sustainability')}>
        <EnumChecksField
          group="sustainabilityDimension"
          label={name('sustainability')}
          value={v.sustainability}
          onChange={(x) => form.setField('sustainability', x)}
          disabled={readOnly}
        />
        <EnumChecksField
          group="strategyMean"
          label={name('strategyMeans')}
          value={v.strategyMeans}
          onChange={(x) => form.setField('strategyMeans', x)}
          disabled={readOnly}
        />
      </FormSection>
      <FormSection title={t('projects.groups.results')}>
        {area('expectedResults')}
        {area('achievedResults')}
      </FormSection>
      <FormSection title={t('projects.groups.decision')}>
        {text('decisionBody')}
        {text('registrationNumber')}
      </FormSection>
      <FormSection title={t('goodExample.group')}>
        <GoodExampleFields form={form} name={name} readOnly={readOnly} />
      </FormSection>
    </RecordFormFrame>
  );
}
