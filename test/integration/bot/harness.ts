import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createBot, type Bot, type BotDeps } from '../../../src/bot/index';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index';
import { createGraphClient, type GraphClient } from '../../../src/graph/client';
import { provision } from '../../../src/graph/provisioning/provision';
import { sampleMembership } from '../../../src/graph/provisioning/sample-directory';
import {
  createActivityRepository,
  createContactPersonRepository,
  createDevelopmentInitiativeRepository,
  createProjectRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
} from '../../../src/graph/repositories';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites';
import { startConnector, type CapturingConnector } from './connector';

/** The bot's clock in these tests: the 2025 reporting round is running. */
export const NOW = new Date('2026-03-15T09:00:00Z');
export const YEAR = 2025;
/** Administrations in the sample data, by their 2025 submission state. */
export const SUBMITTED = ['utbildning', 'kommunledning'];
export const RETURNED = 'omsorg';
export const DRAFT = 'kultur-fritid';
/** Has no registered contact person. */
export const WITHOUT_CONTACT = 'vidingehem';

/** A Graph emulator with provisioned groups, sites and lists and a small, known data set. */
export interface GraphWorld {
  emulator: RunningEmulator;
  /** The bot's app-only client. */
  appGraph: GraphClient;
  getSites: () => Promise<OrganisationSites>;
  /** Directory object id by UPN. */
  userId(upn: string): string;
  close(): Promise<void>;
}

async function devToken(origin: string, body: Record<string, string>): Promise<string> {
  const response = await fetch(`${origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

function client(emulator: RunningEmulator, who: Record<string, string>): GraphClient {
  let token: Promise<string> | undefined;
  return createGraphClient({
    baseUrl: emulator.baseUrl,
    getToken: () => (token ??= devToken(emulator.origin, who)),
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxRetries: 4 },
  });
}

/** Starts the emulator, provisions as the coordinator and writes the sample records. */
export async function startGraphWorld(): Promise<GraphWorld> {
  const emulator = await startEmulator({ port: 0 });
  const coordinator = client(emulator, { userPrincipalName: 'samordnare@vaxjo.example' });
  await provision(coordinator, defaultOrganisation, {
    membership: sampleMembership(defaultOrganisation),
    sitePollMs: 10,
  });
  const sites = await resolveSites(coordinator, defaultOrganisation);
  const network = sites.network.siteId;
  const utbildning = sites.administrations.utbildning?.siteId ?? '';

  await createContactPersonRepository(coordinator, network).createMany(
    defaultOrganisation.administrations
      .filter((a) => a.id !== WITHOUT_CONTACT)
      .map((a) => ({
        administrationId: a.id,
        contactUpn: `kontakt.${a.id}@vaxjo.example`,
        contactName: `Kontakt ${a.shortName ?? a.name}`,
      })),
  );
  await createReportingRoundRepository(coordinator, network).create({
    year: YEAR,
    deadline: '2026-02-27',
    open: true,
  });
  // Each administration's report on its own site; the return is the coordinator's decision.
  const siteOf = (id: string) => sites.administrations[id]?.siteId ?? '';
  for (const administrationId of [...SUBMITTED, RETURNED]) {
    const submitted = await createSubmissionRepository(coordinator, siteOf(administrationId)).create({
      administrationId,
      year: YEAR,
      status: 'submitted',
      submittedBy: `kontakt.${administrationId}@vaxjo.example`,
      submittedAt: '2026-02-20T10:00:00Z',
    });
    if (administrationId !== RETURNED) continue;
    await createReviewDecisionRepository(coordinator, network).create({
      administrationId,
      year: YEAR,
      decision: 'returned',
      comment: 'Komplettera.',
      submissionId: submitted.id ?? '',
      submissionVersion: submitted.version ?? '',
      decidedAt: '2026-02-22T10:00:00Z',
    });
  }
  await createSubmissionRepository(coordinator, siteOf(DRAFT)).create({
    administrationId: DRAFT,
    year: YEAR,
    status: 'draft',
  });
  await createProjectRepository(coordinator, utbildning).createMany([
    {
      administrationId: 'utbildning',
      title: 'Erasmus+ lärarutbyte',
      kind: 'eu',
      status: 'ongoing',
      programme: 'erasmus-plus',
      role: 'lead',
      startDate: '2024-09-01',
      endDate: '2026-06-30',
      grantedAmount: 250_000,
      currency: 'SEK',
    },
    {
      administrationId: 'utbildning',
      title: 'Interreg Södra Östersjön: skolnätverk',
      kind: 'eu',
      status: 'applied',
      programme: 'interreg',
      role: 'partner',
      applicationSubmitted: '2025-03-10',
    },
  ]);
  await createActivityRepository(coordinator, utbildning).create({
    administrationId: 'utbildning',
    title: 'Studiebesök i Tartu',
    type: 'study-visit',
    startDate: '2025-05-12',
    travelMode: 'train',
    distanceKm: 1800,
    participants: 3,
  });

  // The strategy's indicator: 1 of 2 initiatives of 2025 considered external funding.
  await createDevelopmentInitiativeRepository(coordinator, utbildning).createMany([
    {
      administrationId: 'utbildning',
      title: 'Digital skolplattform',
      year: YEAR,
      fundingConsidered: true,
      fundingOutcome: 'applied',
    },
    {
      administrationId: 'utbildning',
      title: 'Ny elevhälsomodell',
      year: YEAR,
      fundingConsidered: false,
    },
  ]);

  const users = (await (await fetch(`${emulator.origin}/_emulator/users`)).json()) as
    | Array<{ id: string; userPrincipalName: string }>
    | { value: Array<{ id: string; userPrincipalName: string }> };
  const list = Array.isArray(users) ? users : users.value;
  const ids = new Map(list.map((u) => [u.userPrincipalName.toLowerCase(), u.id]));

  const appGraph = client(emulator, { clientId: 'internationellt-arbete-bot' });
  let sitesPromise: Promise<OrganisationSites> | undefined;
  return {
    emulator,
    appGraph,
    getSites: () => (sitesPromise ??= resolveSites(appGraph, defaultOrganisation)),
    userId: (upn) => {
      const id = ids.get(upn.toLowerCase());
      if (!id) throw new Error(`no seeded user ${upn}`);
      return id;
    },
    close: () => emulator.close(),
  };
}

/** The bot mounted on an Express app, as the server mounts it. */
export interface BotServer {
  bot: Bot;
  url: string;
  /** POSTs an activity to /api/messages; resolves to the HTTP status. */
  post(activity: unknown, headers?: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

/** Starts an Express app with `POST /api/messages` handled by a bot made from `deps`. */
export async function startBotServer(deps: BotDeps): Promise<BotServer> {
  const bot = createBot(deps);
  const app = express();
  app.post('/api/messages', bot.handler);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    bot,
    url,
    post: async (activity, headers = {}) => {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      await response.arrayBuffer();
      return response.status;
    },
    close: async () => {
      await bot.idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A log that keeps what it is told, so tests can assert nothing crashed. */
export function recordingLog() {
  const lines: Array<{ level: string; message: string; details?: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, details?: Record<string, unknown>) => {
    lines.push({ level, message, ...(details ? { details } : {}) });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** Deps of a bot whose commands never reach Graph (protocol and JWT tests). */
export function offlineDeps(extra: Partial<BotDeps> = {}): BotDeps {
  return {
    graph: createGraphClient({
      baseUrl: 'http://127.0.0.1:9/v1.0',
      getToken: async () => 'unused',
    }),
    organisation: defaultOrganisation,
    getSites: async () => {
      throw new Error('not needed: nothing reaches the data');
    },
    tabUrl: 'https://example.org/tab',
    log: recordingLog(),
    ...extra,
  };
}

/** A bot on the emulator's sample data, answering through a capturing connector. */
export interface WorldBot {
  world: GraphWorld;
  connector: CapturingConnector;
  server: BotServer;
  /** Sender fields of a seeded user, for test activities. */
  person(upn: string): { aadObjectId: string; name: string };
  /** Posts an activity and waits until the bot has finished with it; resolves to the status. */
  run(activity: unknown): Promise<number>;
  close(): Promise<void>;
}

/** Starts the emulator world, a connector and a bot over them (clock at {@link NOW}). */
export async function startWorldBot(
  extra: (world: GraphWorld) => Partial<BotDeps> = () => ({}),
): Promise<WorldBot> {
  const world = await startGraphWorld();
  const connector = await startConnector();
  const server = await startBotServer({
    graph: world.appGraph,
    organisation: defaultOrganisation,
    getSites: world.getSites,
    tabUrl: 'http://127.0.0.1:3978/',
    log: recordingLog(),
    now: () => NOW,
    ...extra(world),
  });
  return {
    world,
    connector,
    server,
    person: (upn) => ({ aadObjectId: world.userId(upn), name: upn }),
    run: async (activity) => {
      const status = await server.post(activity);
      await server.bot.idle();
      return status;
    },
    close: async () => {
      await server.close();
      await connector.close();
      await world.close();
    },
  };
}
