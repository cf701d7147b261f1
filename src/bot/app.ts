import { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { App, type IHttpServerAdapter, type HttpRouteHandler } from '@microsoft/teams.apps';
import {
  PUBLIC,
  withOverrides,
  type Activity,
  type IConversationUpdateActivity,
  type IMessageActivity,
} from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import type { OrganisationConfig } from '../domain/organisation';
import { localeFromTeams } from '../domain/labels';
import type { GraphClient } from '../graph/client';
import { renderReportDocx } from '../report/docx-report';
import { checkActivity } from './activity-schema';
import { parseCommand } from './commands/parse';
import { welcomeCard } from './cards/cards';
import { handleCalls } from './handlers/calls';
import type { BotData } from './data';
import { createGraphBotData, type BotSites } from './graph-data';
import { invalidArgumentAnswer, simpleAnswer, unknownCommandAnswer } from './handlers/answers';
import type {
  BotLogger,
  HandlerContext,
  ProactiveSender,
  ReportRenderer,
  ReportUploader,
} from './handlers/context';
import { handleRemind } from './handlers/remind';
import { handleReport } from './handlers/report';
import { handleStatus } from './handlers/status';
import { shareGoodExample, type ShareOutcome, type ShareRequest } from './handlers/share';
import {
  createConversationPoster,
  createProactiveSender,
  createServiceUrlMemory,
} from './proactive';
import { turnFromContext } from './sdk-turn';
import type { Turn } from './turn';

/** The Azure Bot registration. Given → incoming requests must carry a valid Bot Framework JWT. */
export interface BotCredentials {
  appId: string;
  /** The bot's client secret; without it the SDK authenticates with a managed identity. */
  appPassword?: string | undefined;
  tenantId: string;
  /** Override of the Bot Framework OpenID metadata (sovereign clouds; tests with a local JWKS). */
  openIdMetadataUrl?: string;
  /** Override of the expected token issuer (default `https://api.botframework.com`). */
  tokenIssuer?: string;
}

/** What `createBot` needs. Only `credentials` differs between local mode and a tenant. */
export interface BotDeps {
  /** App-only Graph client (the emulator locally, graph.microsoft.com in a tenant). */
  graph: GraphClient;
  organisation: OrganisationConfig;
  /** The network's and administrations' group and site ids (resolved once by the server). */
  getSites: () => Promise<BotSites>;
  /** Uploads a rendered yearly report and returns its web URL; without it the card says so. */
  uploadReport?: ReportUploader | undefined;
  /** Where the tab lives (link targets when no Teams app id is known). */
  tabUrl: string;
  credentials?: BotCredentials | undefined;
  log?: BotLogger | undefined;
  /** What the bot reads; defaults to the Graph-backed implementation over `graph`. */
  data?: BotData | undefined;
  /** Renders the Word report; defaults to src/report's `renderReportDocx`. */
  renderReport?: ReportRenderer | undefined;
  /** UPNs that may send reminders besides the network group's owners. */
  coordinatorUpns?: readonly string[] | undefined;
  /** The Teams app's id and static tab entity id, for deep links into the tab. */
  teamsApp?: { appId: string; entityId: string } | undefined;
  /**
   * Connector URL for proactive messages until an incoming activity names one (`BOT_SERVICE_URL`),
   * so that sharing works right after a restart.
   */
  serviceUrl?: string | undefined;
  /** The clock (tests). */
  now?: (() => Date) | undefined;
}

/** The mounted bot. */
export interface Bot {
  /** Express handler for POST /api/messages (parses the JSON body itself if nobody did). */
  handler: (req: Request, res: Response) => Promise<void>;
  /** Sends a card 1:1 to a user who did not write first (reminders). */
  sendProactive: ProactiveSender;
  /** Resolves when every command started so far has finished (tests, graceful shutdown). */
  idle(): Promise<void>;
  /** Shares a good example into the network's shared channel (coordinator only; issue 10). */
  shareGoodExample(request: ShareRequest): Promise<ShareOutcome>;
  /** The connector URL proactive messages would use for the tenant; undefined when unknown. */
  serviceUrlFor(tenantId?: string): string | undefined;
  /** The Teams SDK app, for anything the server wants to add. */
  app: App;
}

const MESSAGING_ENDPOINT = '/api/messages';
const MAX_BODY_BYTES = 1_000_000;

/**
 * The Teams SDK wants to own the HTTP server; ours is the server's Express app. This adapter only
 * captures the SDK's route handler (which validates the JWT and runs the activity pipeline) so
 * that `Bot.handler` can call it from any Express route.
 */
class CapturingAdapter implements IHttpServerAdapter {
  handler: HttpRouteHandler | undefined;
  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    if (path === MESSAGING_ENDPOINT) this.handler = handler;
  }
}

const consoleLog: BotLogger = {
  info: (message, details) => console.info(message, details ?? ''),
  warn: (message, details) => console.warn(message, details ?? ''),
  error: (message, details) => console.error(message, details ?? ''),
};

/** Routes the SDK's chatty logging to ours: warnings and errors only. */
function sdkLogger(log: BotLogger, name = 'teams'): ILogger {
  const text = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  const logger: ILogger = {
    debug: () => undefined,
    info: () => undefined,
    trace: () => undefined,
    log: () => undefined,
    warn: (...msg: unknown[]) => log.warn(`${name}: ${text(msg)}`),
    error: (...msg: unknown[]) => log.error(`${name}: ${text(msg)}`),
    child: (child: string) => sdkLogger(log, `${name}/${child}`),
  };
  return logger;
}

async function readJsonBody(req: Request): Promise<unknown> {
  if (req.body !== undefined && !(req.body instanceof Buffer)) return req.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as Readable) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** Locale for a conversation update: Teams sends the installer's locale on it too. */
const localeOf = (activity: Activity) => localeFromTeams(activity.locale);

/**
 * Creates the bot on the Teams SDK (`@microsoft/teams.apps`) and returns an Express handler for
 * POST /api/messages. With `credentials` the SDK validates every request's Bot Framework JWT
 * (signature from the OpenID metadata's keys, audience = app id, issuer, serviceUrl claim) and
 * answers 401 otherwise; without them (local mode) requests are accepted unauthenticated.
 */
export function createBot(deps: BotDeps): Bot {
  const log = deps.log ?? consoleLog;
  const adapter = new CapturingAdapter();
  const credentials = deps.credentials;
  const app = new App({
    httpServerAdapter: adapter,
    logger: sdkLogger(log),
    ...(credentials
      ? {
          clientId: credentials.appId,
          // '' rather than undefined: the SDK would fall back to CLIENT_SECRET from the environment.
          clientSecret: credentials.appPassword ?? '',
          tenantId: credentials.tenantId,
          dangerouslyAllowUnauthenticatedRequests: false,
          cloud: withOverrides(PUBLIC, {
            ...(credentials.openIdMetadataUrl
              ? { openIdMetadataUrl: credentials.openIdMetadataUrl }
              : {}),
            ...(credentials.tokenIssuer ? { tokenIssuer: credentials.tokenIssuer } : {}),
          }),
        }
      : // Empty strings, not undefined: the SDK would otherwise read CLIENT_ID/CLIENT_SECRET from
        // the environment, which in tenant mode hold the Graph app registration, not the bot's.
        {
          clientId: '',
          clientSecret: '',
          tenantId: '',
          dangerouslyAllowUnauthenticatedRequests: true,
        }),
  });
  const ready = app.initialize();

  const conversations = new Map<string, string>();
  const serviceUrls = createServiceUrlMemory(deps.serviceUrl);
  // Only activities the SDK accepted (JWT checked in tenant mode) may teach a serviceUrl.
  const learnServiceUrl = (activity: Activity) => {
    const tenantId =
      activity.conversation.tenantId ??
      (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (activity.serviceUrl) serviceUrls.remember(tenantId, activity.serviceUrl);
  };
  const sendProactive = createProactiveSender(
    () => app.api.http,
    () => credentials?.appId ?? 'internationellt-arbete-bot',
    conversations,
  );
  const ctx: HandlerContext = {
    organisation: deps.organisation,
    data:
      deps.data ??
      createGraphBotData(deps.graph, deps.getSites, (count) =>
        log.warn('bot: list items that do not validate were left out of the report', { count }),
      ),
    tabUrl: deps.tabUrl,
    now: deps.now ?? (() => new Date()),
    log,
    renderReport: deps.renderReport ?? ((model, locale) => renderReportDocx(model, { locale })),
    uploadReport: deps.uploadReport,
    sendProactive,
    coordinatorUpns: (deps.coordinatorUpns ?? []).map((upn) => upn.toLowerCase()),
    teamsApp: deps.teamsApp,
  };

  const pending = new Set<Promise<void>>();
  // Commands run after the HTTP answer: the connector expects 200 within seconds, a report may take
  // longer. Each handler catches its own failures; this catch is the last line of defence.
  const track = (work: Promise<void>) => {
    const guarded = work.catch((error: unknown) => {
      log.error('bot: command crashed', {
        message: error instanceof Error ? error.message : String(error),
      });
    });
    pending.add(guarded);
    void guarded.finally(() => pending.delete(guarded));
  };

  app.on('message', async (sdkCtx) => {
    const activity = sdkCtx.activity as IMessageActivity;
    learnServiceUrl(activity);
    const turn = turnFromContext(sdkCtx);
    if (activity.conversation.conversationType === 'personal' && activity.from.aadObjectId) {
      conversations.set(activity.from.aadObjectId, activity.conversation.id);
    }
    const mentionTexts = (activity.entities ?? [])
      .filter((e): e is typeof e & { type: 'mention'; text?: string } => e.type === 'mention')
      .map((e) => e.text ?? '')
      .filter((text) => text !== '');
    track(dispatch(ctx, turn, activity.text ?? '', mentionTexts));
  });

  app.on('conversationUpdate', async (sdkCtx) => {
    const activity = sdkCtx.activity as IConversationUpdateActivity;
    learnServiceUrl(activity);
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
    if (!botAdded) return;
    const turn = turnFromContext(sdkCtx);
    track(
      turn
        .send(welcomeCard(localeOf(activity), deps.organisation.name, deps.tabUrl))
        .then(() => undefined),
    );
  });

  const handler = async (req: Request, res: Response) => {
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch {
      res.status(400).json({ error: 'The body must be a Bot Framework activity in JSON.' });
      return;
    }
    const checked = checkActivity(body);
    if (!checked.ok) {
      res.status(400).json({ error: `Not a Bot Framework activity: ${checked.error}` });
      return;
    }
    await ready;
    if (!adapter.handler) throw new Error('Teams SDK did not register its messaging route');
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (entry): entry is [string, string | string[]] => entry[1] !== undefined,
      ),
    );
    const answer = await adapter.handler({ body, headers });
    if (answer.body === undefined) res.status(answer.status).end();
    else res.status(answer.status).json(answer.body);
  };

  const postToConversation = createConversationPoster(() => app.api.http);
  return {
    handler,
    sendProactive,
    app,
    serviceUrlFor: (tenantId) => serviceUrls.lookup(tenantId),
    shareGoodExample: async (request) => {
      await ready;
      return shareGoodExample(
        ctx,
        {
          serviceUrl: () => serviceUrls.lookup(credentials?.tenantId),
          post: postToConversation,
        },
        request,
      );
    },
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Parses the message and runs the matching command handler. */
export async function dispatch(
  ctx: HandlerContext,
  turn: Turn,
  text: string,
  mentionTexts: readonly string[],
): Promise<void> {
  const now = ctx.now();
  const parsed = parseCommand(text, {
    administrations: ctx.organisation.administrations,
    now,
    mentionTexts,
  });
  switch (parsed.kind) {
    case 'report':
      return handleReport(ctx, turn, parsed);
    case 'status':
      return handleStatus(ctx, turn, parsed.year);
    case 'remind':
      return handleRemind(ctx, turn, parsed.year);
    case 'calls':
      return handleCalls(ctx, turn, parsed.administrationId);
    case 'help':
    case 'empty':
      await turn.send(simpleAnswer(turn.locale, parsed.kind, ctx.tabUrl));
      return;
    case 'too-long':
      await turn.send(simpleAnswer(turn.locale, 'too-long', ctx.tabUrl, parsed.length));
      return;
    case 'invalid':
      await turn.send(
        invalidArgumentAnswer(turn.locale, ctx.organisation, parsed.command, parsed.problem, now),
      );
      return;
    case 'unknown':
      await turn.send(unknownCommandAnswer(turn.locale, parsed.word, parsed.suggestions));
      return;
  }
}
