import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorAppTokenProvider } from '../../../src/auth/server-token-provider.js';
import { createGraphClient, type GraphClient } from '../../../src/graph/client.js';
import {
  createActivityRepository,
  createCallResponseRepository,
  createContactPersonRepository,
  createDevelopmentInitiativeRepository,
  createFundingCallRepository,
  createNetworkMembershipRepository,
  createProjectRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
  type ListRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { uploadFile } from '../../../src/graph/teams.js';
import { LOCAL_SERVER_CLIENT_ID } from '../../../src/server/graph-backend.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { reportingStatusOf } from '../../../src/domain/reporting-status.js';
import {
  draftInput,
  liveModel,
  reviewDecisionInput,
  submittedInput,
} from '../../../src/tab/features/reporting/submission-flow.js';
import {
  createGraphReportingAccess,
  type ReportingAccess,
} from '../../../src/tab/data/reporting-access.js';
import { recordFigures } from './figures.js';
import {
  adminSiteId,
  COORDINATOR,
  expectForbidden,
  FAST_RETRY,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

/**
 * Who may write what, enforced by the store. The site decides first (DESIGN.md §3): owners and
 * members of a group write its site; every group is Private, so nobody joins without an owner
 * (column "join": adding oneself as a member of kultur-fritid's group). Administration sites are read by the network
 * group's members and the organisation's readers through site read grants (never membership);
 * the network site by its members only. Then the lists' admin policies
 * (src/graph/lists/definitions.ts `adminPolicy`, set in a tenant by the SharePoint admin's PnP
 * commands, given to the emulator by the harness as by the server):
 * - owners only (inheritance broken, members read): reporting rounds, review decisions, contact
 *   persons, network memberships, funding calls. The coordinator owns the network group; contact
 *   persons are members.
 * - edit own items (item-level permissions): call responses. The item tried is created by the
 *   contact person of utbildning; a group owner (the coordinator) edits any item.
 * - submissions live on each administration's site with its permissions: every owner and member
 *   edits every item (a deputy finishes what the contact person started).
 * App identities with Sites.ReadWrite.All or more are not bound by list policies.
 * "admin" lists and drive = utbildning's site, the others = the network site. C = create,
 * U = update, D = delete (only where the app deletes: projects and activities), up = upload a
 * file to the site's drive, list = create a list on the site; "–" = 403 from the store.
 *
 * | role                         | projects | activities | initiatives | submissions | decisions | rounds | contact persons | memberships | calls | call responses | admin drive | network drive | admin list | network list | join |
 * | ---------------------------- | -------- | ---------- | ----------- | ----------- | --------- | ------ | --------------- | ----------- | ----- | -------------- | ----------- | ------------- | ---------- | ------------ | ---- |
 * | coordinator                  | CUD      | CUD        | CU          | CU          | CU        | CU     | CU              | CU          | CU    | CU             | up          | up            | list       | list         | join |
 * | contact person of utbildning | CUD      | CUD        | CU          | CU          | –         | –      | –               | –           | –     | CU             | up          | up            | list       | list         | –    |
 * | contact person of omsorg     | –        | –          | –           | –           | –         | –      | –               | –           | –     | C              | –           | up            | –          | list         | –    |
 * | staff of utbildning          | CUD      | CUD        | CU          | CU          | –         | –      | –               | –           | –     | –              | up          | –             | list       | –            | –    |
 * | staff of omsorg              | –        | –          | –           | –           | –         | –      | –               | –           | –     | –              | –           | –             | –          | –            | –    |
 * | extern.gast (outside)        | –        | –          | –           | –           | –         | –      | –               | –           | –     | –              | –           | –             | –          | –            | –    |
 * | bot app identity             | CUD      | CUD        | CU          | CU          | CU        | CU     | CU              | CU          | CU    | CU             | up          | up            | list       | list         | join |
 * | app with only Sites.Read.All | –        | –          | –           | –           | –         | –      | –               | –           | –     | –              | –           | –             | –          | –            | –    |
 *
 * The app with only Sites.Read.All cannot join either (Graph needs a Group or GroupMember role).
 * Not covered here: the shared channel's files folder (its own site, channel members only; see
 * test/integration/graph/report-files.test.ts) and deletes the app never makes.
 */
const roles = [
  'coordinator',
  'contact person of utbildning',
  'contact person of omsorg',
  'staff of utbildning',
  'staff of omsorg',
  'extern.gast (outside the network)',
  'bot app identity (default roles)',
  'app with only Sites.Read.All',
] as const;
type Role = (typeof roles)[number];

type Op = 'create' | 'update' | 'delete';
const OP_LETTER: Record<Op, string> = { create: 'C', update: 'U', delete: 'D' };

interface Kind {
  name: string;
  /** Who created the item the update and delete are tried on. */
  existingBy: Role;
  ops: readonly Op[];
  repo: (
    client: GraphClient,
    sites: OrganisationSites,
  ) => ListRepository<Record<string, unknown>, never>;
  input: Record<string, unknown>;
  change: Record<string, unknown>;
  /** The allowed operations per role (letters of the table above). */
  allowed: Record<Role, string>;
}

const SITE_ADMIN = 'utbildning';
const CONTACT: Role = 'contact person of utbildning';

/** Rows of the table above for the three sorts of list, column by column. */
const adminList = {
  coordinator: 'CUD',
  'contact person of utbildning': 'CUD',
  'contact person of omsorg': '',
  'staff of utbildning': 'CUD',
  'staff of omsorg': '',
  'extern.gast (outside the network)': '',
  'bot app identity (default roles)': 'CUD',
  'app with only Sites.Read.All': '',
} satisfies Record<Role, string>;
const ownersOnlyList = {
  coordinator: 'CU',
  'contact person of utbildning': '',
  'contact person of omsorg': '',
  'staff of utbildning': '',
  'staff of omsorg': '',
  'extern.gast (outside the network)': '',
  'bot app identity (default roles)': 'CU',
  'app with only Sites.Read.All': '',
} satisfies Record<Role, string>;
const submissionsList = {
  coordinator: 'CU',
  'contact person of utbildning': 'CU',
  'contact person of omsorg': '',
  'staff of utbildning': 'CU',
  'staff of omsorg': '',
  'extern.gast (outside the network)': '',
  'bot app identity (default roles)': 'CU',
  'app with only Sites.Read.All': '',
} satisfies Record<Role, string>;
const ownItemsList = {
  coordinator: 'CU',
  'contact person of utbildning': 'CU',
  'contact person of omsorg': 'C',
  'staff of utbildning': '',
  'staff of omsorg': '',
  'extern.gast (outside the network)': '',
  'bot app identity (default roles)': 'CU',
  'app with only Sites.Read.All': '',
} satisfies Record<Role, string>;

const admin = (s: OrganisationSites) => adminSiteId(s, SITE_ADMIN);

const kinds: Kind[] = [
  {
    name: 'projects',
    existingBy: CONTACT,
    ops: ['create', 'update', 'delete'],
    repo: (c, s) => createProjectRepository(c, admin(s)) as never,
    input: {
      administrationId: SITE_ADMIN,
      title: 'Matrisprojekt',
      kind: 'eu',
      status: 'planned',
      programme: 'erasmus-plus',
      role: 'partner',
    },
    change: { title: 'Ändrad titel' },
    allowed: adminList,
  },
  {
    name: 'activities',
    existingBy: CONTACT,
    ops: ['create', 'update', 'delete'],
    repo: (c, s) => createActivityRepository(c, admin(s)) as never,
    input: {
      administrationId: SITE_ADMIN,
      title: 'Studiebesök',
      type: 'study-visit',
      startDate: '2025-03-01',
    },
    change: { title: 'Ändrat besök' },
    allowed: adminList,
  },
  {
    name: 'development initiatives',
    existingBy: CONTACT,
    ops: ['create', 'update'],
    repo: (c, s) => createDevelopmentInitiativeRepository(c, admin(s)) as never,
    input: {
      administrationId: SITE_ADMIN,
      title: 'Digital skolplattform',
      year: 2025,
      fundingConsidered: true,
      fundingOutcome: 'no-call-found',
    },
    change: { title: 'Ändrad insats' },
    allowed: adminList,
  },
  {
    name: 'submissions',
    existingBy: CONTACT,
    ops: ['create', 'update'],
    repo: (c, s) => createSubmissionRepository(c, admin(s)) as never,
    input: { administrationId: SITE_ADMIN, year: 2025 },
    change: { resultsNarrative: 'Ändrad' },
    allowed: submissionsList,
  },
  {
    name: 'review decisions',
    existingBy: 'coordinator',
    ops: ['create', 'update'],
    repo: (c, s) => createReviewDecisionRepository(c, s.network.siteId) as never,
    input: {
      administrationId: SITE_ADMIN,
      year: 2025,
      decision: 'approved',
      submissionId: '1',
      submissionVersion: '1.0',
      decidedAt: '2026-02-10T10:00:00Z',
    },
    change: { decision: 'returned', comment: 'Ändrat beslut' },
    allowed: ownersOnlyList,
  },
  {
    name: 'reporting rounds',
    existingBy: 'coordinator',
    ops: ['create', 'update'],
    repo: (c, s) => createReportingRoundRepository(c, s.network.siteId) as never,
    input: { year: 2025, deadline: '2026-02-15' },
    change: { open: false },
    allowed: ownersOnlyList,
  },
  {
    name: 'contact persons',
    existingBy: 'coordinator',
    ops: ['create', 'update'],
    repo: (c, s) => createContactPersonRepository(c, s.network.siteId) as never,
    input: { administrationId: SITE_ADMIN, contactUpn: 'kontakt.utbildning@vaxjo.example' },
    change: { contactName: 'Ny kontakt' },
    allowed: ownersOnlyList,
  },
  {
    name: 'network memberships',
    existingBy: 'coordinator',
    ops: ['create', 'update'],
    repo: (c, s) => createNetworkMembershipRepository(c, s.network.siteId) as never,
    input: { name: 'Eurocities' },
    change: { notes: 'Ändrad' },
    allowed: ownersOnlyList,
  },
  {
    name: 'funding calls',
    existingBy: 'coordinator',
    ops: ['create', 'update'],
    repo: (c, s) => createFundingCallRepository(c, s.network.siteId) as never,
    input: { title: 'Erasmus+ KA220', programme: 'erasmus-plus', closes: '2026-03-05' },
    change: { notes: 'Ändrad' },
    allowed: ownersOnlyList,
  },
  {
    name: 'call responses',
    existingBy: CONTACT,
    ops: ['create', 'update'],
    repo: (c, s) => createCallResponseRepository(c, s.network.siteId) as never,
    input: { callId: '1', administrationId: SITE_ADMIN, status: 'looking' },
    change: { status: 'not-relevant', reason: 'Ingen målgrupp' },
    allowed: ownItemsList,
  },
];

/** Who may add a member to kultur-fritid's private group: its owners and apps with a Group role. */
const JOIN_TARGET = 'kultur-fritid';
const joiners: readonly Role[] = ['coordinator', 'bot app identity (default roles)'];

type Where = 'admin' | 'network';
/** Upload and list creation follow the site alone (columns U/list of the table). */
const siteWriters: Record<Where, readonly Role[]> = {
  admin: ['coordinator', CONTACT, 'staff of utbildning', 'bot app identity (default roles)'],
  network: ['coordinator', CONTACT, 'contact person of omsorg', 'bot app identity (default roles)'],
};


const describeOps = (ops: readonly Op[]) => (ops.length === 0 ? 'nothing' : ops.join(', '));

describe('authorization matrix: every write as every role, enforced by the store', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let clients: Record<Role, GraphClient>;
  let coordinator: GraphClient;
  const tally = { cases: 0, allowed: 0, refused: 0 };

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    coordinator = h.clientFor(COORDINATOR);
    clients = {
      coordinator,
      'contact person of utbildning': h.clientFor('kontakt.utbildning@vaxjo.example'),
      'contact person of omsorg': h.clientFor('kontakt.omsorg@vaxjo.example'),
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
  afterAll(async () => {
    recordFigures('authorization matrix', tally);
    await h.close();
  });

  const count = (ok: boolean) => {
    tally.cases += 1;
    if (ok) tally.allowed += 1;
    else tally.refused += 1;
  };

  for (const role of roles) {
    for (const kind of kinds) {
      const can = (op: Op) => kind.allowed[role].includes(OP_LETTER[op]);
      const allowed = kind.ops.filter(can);
      const refused = kind.ops.filter((op) => !can(op));
      it(`should let ${role} ${describeOps(allowed)} and refuse ${describeOps(refused)} on ${kind.name}`, async () => {
        // The coordinator owns every group: it reads everything and cleans up whatever was made.
        const own = kind.repo(coordinator, sites);
        const theirs = kind.repo(clients[role], sites);
        const before = (await own.list()).length;
        const existing = await kind
          .repo(clients[kind.existingBy], sites)
          .create(kind.input as never);
        const id = existing.id as string;
        let current = existing;

        if (can('create')) {
          const created = await theirs.create(kind.input as never);
          await own.remove(created.id as string, created.etag as string);
        } else await expectForbidden(theirs.create(kind.input as never));
        count(can('create'));

        const changed = { ...existing, ...kind.change } as never;
        if (can('update')) {
          current = await theirs.update(id, changed, existing.etag as string);
          expect(current).toMatchObject(kind.change);
        } else {
          await expectForbidden(theirs.update(id, changed, existing.etag as string));
          expect(await own.get(id)).toEqual(existing);
        }
        count(can('update'));

        if (kind.ops.includes('delete')) {
          if (can('delete')) await theirs.remove(id, current.etag as string);
          else {
            await expectForbidden(theirs.remove(id, current.etag as string));
            expect(await own.get(id)).toEqual(current);
          }
          count(can('delete'));
        }
        if (!can('delete') || !kind.ops.includes('delete')) {
          await own.remove(id, current.etag as string);
        }
        // Nothing refused was written: the list holds what it held before.
        expect((await own.list()).length).toBe(before);
      });
    }

    const joins = joiners.includes(role);
    const isApp = role.includes('app');
    it(`should ${joins ? 'let' : 'refuse with 403'} ${role} add ${isApp ? 'a user' : 'themselves'} as a member of a private administration group`, async () => {
      const groupId = sites.administrations[JOIN_TARGET]?.groupId ?? '';
      const client = clients[role];
      const userId = isApp
        ? (await coordinator.get<{ id: string }>('/users/extern.gast@vaxjo.example')).id
        : (await client.get<{ id: string }>('/me')).id;
      const add = client.post(`/groups/${groupId}/members/$ref`, {
        '@odata.id': `${h.baseUrl}/directoryObjects/${userId}`,
      });
      const members = async () =>
        (await coordinator.get<{ value: { id: string }[] }>(`/groups/${groupId}/members`)).value.map(
          (m) => m.id,
        );
      if (joins) {
        await add;
        expect(await members()).toContain(userId);
        await coordinator.delete(`/groups/${groupId}/members/${userId}/$ref`);
      } else {
        await expectForbidden(add);
        expect(await members()).not.toContain(userId);
      }
      count(joins);
    });

    for (const where of ['admin', 'network'] as const) {
      const ok = siteWriters[where].includes(role);
      it(`should ${ok ? 'let' : 'refuse with 403'} ${role} upload a file and create a list on the ${where} site`, async () => {
        const client = clients[role];
        const siteId = where === 'admin' ? admin(sites) : sites.network.siteId;
        const name = `Matris ${role} ${where}`.replace(/[^A-Za-z0-9 ]/g, '');
        const drive = await coordinator.get<{ id: string }>(`/sites/${siteId}/drive`);
        const file = `matris-${Math.random().toString(36).slice(2)}.txt`;
        const upload = uploadFile(client, drive.id, file, new TextEncoder().encode('innehåll'));
        const createList = client.post<{ id: string }>(`/sites/${siteId}/lists`, {
          displayName: name,
          columns: [],
          list: { template: 'genericList' },
        });
        if (ok) {
          await expect(upload).resolves.toMatchObject({ name: file });
          await expect(createList).resolves.toMatchObject({ id: expect.any(String) });
        } else {
          await expectForbidden(upload);
          await expectForbidden(createList);
          const lists = await coordinator.get<{ value: { displayName: string }[] }>(
            `/sites/${siteId}/lists`,
          );
          expect(lists.value.map((l) => l.displayName)).not.toContain(name);
          const children = await coordinator.get<{ value: { name: string }[] }>(
            `/drives/${drive.id}/root/children`,
          );
          expect(children.value.map((c) => c.name)).not.toContain(file);
        }
        count(ok);
        count(ok);
      });
    }
  }

  describe("the reporting flows through the tab's data access", () => {
    const year = 2030;
    const accessFor = (user: string): ReportingAccess =>
      createGraphReportingAccess({
        graphBaseUrl: h.baseUrl,
        getToken: () => h.userToken(user),
        organisation: defaultOrganisation,
        user,
      });
    const narratives = {
      otherWorkNarrative: 'Studiebesök i Kaunas.',
      resultsNarrative: 'Nya partner.',
    };
    const submitUtbildning = async () => {
      const contact = accessFor('kontakt.utbildning@vaxjo.example');
      const draft = await contact.saveSubmission(draftInput(SITE_ADMIN, year, narratives));
      const model = liveModel(
        { organisation: defaultOrganisation, year, projects: [], activities: [], submissions: [] },
        SITE_ADMIN,
        '2031-01-20T09:00:00Z',
      );
      const by = { user: 'Maria Johansson', now: '2031-01-20T09:00:00Z' };
      return contact.saveSubmission(
        submittedInput(SITE_ADMIN, year, narratives, model, by, draft),
        draft,
      );
    };

    it('should refuse with 403 a contact person opening a reporting round', async () => {
      const contact = accessFor('kontakt.utbildning@vaxjo.example');
      const open = { year, deadline: `${year + 1}-02-15`, open: true, openedBy: 'Maria Johansson' };
      await expectForbidden(contact.saveRound(open));
      expect((await contact.rounds()).map((r) => r.year)).not.toContain(year);
    });

    it("should refuse with 403 the contact person of omsorg updating utbildning's submission", async () => {
      const submitted = await submitUtbildning();
      const omsorg = accessFor('kontakt.omsorg@vaxjo.example');
      const overwrite = { ...submitted, resultsNarrative: 'Skrivet av Omsorg' };
      await expectForbidden(omsorg.saveSubmission(overwrite, submitted));
      const stored = (await omsorg.reporting()).submissions.find((x) => x.id === submitted.id);
      expect(stored?.resultsNarrative).toBe(narratives.resultsNarrative);
    });

    it('should refuse with 403 the contact person deciding on their own submission', async () => {
      const submitted = await submitUtbildning();
      const by = { user: 'Maria Johansson', now: '2031-02-01T10:00:00Z' };
      await expectForbidden(
        accessFor('kontakt.utbildning@vaxjo.example').saveDecision(
          reviewDecisionInput(submitted, 'approved', '', by),
        ),
      );
    });

    it('should let the coordinator return a report and another member of the administration fix and resubmit it', async () => {
      const submitted = await submitUtbildning();
      const by = { user: 'Sara Lind', now: '2031-02-01T10:00:00Z' };
      await accessFor(COORDINATOR).saveDecision(
        reviewDecisionInput(submitted, 'returned', 'Komplettera resultaten.', by),
      );
      const statusFor = async (user: string) => {
        const data = await accessFor(user).reporting();
        return reportingStatusOf(data.submissions, data.decisions, SITE_ADMIN, year);
      };
      // The deputy is not in the network (no decisions to read); the contact person is.
      const returned = await statusFor('kontakt.utbildning@vaxjo.example');
      expect(returned.status).toBe('returned');
      expect(returned.decision?.comment).toBe('Komplettera resultaten.');
      const deputy = accessFor('personal1.utbildning@vaxjo.example');
      const current = returned.submission ?? submitted;
      const fixed = await deputy.saveSubmission(
        draftInput(SITE_ADMIN, year, { ...narratives, resultsNarrative: 'Kompletterat.' }, current),
        current,
      );
      expect((await statusFor('kontakt.utbildning@vaxjo.example')).status).toBe('returned');
      const model = liveModel(
        { organisation: defaultOrganisation, year, projects: [], activities: [], submissions: [] },
        SITE_ADMIN,
        '2031-02-02T09:00:00Z',
      );
      await deputy.saveSubmission(
        submittedInput(
          SITE_ADMIN,
          year,
          { ...narratives, resultsNarrative: 'Kompletterat.' },
          model,
          { user: 'Erik Andersson', now: '2031-02-02T09:00:00Z' },
          fixed,
        ),
        fixed,
      );
      const resubmitted = await statusFor(COORDINATOR);
      expect(resubmitted.status).toBe('submitted');
      expect(resubmitted.submission).toMatchObject({
        resultsNarrative: 'Kompletterat.',
        submittedBy: 'Erik Andersson',
      });
    });
  });
});
