import { mailNicknameOf, type OrganisationConfig } from '../../src/domain/organisation.js';
import {
  activitySchema,
  projectSchema,
  type Activity,
  type Project,
} from '../../src/domain/records.js';
import {
  activitiesList,
  fromListItems,
  isActivityOfYear,
  isProjectOfYear,
  odata,
  projectsList,
  type GraphClient,
  type GraphListItem,
} from '../../src/graph/index.js';

/**
 * The baseline of figure 1: the straightforward client a first version would write. One request
 * at a time: find each administration's group, its site, its lists, then read each list with the
 * service's default page size following every nextLink, and filter the year in memory. It maps
 * items with the app's own mapping, so both paths produce the same records and can be compared.
 */

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

async function readAll<T>(client: GraphClient, path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const page: Page<T> = await client.get<Page<T>>(next);
    items.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return items;
}

/** Loads the projects and activities relevant to `year` for every administration, sequentially. */
export async function naiveLoad(
  client: GraphClient,
  organisation: OrganisationConfig,
  year: number,
): Promise<{ projects: Project[]; activities: Activity[] }> {
  const projects: Project[] = [];
  const activities: Activity[] = [];
  for (const administration of organisation.administrations) {
    const filter = encodeURIComponent(
      `mailNickname eq ${odata.literal(mailNicknameOf(administration))}`,
    );
    const groups = await client.get<Page<{ id: string }>>(`/groups?$filter=${filter}`);
    const groupId = groups.value?.[0]?.id;
    if (groupId === undefined) continue;
    const site = await client.get<{ id: string }>(`/groups/${groupId}/sites/root`);
    const lists = await readAll<{ id: string; displayName: string }>(
      client,
      `/sites/${site.id}/lists`,
    );
    const listId = (name: string) => lists.find((l) => l.displayName === name)?.id;
    const projectListId = listId(projectsList.displayName);
    const activityListId = listId(activitiesList.displayName);
    if (projectListId) {
      const items = await readAll<GraphListItem>(
        client,
        `/sites/${site.id}/lists/${projectListId}/items?$expand=fields`,
      );
      projects.push(
        ...fromListItems(projectsList, projectSchema, items).records.filter((p) =>
          isProjectOfYear(p, year),
        ),
      );
    }
    if (activityListId) {
      const items = await readAll<GraphListItem>(
        client,
        `/sites/${site.id}/lists/${activityListId}/items?$expand=fields`,
      );
      activities.push(
        ...fromListItems(activitiesList, activitySchema, items).records.filter((a) =>
          isActivityOfYear(a, year),
        ),
      );
    }
  }
  return { projects, activities };
}
