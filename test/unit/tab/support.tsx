import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { ConflictError, GraphError } from '../../../src/graph/errors';
import {
  projectSchema,
  activitySchema,
  type Activity,
  type ActivityInput,
  type Project,
  type ProjectInput,
  type ReportingRound,
} from '../../../src/domain/records';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { createI18n } from '../../../src/tab/i18n';
import { DataProvider } from '../../../src/tab/data/DataContext';
import type { DataAccess, RecordRepository } from '../../../src/tab/data/data-access';

/** A schema-valid project with overrides. */
export function aProject(overrides: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    administrationId: 'utbildning',
    title: 'Skolutbyte Kaunas',
    kind: 'eu',
    status: 'planned',
    programme: 'erasmus-plus',
    role: 'partner',
    ...overrides,
  });
}

/** A schema-valid activity with overrides. */
export function anActivity(overrides: Partial<ActivityInput> = {}): Activity {
  return activitySchema.parse({
    administrationId: 'utbildning',
    title: 'Eurocities årsmöte',
    type: 'conference',
    startDate: '2025-05-12',
    ...overrides,
  });
}

/**
 * An in-memory repository behaving like src/graph's: ids and eTags from the store, 412 as
 * `ConflictError` with the stored version, 403 for administrations in `forbidden`.
 */
export function memoryRepository<T extends { id?: string; etag?: string }, I>(
  initial: T[],
  options: { forbidden?: boolean } = {},
): RecordRepository<T, I> & { items: Map<string, T> } {
  const items = new Map<string, T>();
  let next = 1;
  const stamp = (record: T, id: string): T => ({ ...record, id, etag: `"${id},${next++}"` });
  for (const record of initial) {
    const id = record.id ?? String(next);
    items.set(id, stamp(record, id));
  }
  const deny = () => {
    if (options.forbidden)
      throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
  };
  return {
    items,
    list: async () => [...items.values()],
    get: async (id) => {
      const found = items.get(id);
      if (!found) throw new GraphError({ status: 404, code: 'itemNotFound', message: 'not found' });
      return found;
    },
    create: async (input) => {
      deny();
      const id = String(100 + items.size);
      const record = stamp(input as unknown as T, id);
      items.set(id, record);
      return record;
    },
    createMany: async (inputs) =>
      Promise.all(
        inputs.map(async (input) => {
          deny();
          const id = String(100 + items.size);
          const record = stamp(input as unknown as T, id);
          items.set(id, record);
          return record;
        }),
      ),
    update: async (id, input, etag) => {
      deny();
      const current = items.get(id);
      if (!current)
        throw new GraphError({ status: 404, code: 'itemNotFound', message: 'not found' });
      if (current.etag !== etag) {
        throw new ConflictError(
          new GraphError({ status: 412, code: 'preconditionFailed', message: 'stale' }),
          current,
        );
      }
      const record = stamp(input as unknown as T, id);
      items.set(id, record);
      return record;
    },
    remove: async (id) => {
      deny();
      items.delete(id);
    },
    versions: async () => [],
  };
}

/** A fake DataAccess over in-memory repositories, for one administration the user belongs to. */
export function fakeData(
  options: {
    projects?: Project[];
    activities?: Activity[];
    mine?: string[];
    user?: string;
    forbidden?: boolean;
    /** Reporting rounds with exchange rates; undefined: the network site cannot be read. */
    rounds?: ReportingRound[];
  } = {},
) {
  const projects = memoryRepository<Project, ProjectInput>(options.projects ?? [], {
    forbidden: options.forbidden ?? false,
  });
  const activities = memoryRepository<Activity, ActivityInput>(options.activities ?? [], {
    forbidden: options.forbidden ?? false,
  });
  const data: DataAccess = {
    organisation: {
      id: defaultOrganisation.id,
      name: defaultOrganisation.name,
      administrations: defaultOrganisation.administrations.map((a) => ({
        id: a.id,
        name: a.name,
        ...(a.shortName ? { shortName: a.shortName } : {}),
      })),
    },
    user: options.user ?? 'kontakt.utbildning@vaxjo.example',
    myAdministrations: async () => options.mine ?? ['utbildning'],
    loadRecords: async () => ({
      projects: [...projects.items.values()],
      activities: [...activities.items.values()],
    }),
    projects: async () => projects,
    activities: async () => activities,
    reportingData: async () => undefined,
    rounds: async () => options.rounds,
  };
  return { data, projects, activities };
}

/** Renders with Fluent, i18n (Swedish unless told) and the given data access. */
export function renderTab(ui: ReactElement, data: DataAccess, locale: 'sv' | 'en' = 'sv') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <FluentProvider theme={teamsLightTheme}>
        <DataProvider value={data}>{ui}</DataProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
}

/**
 * Opens a page of the shell as a user does: its tab when shown, else the "more pages" menu's
 * item (jsdom has no layout, so the overflow pattern may have moved the tab into the menu).
 */
export async function openPage(name: string): Promise<void> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) {
    await userEvent.click(tab);
    return;
  }
  await userEvent.click(screen.getByRole('tab', { name: /Fler sidor|More pages/ }));
  await userEvent.click(await screen.findByRole('menuitem', { name }));
}
