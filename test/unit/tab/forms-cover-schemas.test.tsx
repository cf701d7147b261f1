// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldLabel, type RecordType } from '../../../src/domain/labels';
import { activitySchema, projectSchema } from '../../../src/domain/records';
import { ActivityForm } from '../../../src/tab/features/activities/ActivityForm';
import { ProjectForm } from '../../../src/tab/features/projects/ProjectForm';
import './dom-setup';
import { aProject, fakeData, renderTab } from './support';

/**
 * Every field of a record schema is either a control of its form (found by its label from the
 * domain's label table) or named here as deliberately not in the form, with the reason. The
 * fields are read from the schema, so a field added to it fails here until it gets a control or
 * an entry.
 */

/** Fields SharePoint keeps itself: the item id, eTag and the created/modified data. */
const STORED = new Set(['id', 'etag', 'createdAt', 'modifiedAt', 'modifiedBy']);

const NOT_IN_FORM: Record<'project' | 'activity', Record<string, string>> = {
  project: {
    callId: 'set when an administration answers a funding call with "we apply"',
  },
  activity: {
    co2eKg:
      'computed from travel mode, distance and participants when saved (shown as an estimate)',
    projectId: 'not editable in the tab yet: the link to a project has no control (a gap)',
  },
};

const forms = [
  [
    'project',
    projectSchema,
    () => (
      <ProjectForm
        project={undefined}
        writable={['utbildning']}
        onClose={() => {}}
        onSaved={() => {}}
      />
    ),
  ],
  [
    'activity',
    activitySchema,
    () => (
      <ActivityForm
        activity={undefined}
        writable={['utbildning']}
        onClose={() => {}}
        onSaved={() => {}}
      />
    ),
  ],
] as const;

describe('record forms', () => {
  it.each(forms)(
    'should have a control for every %s field or say why not',
    async (type, schema, form) => {
      renderTab(form(), fakeData({ projects: [aProject({ id: '1' })] }).data);
      await screen.findAllByRole('textbox');
      // A good example's summary is asked for once the record is marked as one.
      await userEvent.click(
        screen.getByRole('checkbox', { name: fieldLabel('sv', type, 'goodExample') }),
      );
      const fields = Object.keys((schema as unknown as z.ZodObject).shape).filter(
        (f) => !STORED.has(f),
      );
      const withoutControl = fields.filter((field) => {
        const label = fieldLabel('sv', type as RecordType, field as never);
        // A required field's label ends in Fluent's asterisk.
        const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
        return (
          screen.queryAllByLabelText(name).length === 0 &&
          screen.queryAllByRole('group', { name }).length === 0
        );
      });
      expect(withoutControl.sort()).toEqual(Object.keys(NOT_IN_FORM[type]).sort());
    },
  );
});
