import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adaptiveCardSchema, createBot, type Bot, type BotDeps } from '../../../src/bot/index';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { ensureNetworkTeam } from '../../../src/graph/network';
import { createActivityRepository, createProjectRepository } from '../../../src/graph/repositories';
import { apiScopeOf, createApiTokenValidator } from '../../../src/auth/api-token-validator';
import { createShareGoodExampleHandler } from '../../../src/server/good-examples';
import {
  LOCAL_APP_ID_URI,
  LOCAL_SERVER_CLIENT_ID,
  emulatorApiTokens,
} from '../../../src/server/graph-backend';
import { createHttpApp } from '../../../src/server/http-app';
import { officialCardProblems } from '../../unit/bot/cards/official-card-check';
import { personalMessage } from './activities';
import { sentText, startConnector, type CapturingConnector } from './connector';
import { recordingLog, startGraphWorld, type GraphWorld } from './harness';

const COORDINATOR = 'samordnare@vaxjo.example';
const CONTACT = 'kontakt.utbildning@vaxjo.example';
const FORGED =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzYW1vcmRuYXJlIn0.c2lnbmF0dXJlLWZvcmdlZA';

/** A user's token for the server's own API from the emulator, as the tab has it locally. */
async function userToken(world: GraphWorld, upn: string): Promise<string> {
  const response = await fetch(`${world.emulator.origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      userPrincipalName: upn,
      scope: apiScopeOf(LOCAL_APP_ID_URI),
      clientId: LOCAL_SERVER_CLIENT_ID,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The same user's Graph token: the share endpoint must refuse it. */
async function graphToken(world: GraphWorld, upn: string): Promise<string> {
  const response = await fetch(`${world.emulator.origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The server's HTTP app with one bot's share endpoint, as src/server/app.ts mounts it. */
async function startShareServer(world: GraphWorld, bot: Bot) {
  const app = createHttpApp({
    tabDir: '/nonexistent',
    clientConfig: {
      graphBaseUrl: world.emulator.baseUrl,
      auth: {
        mode: 'dev',
        emulatorOrigin: world.emulator.origin,
        clientId: LOCAL_SERVER_CLIENT_ID,
        apiScope: apiScopeOf(LOCAL_APP_ID_URI),
      },
      organisation: defaultOrganisation,
    },
    botHandler: (req, res, next) => {
      bot.handler(req, res).catch(next);
    },
    shareGoodExample: createShareGoodExampleHandler({
      authenticate: createApiTokenValidator(emulatorApiTokens(world.emulator)),
      administrationIds: defaultOrganisation.administrations.map((a) => a.id),
      defaultLocale: 'sv',
      share: (request) => bot.shareGoodExample(request),
    }),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    share: async (token: string, body: unknown) => {
      const response = await fetch(`${url}/api/good-examples/share`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          messageId?: string;
          error?: { code: string; message: string };
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('sharing a good example into the network channel', () => {
  let world: GraphWorld;
  let connector: CapturingConnector;
  let channelId: string;
  let good: { project: string; activity: string; unmarked: string };
  const botDeps = (extra: Partial<BotDeps> = {}): BotDeps => ({
    graph: world.appGraph,
    organisation: defaultOrganisation,
    getSites: world.getSites,
    tabUrl: 'http://127.0.0.1:3978/',
    log: recordingLog(),
    ...extra,
  });

  beforeAll(async () => {
    world = await startGraphWorld();
    connector = await startConnector();
    const sites = await world.getSites();
    const team = await ensureNetworkTeam(world.appGraph, defaultOrganisation, sites, {
      owner: COORDINATOR,
      pollIntervalMs: 10,
      maxPolls: 200,
    });
    channelId = team.channel.id;
    const utbildning = sites.administrations.utbildning?.siteId ?? '';
    const [project, unmarked] = await createProjectRepository(
      world.appGraph,
      utbildning,
    ).createMany([
      {
        administrationId: 'utbildning',
        title: 'Erasmus+ [klicka](https://evil.example) lärarutbyte',
        kind: 'eu',
        status: 'ongoing',
        programme: 'erasmus-plus',
        role: 'lead',
        startDate: '2024-09-01',
        endDate: '2026-06-30',
        goodExample: true,
        goodExampleSummary: 'Lärare från fem länder delar metoder för språkinlärning.',
      },
      {
        administrationId: 'utbildning',
        title: 'Skolnätverk utan markering',
        kind: 'international',
        status: 'planned',
        programme: 'nordplus',
        role: 'partner',
      },
    ]);
    const activity = await createActivityRepository(world.appGraph, utbildning).create({
      administrationId: 'utbildning',
      title: 'Studiebesök i Tartu',
      type: 'study-visit',
      startDate: '2025-05-12',
      goodExample: true,
      goodExampleSummary: 'Digitala läromedel i Estland.',
    });
    good = {
      project: project?.id ?? '',
      activity: activity.id ?? '',
      unmarked: unmarked?.id ?? '',
    };
  });
  afterAll(async () => {
    await connector?.close();
    await world?.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  describe('with BOT_SERVICE_URL set', () => {
    let bot: Bot;
    let server: Awaited<ReturnType<typeof startShareServer>>;
    beforeAll(async () => {
      bot = createBot(botDeps({ serviceUrl: connector.url }));
      server = await startShareServer(world, bot);
    });
    const shareAs = async (upn: string, body: Record<string, unknown>) =>
      server.share(await userToken(world, upn), body);
    const theProject = () => ({
      administrationId: 'utbildning',
      kind: 'project',
      itemId: good.project,
    });
    afterAll(async () => {
      await server?.close();
    });

    it('should post exactly one valid card into the channel when the coordinator shares', async () => {
      const answer = await shareAs(COORDINATOR, theProject());
      expect(answer.status).toBe(200);
      expect(connector.calls).toHaveLength(1);
      const [call] = connector.calls;
      expect(call?.method).toBe('POST');
      expect(call?.conversationId).toBe(channelId);
      expect(answer.body.messageId).toMatch(/^activity-\d+$/);
      const attachments = call?.body.attachments as Array<{ content: unknown }>;
      const card = attachments[0]?.content;
      expect(adaptiveCardSchema.safeParse(card).error?.issues ?? []).toEqual([]);
      expect(officialCardProblems(card)).toEqual([]);
    });

    it('should show title, administration, kind, summary and period, with the markup escaped', async () => {
      await shareAs(COORDINATOR, theProject());
      const text = sentText(connector.calls[0]);
      expect(text).toContain('Gott exempel: Erasmus+ \\[klicka\\]\\(https://evil.example\\)');
      expect(text).toContain('Förvaltning/bolag: Utbildningsförvaltningen');
      expect(text).toContain('Typ: Projekt');
      expect(text).toContain('Lärare från fem länder delar metoder för språkinlärning.');
      expect(text).toMatch(/Period: 1 september 2024 – 30 juni 2026/);
    });

    it('should answer in English and link to the shared activity when asked in English', async () => {
      const answer = await shareAs(COORDINATOR, {
        administrationId: 'utbildning',
        kind: 'activity',
        itemId: good.activity,
        locale: 'en',
      });
      expect(answer.status).toBe(200);
      const body = connector.calls[0]?.body as {
        text: string;
        attachments: Array<{ content: { actions?: Array<{ url?: string }> } }>;
      };
      expect(sentText(connector.calls[0])).toContain('Good example: Studiebesök i Tartu');
      expect(sentText(connector.calls[0])).toContain('Kind: Activity');
      expect(body.attachments[0]?.content.actions?.[0]?.url).toBe(
        `http://127.0.0.1:3978/?feature=activities&administration=utbildning&item=${good.activity}`,
      );
    });

    it('should refuse a contact person with 403 and post nothing', async () => {
      const answer = await shareAs(CONTACT, theProject());
      expect(answer.status).toBe(403);
      expect(answer.body.error?.code).toBe('forbidden');
      expect(connector.calls).toEqual([]);
    });

    it('should answer 400 naming the field of a bad body', async () => {
      const answer = await shareAs(COORDINATOR, { ...theProject(), kind: 'meeting' });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe('invalidRequest');
      expect(answer.body.error?.message).toContain('kind:');
      expect(connector.calls).toEqual([]);
    });

    it('should answer 400 naming administrationId when it is not in the organisation', async () => {
      const answer = await shareAs(COORDINATOR, {
        ...theProject(),
        administrationId: 'brandkaren',
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toContain('administrationId:');
    });

    it('should answer 409 for a record that is not marked as a good example', async () => {
      const answer = await shareAs(COORDINATOR, {
        administrationId: 'utbildning',
        kind: 'project',
        itemId: good.unmarked,
      });
      expect(answer.status).toBe(409);
      expect(answer.body.error?.code).toBe('notGoodExample');
      expect(connector.calls).toEqual([]);
    });

    it('should answer 404 for a record that does not exist', async () => {
      const answer = await shareAs(COORDINATOR, {
        administrationId: 'utbildning',
        kind: 'activity',
        itemId: '99999',
      });
      expect(answer.status).toBe(404);
      expect(answer.body.error?.code).toBe('notFound');
    });

    it('should answer 401 to a forged token and post nothing', async () => {
      const answer = await server.share(FORGED, theProject());
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('unauthenticated');
      expect(connector.calls).toEqual([]);
    });

    it("should answer 401 to the coordinator's Graph token: only tokens for this API count", async () => {
      const answer = await server.share(await graphToken(world, COORDINATOR), theProject());
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('unauthenticated');
      expect(connector.calls).toEqual([]);
    });

    it('should answer 401 without an Authorization header', async () => {
      const response = await fetch(`${server.url}/api/good-examples/share`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ administrationId: 'utbildning', kind: 'project', itemId: '1' }),
      });
      expect(response.status).toBe(401);
    });
  });

  describe('without BOT_SERVICE_URL', () => {
    it('should answer 503 botUnavailable while no activity has named a serviceUrl', async () => {
      const bot = createBot(botDeps());
      const server = await startShareServer(world, bot);
      try {
        const answer = await server.share(await userToken(world, COORDINATOR), {
          administrationId: 'utbildning',
          kind: 'project',
          itemId: good.project,
        });
        expect(answer.status).toBe(503);
        expect(answer.body.error?.code).toBe('botUnavailable');
        expect(answer.body.error?.message).toContain('BOT_SERVICE_URL');
        expect(connector.calls).toEqual([]);
      } finally {
        await server.close();
      }
    });

    it('should share with the serviceUrl learnt from an incoming activity', async () => {
      const bot = createBot(botDeps());
      const server = await startShareServer(world, bot);
      try {
        const hello = personalMessage(
          connector.url,
          { aadObjectId: world.userId(CONTACT), name: CONTACT },
          'hjälp',
        );
        await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(hello),
        });
        await bot.idle();
        connector.calls.length = 0;
        const answer = await server.share(await userToken(world, COORDINATOR), {
          administrationId: 'utbildning',
          kind: 'project',
          itemId: good.project,
        });
        expect(answer.status).toBe(200);
        expect(connector.calls.map((c) => c.conversationId)).toEqual([channelId]);
      } finally {
        await server.close();
      }
    });
  });
});
