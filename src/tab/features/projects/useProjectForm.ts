import { fieldLabel, type RecordFields } from '../../../domain/labels';
import { projectSchema, type Project } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useSaveProject } from '../../data/hooks';
import { administrationChoices, formFieldRenderers } from '../../components/formFields';
import { useLocale } from '../../components/useLocale';
import { recordFormSpec, useRecordForm } from '../../components/useRecordForm';

export type ProjectField = RecordFields['project'];

/**
 * The project form's inputs, read from the schema. The form also holds the good-example rule the
 * domain schema lacks (summary when flagged).
 */
export const projectFormSpec = recordFormSpec('project', projectSchema);

/** What a new project starts as: every select, checkbox and list holds a value. */
const blankProject = (administrationId: string) => ({
  administrationId,
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
});

/**
 * The state of the project form (the `use<Page>` half; `ProjectForm` renders it): the record form,
 * whether the user may only read, the field names in the user's language, the bound renderers and
 * the administrations to choose from.
 */
export function useProjectForm({
  project,
  writable,
  onSaved,
}: {
  project: Project | undefined;
  writable: string[];
  onSaved: (project: Project) => void;
}) {
  const locale = useLocale();
  const data = useGraph();
  const { save } = useSaveProject();
  const readOnly = project !== undefined && !writable.includes(project.administrationId);
  const form = useRecordForm(projectFormSpec, {
    record: project,
    user: data.user,
    blank: () => blankProject(writable[0] ?? ''),
    save,
    onSaved,
  });
  const name = (field: string) => fieldLabel(locale, 'project', field as ProjectField);
  return {
    form,
    readOnly,
    name,
    fields: formFieldRenderers<ProjectField>(form, name, { readOnly, required: ['title'] }),
    administrations: administrationChoices(
      data.organisation.administrations,
      writable,
      project?.administrationId,
    ),
  };
}
