import { mailNicknameOf, type OrganisationConfig } from '../../domain/organisation.js';
import { batchRequests, unwrapBatchResponse } from '../batch.js';
import type { GraphClient } from '../client.js';
import { GraphError, isNotFound } from '../errors.js';
import { listDefinitions, toGraphColumn, type ListDefinition, type ListScope } from '../lists/definitions.js';
import { sleep } from '../middleware.js';
import { getAllPagesBatched } from '../paging.js';
import { graphPath } from '../path.js';
import { groupByNicknameRequest, resolveUserIds } from '../directory.js';
import { migrateLegacySubmissions } from './migrate.js';

/**
 * Idempotent provisioning through Graph only (the same code for a tenant and the emulator):
 * per administration a Microsoft 365 group `ia-<id>` with its team site and lists, then the
 * network group and its lists. Existing groups, lists and columns are found, not touched; missing
 * columns are added to existing lists and missing indexes switched on. A second run creates
 * nothing. `dryRun` reads and plans only.
 */

/** Owners and members (UPNs) of a group that provisioning creates. */
export interface GroupMembership {
  owners: string[];
  members: string[];
}

/** Options of `provision`. */
export interface ProvisionOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
  /**
   * Who owns and joins each new group (`'network'` for the network group). Without it the
   * signed-in user becomes the only owner (Graph's rule for delegated creation).
   */
  membership?: (target: string | 'network') => GroupMembership;
  /** Wait between polls for a new group's site (Graph provisions it asynchronously). */
  sitePollMs?: number;
  sitePollAttempts?: number;
}

/** What provisioning created and what it found, as readable lines. */
export interface ProvisionResult {
  created: string[];
  found: string[];
}

interface Target {
  key: string | 'network';
  name: string;
  mailNickname: string;
  scope: ListScope;
  /**
   * Every group is Private (DESIGN.md §3): joining needs an owner, so writing an administration's
   * records needs the administration's say-so (a Public group would let any employee join and
   * write). Reading stays wide through the site read grants (`siteReadGrants`), never membership.
   */
  visibility: 'Private';
  groupId?: string | undefined;
  siteId?: string | undefined;
}

/** Graph accepts at most 20 owners and members together in `POST /groups`. */
const MAX_BINDS_ON_CREATE = 20;

/** Provisions the organisation's groups, sites, lists and columns. */
export async function provision(
  client: GraphClient,
  organisation: OrganisationConfig,
  options: ProvisionOptions = {},
): Promise<ProvisionResult> {
  const result: ProvisionResult = { created: [], found: [] };
  const log = options.log ?? (() => undefined);
  const note = (kind: keyof ProvisionResult, line: string) => {
    result[kind].push(line);
    log(`${kind === 'created' ? (options.dryRun ? 'would create' : 'created') : 'found'}: ${line}`);
  };

  const targets: Target[] = [
    ...organisation.administrations.map((a) => ({
      key: a.id,
      name: a.name,
      mailNickname: mailNicknameOf(a),
      scope: 'administration' as const,
      visibility: 'Private' as const,
      groupId: a.groupId,
      siteId: a.siteId,
    })),
    {
      key: 'network',
      name: organisation.network.name,
      mailNickname: organisation.network.mailNickname,
      scope: 'network',
      visibility: 'Private',
      groupId: organisation.network.groupId,
      siteId: organisation.network.siteId,
    },
  ];

  await ensureGroups(client, targets, options, note);
  await resolveGroupSites(client, targets, options);
  await ensureLists(client, targets, options, note);
  const network = targets.find((t) => t.key === 'network');
  if (network?.siteId !== undefined) {
    const administrationSites: Record<string, string> = {};
    for (const t of targets) {
      if (t.key !== 'network' && t.siteId !== undefined) administrationSites[t.key] = t.siteId;
    }
    await migrateLegacySubmissions(
      client,
      organisation,
      { network: network.siteId, administrations: administrationSites },
      { dryRun: options.dryRun ?? false, note },
    );
  }
  return result;
}

type Note = (kind: keyof ProvisionResult, line: string) => void;

const groupLabel = (t: Target) => `group ${t.mailNickname} (Internationellt arbete – ${t.name})`;

async function ensureGroups(client: GraphClient, targets: Target[], options: ProvisionOptions, note: Note): Promise<void> {
  const unmapped = targets.filter((t) => t.groupId === undefined);
  const answers = await batchRequests<{ value?: { id: string; visibility?: string | null }[] }>(
    client,
    unmapped.map((t) => groupByNicknameRequest(t.mailNickname)),
  );
  const toCreate: Target[] = [];
  const toMakePrivate: Target[] = [];
  unmapped.forEach((t, i) => {
    const group = unwrapBatchResponse(answers[i] as (typeof answers)[number]).value?.[0];
    if (group?.id) t.groupId = group.id;
    else toCreate.push(t);
    // An older version created the administrations' groups Public: the upgrade closes them.
    if (group?.id && group.visibility !== t.visibility) toMakePrivate.push(t);
  });
  for (const t of targets) if (!toCreate.includes(t)) note('found', groupLabel(t));
  if (!options.dryRun) {
    const patched = await batchRequests(
      client,
      toMakePrivate.map((t) => ({
        method: 'PATCH' as const,
        url: graphPath`/groups/${t.groupId ?? ''}`,
        body: { visibility: t.visibility },
      })),
    );
    patched.forEach((answer) => unwrapBatchResponse(answer));
  }
  for (const t of toMakePrivate) note('created', `${t.visibility} visibility of ${groupLabel(t)}`);
  if (toCreate.length === 0) return;
  if (options.dryRun) {
    for (const t of toCreate) note('created', groupLabel(t));
    return;
  }
  const userIds = await resolveUserIds(
    client,
    toCreate.flatMap((t) => {
      const m = options.membership?.(t.key);
      return m ? [...m.owners, ...m.members] : [];
    }),
  );
  for (const t of toCreate) {
    t.groupId = await createGroup(client, t, options.membership?.(t.key), userIds);
    note('created', groupLabel(t));
  }
}

async function createGroup(
  client: GraphClient,
  target: Target,
  membership: GroupMembership | undefined,
  userIds: Map<string, string>,
): Promise<string> {
  const bind = (upn: string) => `${client.baseUrl}${graphPath`/directoryObjects/${userIds.get(upn.toLowerCase()) ?? ''}`}`;
  const owners = [...new Set(membership?.owners ?? [])];
  const members = [...new Set(membership?.members ?? [])];
  const ownerBinds = owners.slice(0, MAX_BINDS_ON_CREATE);
  const memberBinds = members.slice(0, Math.max(0, MAX_BINDS_ON_CREATE - ownerBinds.length));
  const group = await client.post<{ id: string }>('/groups', {
    displayName: `Internationellt arbete – ${target.name}`,
    description: `Internationellt arbete: ${target.name}`,
    mailNickname: target.mailNickname,
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: target.visibility,
    ...(ownerBinds.length ? { 'owners@odata.bind': ownerBinds.map(bind) } : {}),
    ...(memberBinds.length ? { 'members@odata.bind': memberBinds.map(bind) } : {}),
  });
  const rest = [
    ...owners.slice(ownerBinds.length).map((upn) => ({ rel: 'owners', upn })),
    ...members.slice(memberBinds.length).map((upn) => ({ rel: 'members', upn })),
  ];
  const answers = await batchRequests(
    client,
    rest.map(({ rel, upn }) => ({ method: 'POST' as const, url: graphPath`/groups/${group.id}/${rel}/$ref`, body: { '@odata.id': bind(upn) } })),
  );
  answers.forEach((a) => unwrapBatchResponse(a));
  return group.id;
}

/** Each group's site; a new group's site may take a while to appear in Graph, so 404s are polled. */
async function resolveGroupSites(client: GraphClient, targets: Target[], options: ProvisionOptions): Promise<void> {
  const attempts = options.sitePollAttempts ?? 10;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const pending = targets.filter((t) => t.groupId !== undefined && t.siteId === undefined);
    if (pending.length === 0) return;
    const answers = await batchRequests<{ id: string }>(
      client,
      pending.map((t) => ({ method: 'GET' as const, url: graphPath`/groups/${t.groupId ?? ''}/sites/root?$select=id,webUrl` })),
    );
    let waiting = false;
    pending.forEach((t, i) => {
      const answer = answers[i] as (typeof answers)[number];
      if (answer.status === 200) t.siteId = answer.body.id;
      else if (isNotFound(GraphError.fromEnvelope(answer.status, answer.body))) waiting = true;
      else throw GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
    });
    if (waiting) await sleep(options.sitePollMs ?? 3000);
  }
  const stuck = targets.filter((t) => t.groupId !== undefined && t.siteId === undefined).map((t) => t.mailNickname);
  if (stuck.length > 0 && !options.dryRun) {
    throw new GraphError({ status: 404, code: 'siteNotReady', message: `No team site yet for ${stuck.join(', ')}; run provisioning again later` });
  }
}

interface ExistingList {
  id: string;
  displayName: string;
  columns?: { name: string; indexed?: boolean; id?: string }[];
}

async function ensureLists(client: GraphClient, targets: Target[], options: ProvisionOptions, note: Note): Promise<void> {
  const withSite = targets.filter((t): t is Target & { siteId: string } => t.siteId !== undefined);
  for (const t of targets) {
    if (t.siteId !== undefined) continue;
    for (const d of listDefinitions.filter((x) => x.scope === t.scope)) note('created', `list ${d.displayName} on ${t.name}`);
  }
  const listPages = await getAllPagesBatched<ExistingList>(
    client,
    withSite.map((t) => graphPath`/sites/${t.siteId}/lists?$select=id,displayName`),
  );
  const existing = withSite.map((t, i) => ({
    target: t,
    lists: new Map((listPages[i]?.items ?? []).map((l) => [l.displayName, l])),
  }));
  const present = existing.flatMap(({ target, lists }) =>
    listDefinitions
      .filter((d) => d.scope === target.scope && lists.has(d.displayName))
      .map((d) => ({ target, definition: d, list: lists.get(d.displayName) as ExistingList })),
  );
  const columnPages = await getAllPagesBatched<{ id: string; name: string; indexed?: boolean }>(
    client,
    present.map((p) => graphPath`/sites/${p.target.siteId}/lists/${p.list.id}/columns?$select=id,name,indexed`),
  );

  const writes: { method: 'POST' | 'PATCH'; url: string; body: unknown; line: string }[] = [];
  present.forEach((p, i) => {
    note('found', `list ${p.definition.displayName} on ${p.target.name}`);
    const columns = new Map((columnPages[i]?.items ?? []).map((c) => [c.name, c]));
    for (const column of p.definition.columns) {
      const current = columns.get(column.name);
      const url = graphPath`/sites/${p.target.siteId}/lists/${p.list.id}/columns`;
      if (!current) {
        writes.push({ method: 'POST', url, body: toGraphColumn(column), line: `column ${column.name} on list ${p.definition.displayName} on ${p.target.name}` });
      } else if (column.indexed && !current.indexed) {
        writes.push({ method: 'PATCH', url: graphPath`/sites/${p.target.siteId}/lists/${p.list.id}/columns/${current.id ?? ''}`, body: { indexed: true }, line: `index on ${column.name} of list ${p.definition.displayName} on ${p.target.name}` });
      }
    }
  });
  for (const { target, lists } of existing) {
    for (const definition of listDefinitions.filter((d) => d.scope === target.scope && !lists.has(d.displayName))) {
      writes.push({ method: 'POST', url: graphPath`/sites/${target.siteId}/lists`, body: listBody(definition), line: `list ${definition.displayName} on ${target.name}` });
    }
  }
  if (options.dryRun) {
    for (const w of writes) note('created', w.line);
    return;
  }
  const answers = await batchRequests(client, writes.map(({ method, url, body }) => ({ method, url, body })));
  answers.forEach((answer, i) => {
    const write = writes[i] as (typeof writes)[number];
    try {
      unwrapBatchResponse(answer);
    } catch (e) {
      const error = e as GraphError;
      throw new GraphError({ status: error.status, code: error.code, message: `Provisioning ${write.line}: ${error.message}`, cause: error });
    }
    note('created', write.line);
  });
}

/** The `POST /sites/{id}/lists` body of a list definition with all its columns. */
export function listBody(definition: ListDefinition): Record<string, unknown> {
  return {
    displayName: definition.displayName,
    description: definition.description,
    columns: definition.columns.map(toGraphColumn),
    list: { template: 'genericList' },
  };
}
