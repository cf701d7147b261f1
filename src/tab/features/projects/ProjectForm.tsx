import { useTranslation } from 'react-i18next';
import type { Project } from '../../../domain/records';
import { FormSection } from '../../components/FormSection';
import { GoodExampleFields } from '../../components/good-example';
import { RecordFormFrame } from '../../components/RecordFormFrame';
import { PartnersField } from './PartnersField';
import { useProjectForm } from './useProjectForm';

export { projectFormSpec } from './useProjectForm';

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
  const { form, readOnly, name, fields, administrations } = useProjectForm({
    project,
    writable,
    onSaved,
  });
  const { text, area, choice, checks, check } = fields;

  return (
    <RecordFormFrame
      form={form}
      title={project ? `${t('projects.edit')}: ${project.title}` : t('projects.new')}
      readOnly={readOnly}
      fieldName={name}
      onClose={onClose}
    >
      <FormSection title={t('projects.groups.basics')}>
        {fields.administration('administrationId', administrations, project !== undefined)}
        {text('title')}
        {choice('kind', 'projectKind')}
        {choice('status', 'projectStatus')}
        {text('contactPerson')}
        {area('description')}
      </FormSection>
      <FormSection title={t('projects.groups.programme')}>
        {choice('programme', 'programme')}
        {text('programmeDetail')}
        {choice('role', 'projectRole')}
      </FormSection>
      <FormSection title={t('projects.groups.partners')}>
        <PartnersField form={form} label={name('partners')} readOnly={readOnly} />
        {check('withLinnaeusUniversity')}
        {check('withBusiness')}
      </FormSection>
      <FormSection title={t('projects.groups.dates')}>
        {text('applicationSubmitted', 'date')}
        {text('decisionDate', 'date')}
        {text('startDate', 'date')}
        {text('endDate', 'date')}
      </FormSection>
      <FormSection title={t('projects.groups.money')}>
        {choice('currency', 'currency')}
        {text('appliedAmount')}
        {text('grantedAmount')}
        {text('ownContributionCash')}
        {text('ownContributionInKind')}
        {text('totalBudget')}
      </FormSection>
      <FormSection title={t('projects.groups.sustainability')}>
        {checks('sustainability', 'sustainabilityDimension')}
        {checks('strategyMeans', 'strategyMean')}
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
