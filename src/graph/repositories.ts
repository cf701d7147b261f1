import type { z } from 'zod';
import { describeIssues } from '../domain/issues.js';
import {
  activitySchema,
  contactPersonSchema,
  networkMembershipSchema,
  projectSchema,
  legacySubmissionSchema,
  reportingRoundSchema,
  reviewDecisionSchema,
  submissionSchema,
} from '../domain/records.js';
import { callResponseSchema, developmentInitiativeSchema, fundingCallSchema } from '../domain/funding.js';
import { batchRequests, unwrapBatchResponse } from './batch.js';
import type { GraphClient } from './client.js';
import { ConflictError, GraphError, isNotFound, toGraphError } from './errors.js';
import {
  activitiesList,
  callResponsesList,
  contactPersonsList,
  developmentInitiativesList,
  fundingCallsList,
  isIndexed,
  networkMembershipsList,
  projectsList,
  legacySubmissionsList,
  reportingRoundsList,
  reviewDecisionsList,
  submissionsList,
  type ListDefinition,
} from './lists/definitions.js';
import {
  fieldsToRecord,
  fromListItem,
  fromListItems,
  toFields,
  type GraphListItem,
  type InvalidItem,
} from './lists/mapping.js';
import { fieldsOf, renderFilter, renderOrderBy, type ODataFilter, type OrderBy } from './odata.js';
import { getAllPages } from './paging.js';
import { graphPath } from './path.js';

/**
 * Page size for list items. Graph documents no hard maximum for listItems, but SharePoint's
 * list view threshold makes 5,000 the absolute ceiling and the commonly honoured `$top` cap is
 * 999; we ask for 999 and follow `@odata.nextLink` whatever page size the service chooses.
 */
export const LIST_ITEMS_PAGE_SIZE = 999;

/**
 * SharePoint refuses filters on non-indexed columns of large lists unless the caller accepts
 * the risk with this header (documented for Graph listItems).
 */
export const NON_INDEXED_PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A record the schema rejected on its way in; `issues` names every wrong field. */
export class InvalidRecordError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[],
  ) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

/** Options of `list`. */
export interface ListOptions {
  filter?: ODataFilter;
  orderBy?: OrderBy[];
  /** Stop after this many records (default: all). */
  top?: number;
  signal?: AbortSignal;
}

/** One historical version of an item. */
export interface RecordVersion<T> {
  versionId: string;
  modifiedAt: string | undefined;
  modifiedBy: string | undefined;
  record: T | undefined;
  issues: string[];
}

/** CRUD over one SharePoint list, in domain records. */
export interface ListRepository<T, TInput> {
  readonly definition: ListDefinition;
  /** The zod schema every record of the list is validated with (its fields are the columns). */
  readonly schema: z.ZodType;
  readonly siteId: string;
  /** The list's id on the site (looked up by display name once). */
  listId(): Promise<string>;
  list(options?: ListOptions): Promise<T[]>;
  /** Like `list`, also returning the items that failed validation. */
  listWithIssues(options?: ListOptions): Promise<{ records: T[]; invalid: InvalidItem[] }>;
  get(id: string): Promise<T>;
  create(input: TInput): Promise<T>;
  /**
   * Creates many records with batched requests (20 per `$batch`), in input order. Every request is
   * sent; if some fail, the first failure is thrown and the others stay stored.
   */
  createMany(inputs: readonly TInput[]): Promise<T[]>;
  /** Writes with `If-Match: etag`; a stale etag throws `ConflictError` with the stored version. */
  update(id: string, input: TInput, etag: string): Promise<T>;
  remove(id: string, etag: string): Promise<void>;
  versions(id: string): Promise<RecordVersion<T>[]>;
}

const listIdCache = new WeakMap<GraphClient, Map<string, Promise<Map<string, string>>>>();

/** The lists of a site by display name (cached per client; one request per site). */
export function siteListIds(
  client: GraphClient,
  siteId: string,
  refresh = false,
): Promise<Map<string, string>> {
  let bySite = listIdCache.get(client);
  if (!bySite) {
    bySite = new Map();
    listIdCache.set(client, bySite);
  }
  const cached = bySite.get(siteId);
  if (cached && !refresh) return cached;
  const loading = getAllPages<{ id: string; displayName?: string; name?: string }>(
    client,
    graphPath`/sites/${siteId}/lists?$select=id,displayName,name`,
  ).then((lists) => new Map(lists.map((l) => [l.displayName ?? l.name ?? '', l.id])));
  loading.catch(() => bySite.delete(siteId));
  bySite.set(siteId, loading);
  return loading;
}

/** Remembers a list id (provisioning just created it). */
export function rememberListId(
  client: GraphClient,
  siteId: string,
  displayName: string,
  listId: string,
): void {
  const cached = listIdCache.get(client)?.get(siteId);
  if (cached) void cached.then((ids) => ids.set(displayName, listId));
}

/** Resolves a list's id on a site; throws `listNotFound` when provisioning has not run. */
export async function resolveListId(
  client: GraphClient,
  siteId: string,
  definition: ListDefinition,
): Promise<string> {
  if (siteId === '') {
    // `resolveSites` leaves the site id empty for a site the caller may not read.
    throw new GraphError({
      status: 403,
      code: 'accessDenied',
      message: `The site of list "${definition.displayName}" is not accessible to you`,
    });
  }
  let id = (await siteListIds(client, siteId)).get(definition.displayName);
  if (id === undefined) id = (await siteListIds(client, siteId, true)).get(definition.displayName);
  if (id === undefined) {
    throw new GraphError({
      status: 404,
      code: 'listNotFound',
      message: `List "${definition.displayName}" not found on site ${siteId}: run provisioning`,
    });
  }
  return id;
}

/** Maps a domain field name onto its SharePoint path in `$filter`/`$orderby`. */
export function fieldPath(definition: ListDefinition, field: string): string {
  if (field === 'id') return 'fields/id';
  return `fields/${field === definition.titleField ? 'Title' : field}`;
}

/** The query string of a list read: expand fields, page size, filter, order. */
export function listItemsQuery(
  definition: ListDefinition,
  options: ListOptions = {},
): { query: string; headers: Record<string, string> } {
  const path = (f: string) => fieldPath(definition, f);
  const top = Math.min(options.top ?? LIST_ITEMS_PAGE_SIZE, LIST_ITEMS_PAGE_SIZE);
  const parts = ['$expand=fields', `$top=${top}`];
  const touched: string[] = [];
  if (options.filter) {
    parts.push(`$filter=${encodeURIComponent(renderFilter(options.filter, path))}`);
    touched.push(...fieldsOf(options.filter));
  }
  if (options.orderBy?.length) {
    parts.push(`$orderby=${encodeURIComponent(renderOrderBy(options.orderBy, path))}`);
    touched.push(...options.orderBy.map((o) => o.field));
  }
  const headers: Record<string, string> = {};
  if (touched.some((f) => !isIndexed(definition, f))) headers.Prefer = NON_INDEXED_PREFER;
  return { query: parts.join('&'), headers };
}

/**
 * List item ids are integers in SharePoint; anything else (a path, a query) is refused before it
 * can reach a URL.
 */
export function checkItemId(id: string): string {
  if (!/^\d+$/.test(id)) {
    throw new GraphError({
      status: 400,
      code: 'invalidItemId',
      message: `Invalid list item id: ${JSON.stringify(id)}`,
    });
  }
  return id;
}

/** Reports invalid items on the console by default: visible, never silently dropped. */
function warnInvalid(invalid: InvalidItem[]): void {
  for (const item of invalid) {
    console.warn(`Ignored item ${item.id} of "${item.list}": ${item.issues.join('; ')}`);
  }
}

/**
 * A repository over one list: maps records with `lists/mapping.ts`, validates input and output
 * with `schema`, writes with eTags.
 */
export function createListRepository<S extends z.ZodType>(
  client: GraphClient,
  siteId: string,
  definition: ListDefinition,
  schema: S,
  options: { onInvalid?: (invalid: InvalidItem[]) => void } = {},
): ListRepository<z.output<S>, z.input<S>> {
  type T = z.output<S>;
  const onInvalid = options.onInvalid ?? warnInvalid;
  let listIdPromise: Promise<string> | undefined;
  const listId = () => {
    listIdPromise ??= resolveListId(client, siteId, definition).catch((e: unknown) => {
      listIdPromise = undefined;
      throw e;
    });
    return listIdPromise;
  };
  const itemsPath = async () => graphPath`/sites/${siteId}/lists/${await listId()}/items`;

  const validate = (input: unknown): Record<string, unknown> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const description = describeIssues(parsed.error);
      throw new InvalidRecordError(
        `Invalid ${definition.key} record: ${description}`,
        description.split('; '),
      );
    }
    return parsed.data as Record<string, unknown>;
  };

  const toRecord = (item: GraphListItem): T => {
    const result = fromListItem(definition, schema, item);
    if (!result.ok) {
      throw new InvalidRecordError(
        `Item ${result.invalid.id} of "${definition.displayName}" is invalid: ${result.invalid.issues.join('; ')}`,
        result.invalid.issues,
      );
    }
    return result.record as T;
  };

  const itemPath = async (id: string) => `${await itemsPath()}/${checkItemId(id)}`;
  const get = async (id: string): Promise<T> =>
    toRecord(await client.get<GraphListItem>(`${await itemPath(id)}?$expand=fields`));

  const currentOrUndefined = async (id: string): Promise<T | undefined> => {
    try {
      return await get(id);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  };

  const withConflict = async <R>(id: string, write: () => Promise<R>): Promise<R> => {
    try {
      return await write();
    } catch (e) {
      const error = toGraphError(e);
      if (error.status !== 412) throw error;
      throw new ConflictError<T>(error, await currentOrUndefined(id));
    }
  };

  const listWithIssues = async (opts: ListOptions = {}) => {
    const { query, headers } = listItemsQuery(definition, opts);
    const items = await getAllPages<GraphListItem>(
      client,
      `${await itemsPath()}?${query}`,
      { headers, ...(opts.signal ? { signal: opts.signal } : {}) },
      opts.top,
    );
    const limited = opts.top === undefined ? items : items.slice(0, opts.top);
    const { records, invalid } = fromListItems(definition, schema, limited);
    return { records: records as T[], invalid };
  };

  return {
    definition,
    schema,
    siteId,
    listId,
    listWithIssues,
    async list(opts) {
      const { records, invalid } = await listWithIssues(opts);
      if (invalid.length > 0) onInvalid(invalid);
      return records;
    },
    get,
    async create(input) {
      const fields = toFields(definition, validate(input), 'create');
      const created = await client.post<GraphListItem>(await itemsPath(), { fields });
      return created.fields ? toRecord(created) : get(String(created.id));
    },
    async createMany(inputs) {
      const path = await itemsPath();
      const requests = inputs.map((input) => ({
        method: 'POST' as const,
        url: path,
        body: { fields: toFields(definition, validate(input), 'create') },
      }));
      const answers = await batchRequests<GraphListItem>(client, requests);
      return answers.map((answer) => toRecord(unwrapBatchResponse(answer)));
    },
    async update(id, input, etag) {
      const fields = toFields(definition, validate(input), 'update');
      const path = await itemPath(id);
      const answer = await withConflict(id, () =>
        client.patch<Record<string, unknown>>(`${path}/fields`, fields, {
          headers: { 'If-Match': etag },
        }),
      );
      // PATCH answers with the fieldValueSet only; when it lacks what a record needs, re-read.
      const result = fromListItem(definition, schema, { id, fields: answer ?? {} });
      return result.ok && (result.record as { etag?: string }).etag
        ? (result.record as T)
        : get(id);
    },
    async remove(id, etag) {
      const path = await itemPath(id);
      await withConflict(id, () => client.delete(path, { headers: { 'If-Match': etag } }));
    },
    async versions(id) {
      const versions = await getAllPages<{
        id: string;
        lastModifiedDateTime?: string;
        lastModifiedBy?: { user?: { displayName?: string } };
        fields?: Record<string, unknown>;
      }>(client, `${await itemPath(id)}/versions`);
      return versions.map((v) => {
        const issues: string[] = [];
        const candidate = fieldsToRecord(definition, { id, fields: v.fields ?? {} }, issues);
        const parsed = schema.safeParse(candidate);
        if (!parsed.success) issues.push(...describeIssues(parsed.error).split('; '));
        return {
          versionId: v.id,
          modifiedAt: v.lastModifiedDateTime,
          modifiedBy: v.lastModifiedBy?.user?.displayName,
          record: parsed.success ? (parsed.data as T) : undefined,
          issues,
        };
      });
    },
  };
}

/** Projects and applications of one administration's site. */
export const createProjectRepository = (client: GraphClient, siteId: string) =>
  createListRepository(client, siteId, projectsList, projectSchema);

/** Other international work of one administration's site. */
export const createActivityRepository = (client: GraphClient, siteId: string) =>
  createListRepository(client, siteId, activitiesList, activitySchema);

/** The contact person registry on the network site. */
export const createContactPersonRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, contactPersonsList, contactPersonSchema);

/** Reporting rounds on the network site. */
export const createReportingRoundRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, reportingRoundsList, reportingRoundSchema);

/** Yearly submissions on the network site. */
export const createSubmissionRepository = (client: GraphClient, administrationSiteId: string) =>
  createListRepository(client, administrationSiteId, submissionsList, submissionSchema);

/** The coordinator's review decisions, on the network site (owners write). */
export const createReviewDecisionRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, reviewDecisionsList, reviewDecisionSchema);

/** The old network list of yearly reports (read by the upgrade only). */
export const createLegacySubmissionRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, legacySubmissionsList, legacySubmissionSchema);

/** Network memberships on the network site. */
export const createNetworkMembershipRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, networkMembershipsList, networkMembershipSchema);

/** Funding calls on the network site (the coordinator writes, network members read). */
export const createFundingCallRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, fundingCallsList, fundingCallSchema);

/** The administrations' responses to funding calls, on the network site. */
export const createCallResponseRepository = (client: GraphClient, networkSiteId: string) =>
  createListRepository(client, networkSiteId, callResponsesList, callResponseSchema);

/** Development initiatives of one administration's site. */
export const createDevelopmentInitiativeRepository = (client: GraphClient, siteId: string) =>
  createListRepository(client, siteId, developmentInitiativesList, developmentInitiativeSchema);
