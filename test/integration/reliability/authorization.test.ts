import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorAppTokenProvider } from '../../../src/auth/server-token-provider.js';
import { createGraphClient, type GraphClient } from '../../../src/graph/client.js';
import { GraphError } from '../../../src/graph/errors.js';
import {
  createActivityRepository,
  createContactPersonRepository,
  createNetworkMembershipRepository,
  createProjectRepository,
  createReportingRoundRepository,
  createSubmissionRepository,
  type ListRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { uploadFile } from '../../../src/graph/teams.js';
import { LOCAL_SERVER_CLIENT_ID } from '../../../src/server/graph-backend.js';
import {
  adminSiteId,
  COORDINATOR,
  FAST_RETRY,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

/**
 * Who may write where. The store (like SharePoint) decides per site: owners and members of a
 * group write its site; a Public administration site is readable by the whole tenant, the Private
 * network site by its members only. The bot's app identity has Sites.Manage.All.
 * "admin" = the lists and drive of utbildning's site, "network" = those of the network site.
 *
 * | role                              | admin site | network site |
 * | --------------------------------- | ---------- | ------------ |
 * | coordinator                       | write      | write        |
 * | contact person of utbildning      | write      | write        |
 * | staff of utbildning               | write      | 403          |
 * | staff of omsorg                   | 403 (read) | 403          |
 * | extern.gast (outside the network) | 403 (read) | 403          |
 * | bot app identity (default roles)  | write      | write        |
 * | app with only Sites.Read.All      | 403 (read) | 403 (read)   |
 * Coordinator-only rules inside the network site (opening rounds, approving) are app rules,
 * enforced by the tab and the bot, not by the store: see the bot's access tests.
 */
const roles = {
  coordinator: { admin: true, network: true },
  'contact person of utbildning': { admin: true, network: true },
  'staff of utbildning': { admin: true, network: false },
  'staff of omsorg': { admin: false, network: false },
  'extern.gast (outside the network)': { admin: false, network: false },
  'bot app identity (default roles)': { admin: true, network: true },
  'app with only Sites.Read.All': { admin: false, network: false },
} as const;
type Role = keyof typeof roles;
type Where = 'admin' | 'network';

/** Expected outcome of a write by a role on a kind of list (true = succeeds, false = 403). */
function allowed(role: Role, where: Where): boolean {
  return roles[role][where];
}

interface Kind {
  name: string;
  where: Where;
  repo: (
    client: GraphClient,
    sites: OrganisationSites,
  ) => ListRepository<Record<string, unknown>, never>;
  input: Record<string, unknown>;
  change: Record<string, unknown>;
}

const kinds: Kind[] = [
  {
    name: 'projects',
    where: 'admin',
    repo: (c, s) => createProjectRepository(c, adminSiteId(s, 'utbildning')) as never,
    input: {
      administrationId: 'utbildning',
      title: 'Matrisprojekt',
      kind: 'eu',
      status: 'planned',
      programme: 'erasmus-plus',
      role: 'partner',
    },
    change: { title: 'Ändrad titel' },
  },
  {
    name: 'activities',
    where: 'admin',
    repo: (c, s) => createActivityRepository(c, adminSiteId(s, 'utbildning')) as never,
    input: {
      administrationId: 'utbildning',
      title: 'Studiebesök',
      type: 'study-visit',
      startDate: '2025-03-01',
    },
    change: { title: 'Ändrat besök' },
  },
  {
    name: 'contact persons',
    where: 'network',
    repo: (c, s) => createContactPersonRepository(c, s.network.siteId) as never,
    input: { administrationId: 'utbildning', contactUpn: 'kontakt.utbildning@vaxjo.example' },
    change: { contactName: 'Ny kontakt' },
  },
  {
    name: 'reporting rounds',
    where: 'network',
    repo: (c, s) => createReportingRoundRepository(c, s.network.siteId) as never,
    input: { year: 2025, deadline: '2026-02-15' },
    change: { open: false },
  },
  {
    name: 'submissions',
    where: 'network',
    repo: (c, s) => createSubmissionRepository(c, s.network.siteId) as never,
    input: { administrationId: 'utbildning', year: 2025 },
    change: { resultsNarrative: 'Ändrad' },
  },
  {
    name: 'network memberships',
    where: 'network',
    repo: (c, s) => createNetworkMembershipRepository(c, s.network.siteId) as never,
    input: { name: 'Eurocities' },
    change: { notes: 'Ändrad' },
  },
];

const expectForbidden = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  expect((error as GraphError).status).toBe(403);
};

describe('authorization matrix: every write as every role, enforced by the store', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let clients: Record<Role, GraphClient>;
  let coordinator: GraphClient;

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    coordinator = h.clientFor(COORDINATOR);
    clients = {
      coordinator,
      'contact person of utbildning': h.clientFor('kontakt.utbildning@vaxjo.example'),
      'staff of utbildning': h.clientFor('personal1.utbildning@vaxjo.example'),
      'staff of omsorg': h.clientFor('personal1.omsorg@vaxjo.example'),
      'extern.gast (outside the network)': h.clientFor('extern.gast@vaxjo.example'),
      // The bot's identity exactly as the server gets it (emulator client-credentials counterpart).
      'bot app identity (default roles)': createGraphClient({
        baseUrl: h.baseUrl,
        getToken: createEmulatorAppTokenProvider({
          emulatorOrigin: h.origin,
          clientId: LOCAL_SERVER_CLIENT_ID,
        }),
        retry: FAST_RETRY,
      }),
      'app with only Sites.Read.All': h.appClient('reader-app', ['Sites.Read.All']),
    };
  }, 60_000);
  afterAll(() => h.close());

  const siteOf = (where: Where) =>
    where === 'admin' ? adminSiteId(sites, 'utbildning') : sites.network.siteId;

  for (const role of Object.keys(roles) as Role[]) {
    for (const kind of kinds) {
      const ok = allowed(role, kind.where);
      it(`should ${ok ? 'let' : 'refuse with 403'} ${role} create, update and delete ${kind.name}`, async () => {
        const own = kind.repo(coordinator, sites);
        const theirs = kind.repo(clients[role], sites);
        const before = await own.list();
        const existing = await own.create(kind.input as never);
        const id = existing.id as string;
        const etag = existing.etag as string;
        if (ok) {
          const created = await theirs.create(kind.input as never);
          const updated = await theirs.update(id, { ...existing, ...kind.change } as never, etag);
          expect(updated).toMatchObject(kind.change);
          await theirs.remove(created.id as string, created.etag as string);
          await own.remove(id, updated.etag as string);
        } else {
          await expectForbidden(theirs.create(kind.input as never));
          await expectForbidden(theirs.update(id, { ...existing, ...kind.change } as never, etag));
          await expectForbidden(theirs.remove(id, etag));
          // Nothing written: the stored item is untouched and no item was added.
          expect(await own.get(id)).toEqual(existing);
          await own.remove(id, etag);
        }
        expect((await own.list()).length).toBe(before.length);
      });
    }
    for (const where of ['admin', 'network'] as const) {
      const ok = allowed(role, where);
      it(`should ${ok ? 'let' : 'refuse with 403'} ${role} create a list and upload a file on the ${where} site`, async () => {
        const client = clients[role];
        const siteId = siteOf(where);
        const name = `Matris ${role} ${where}`.replace(/[^A-Za-z0-9 ]/g, '');
        const createList = client.post<{ id: string }>(`/sites/${siteId}/lists`, {
          displayName: name,
          columns: [],
          list: { template: 'genericList' },
        });
        const drive = await coordinator.get<{ id: string }>(`/sites/${siteId}/drive`);
        const file = `matris-${Math.random().toString(36).slice(2)}.txt`;
        const upload = uploadFile(client, drive.id, file, new TextEncoder().encode('innehåll'));
        if (ok) {
          await expect(createList).resolves.toMatchObject({ id: expect.any(String) });
          await expect(upload).resolves.toMatchObject({ name: file });
        } else {
          await expectForbidden(createList);
          await expectForbidden(upload);
          const lists = await coordinator.get<{ value: { displayName: string }[] }>(
            `/sites/${siteId}/lists`,
          );
          expect(lists.value.map((l) => l.displayName)).not.toContain(name);
          const children = await coordinator.get<{ value: { name: string }[] }>(
            `/drives/${drive.id}/root/children`,
          );
          expect(children.value.map((c) => c.name)).not.toContain(file);
        }
      });
    }
  }
});
