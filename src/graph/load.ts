import { activitySchema, projectSchema, type Activity, type Project } from '../domain/records.js';
import { batchRequests, type BatchOptions } from './batch.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { activitiesList, projectsList, type ListDefinition } from './lists/definitions.js';
import { fromListItems, type GraphListItem, type InvalidItem } from './lists/mapping.js';
import { and, eq, ge, le, or, type ODataFilter } from './odata.js';
import { getAllPagesBatched, type Page } from './paging.js';
import { listItemsQuery } from './repositories.js';
import type { OrganisationSites } from './sites.js';
import { graphPath } from './path.js';

/**
 * Loads the organisation's projects and activities with every list read batched (20 per
 * `$batch`, nextLinks batched too). With a year, projects and activities are filtered server-side
 * on indexed columns with a superset of the counting rules (the report applies the exact rules);
 * with a `DeltaCache`, lists are read through `items/delta` and a reload with no changes costs
 * one `$batch` per 20 lists.
 */

/** Options of `loadOrganisationRecords`. */
export interface LoadOptions extends BatchOptions {
  year?: number;
  /** Administration ids to load (default: every resolved administration). */
  administrations?: readonly string[];
  /** Incremental refresh through `items/delta`; keep one per signed-in user. */
  deltaCache?: DeltaCache;
}

/** Everything loaded, with the items that did not validate (reported, not dropped silently). */
export interface OrganisationRecords {
  projects: Project[];
  activities: Activity[];
  invalid: InvalidItem[];
}

interface DeltaEntry {
  deltaLink: string;
  items: Map<string, GraphListItem>;
}

/** State for incremental loads: list ids per site and the delta link and items per list. */
export interface DeltaCache {
  readonly listIds: Map<string, Map<string, string>>;
  readonly lists: Map<string, DeltaEntry>;
}

/** A fresh, empty delta cache. */
export function createDeltaCache(): DeltaCache {
  return { listIds: new Map(), lists: new Map() };
}

/**
 * Server-side filter of the projects relevant to year Y: those still open or ending in or after
 * Y (ongoing and finished in Y), and those applied for in Y. A superset of the counting rules:
 * a project starting after Y passes too, and `counting.ts` sorts it out.
 */
export function projectsOfYearFilter(year: number): ODataFilter {
  return or(
    ge('endDate', `${year}-01-01`),
    eq('endDate', null),
    and(ge('applicationSubmitted', `${year}-01-01`), le('applicationSubmitted', `${year}-12-31`)),
  );
}

/** The same rule as `projectsOfYearFilter`, for records already in memory (delta mode). */
export function isProjectOfYear(p: Project, year: number): boolean {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return p.endDate === undefined || p.endDate >= from || (p.applicationSubmitted !== undefined && p.applicationSubmitted >= from && p.applicationSubmitted <= to);
}

/** Activities whose start date is in year Y (the counting rule for other work). */
export function activitiesOfYearFilter(year: number): ODataFilter {
  return and(ge('startDate', `${year}-01-01`), le('startDate', `${year}-12-31`));
}

/** The same rule as `activitiesOfYearFilter`, in memory. */
export function isActivityOfYear(a: Activity, year: number): boolean {
  return a.startDate >= `${year}-01-01` && a.startDate <= `${year}-12-31`;
}

interface ListTarget {
  siteId: string;
  definition: ListDefinition;
  listId: string;
}

/** Loads all projects and activities of the given administrations. */
export async function loadOrganisationRecords(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'administrations'>,
  options: LoadOptions = {},
): Promise<OrganisationRecords> {
  const adminIds = options.administrations ?? Object.keys(sites.administrations);
  const siteIds = adminIds.map((id) => sites.administrations[id]?.siteId).filter((s): s is string => s !== undefined);
  const listIds = await resolveListIds(client, siteIds, options);
  const targets: ListTarget[] = siteIds.flatMap((siteId) =>
    [projectsList, activitiesList].flatMap((definition) => {
      const listId = listIds.get(siteId)?.get(definition.displayName);
      return listId ? [{ siteId, definition, listId }] : [];
    }),
  );
  const rawByTarget = options.deltaCache
    ? await readWithDelta(client, targets, options.deltaCache, options)
    : await readFiltered(client, targets, options);

  const projects: Project[] = [];
  const activities: Activity[] = [];
  const invalid: InvalidItem[] = [];
  targets.forEach((target, i) => {
    const items = rawByTarget[i] ?? [];
    if (target.definition === projectsList) {
      const result = fromListItems(projectsList, projectSchema, items);
      const year = options.year;
      projects.push(...(year === undefined || !options.deltaCache ? result.records : result.records.filter((p) => isProjectOfYear(p, year))));
      invalid.push(...result.invalid);
    } else {
      const result = fromListItems(activitiesList, activitySchema, items);
      const year = options.year;
      activities.push(...(year === undefined || !options.deltaCache ? result.records : result.records.filter((a) => isActivityOfYear(a, year))));
      invalid.push(...result.invalid);
    }
  });
  return { projects, activities, invalid };
}

/** The list ids of each site (display name → id), batched, cached in the delta cache. */
async function resolveListIds(
  client: GraphClient,
  siteIds: readonly string[],
  options: LoadOptions,
): Promise<Map<string, Map<string, string>>> {
  const cache = options.deltaCache?.listIds ?? new Map<string, Map<string, string>>();
  const unknown = siteIds.filter((s) => !cache.has(s));
  const pages = await getAllPagesBatched<{ id: string; displayName: string }>(
    client,
    unknown.map((s) => graphPath`/sites/${s}/lists?$select=id,displayName`),
    options,
  );
  unknown.forEach((siteId, i) => cache.set(siteId, new Map((pages[i]?.items ?? []).map((l) => [l.displayName, l.id]))));
  return cache;
}

async function readFiltered(client: GraphClient, targets: ListTarget[], options: LoadOptions): Promise<GraphListItem[][]> {
  const year = options.year;
  const urls = targets.map((t) => {
    const filter =
      year === undefined ? undefined : t.definition === projectsList ? projectsOfYearFilter(year) : activitiesOfYearFilter(year);
    const { query } = listItemsQuery(t.definition, filter ? { filter } : {});
    return `${graphPath`/sites/${t.siteId}/lists/${t.listId}/items`}?${query}`;
  });
  // All filtered columns are indexed (see definitions.ts), so no Prefer header is needed.
  const collections = await getAllPagesBatched<GraphListItem>(client, urls, options);
  return collections.map((c) => c.items);
}

const deltaKey = (t: ListTarget) => `${t.siteId}/${t.listId}`;

async function readWithDelta(
  client: GraphClient,
  targets: ListTarget[],
  cache: DeltaCache,
  options: LoadOptions,
): Promise<GraphListItem[][]> {
  let pending = targets.map((t) => {
    const entry = cache.lists.get(deltaKey(t));
    return {
      target: t,
      url: entry?.deltaLink ?? graphPath`/sites/${t.siteId}/lists/${t.listId}/items/delta?$expand=fields`,
      items: entry?.items ?? new Map<string, GraphListItem>(),
    };
  });
  while (pending.length > 0) {
    const answers = await batchRequests<Page<GraphListItem & { deleted?: unknown }>>(
      client,
      pending.map((p) => ({ method: 'GET' as const, url: p.url })),
      options,
    );
    const following: typeof pending = [];
    answers.forEach((answer, i) => {
      const p = pending[i] as (typeof pending)[number];
      if (answer.status === 410) {
        // Delta token expired (resyncRequired): enumerate the list again from scratch.
        following.push({ ...p, url: graphPath`/sites/${p.target.siteId}/lists/${p.target.listId}/items/delta?$expand=fields`, items: new Map() });
        return;
      }
      if (answer.status !== 200) throw GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
      for (const item of answer.body.value ?? []) {
        if (item.id === undefined) continue;
        if (item.deleted) p.items.delete(item.id);
        else p.items.set(item.id, item);
      }
      const next = answer.body['@odata.nextLink'];
      const deltaLink = answer.body['@odata.deltaLink'];
      if (next) following.push({ ...p, url: next });
      else if (deltaLink) cache.lists.set(deltaKey(p.target), { deltaLink, items: p.items });
    });
    pending = following;
  }
  return targets.map((t) => [...(cache.lists.get(deltaKey(t))?.items.values() ?? [])]);
}
