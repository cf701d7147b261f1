import type { Request, Response } from 'express';
import { App } from '@microsoft/teams.apps';
import {
  PUBLIC,
  withOverrides,
  type Activity,
  type IConversationUpdateActivity,
  type IMessageActivity,
} from '@microsoft/teams.api';
import type { OrganisationConfig } from '../domain/organisation';
import { localeFromTeams, type Locale } from '../domain/labels';
import type { GraphClient } from '../graph/client';
import { serverDocxOptions } from '../report/chart-png';
import { renderReportDocx } from '../report/docx-report';
import { CapturingAdapter, createMessagesHandler } from './app.adapter';
import { activityTenant, createCommandLimiter, type CommandLimiter } from './app.guards';
import { dispatch } from './app.handlers';
import { consoleLog, logMessage, sdkLogger } from './app.logging';
import { welcomeCard } from './cards/cards';
import type { BotData } from './data';
import { createGraphBotData, type BotSites } from './graph-data';
import type {
  BotLogger,
  HandlerContext,
  ProactiveSender,
  ReportRenderer,
  ReportUploader,
} from './handlers/context';
import { shareGoodExample, type ShareOutcome, type ShareRequest } from './handlers/share';
import {
  createConversationPoster,
  createProactiveSender,
  createServiceUrlMemory,
} from './proactive';
import { conversationTypeOf, turnFromContext } from './sdk-turn';

export { dispatch } from './app.handlers';

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
  /** The Teams app's id and static tab entity id, for deep links into the tab. */
  teamsApp?: { appId: string; entityId: string } | undefined;
  /**
   * Connector URL for proactive messages until an incoming activity names one (`BOT_SERVICE_URL`),
   * so that sharing works right after a restart.
   */
  serviceUrl?: string | undefined;
  /** The clock (tests). */
  now?: (() => Date) | undefined;
  /** Per-user limits of `rapport` and `påminn`; defaults to `COMMAND_LIMITS` in memory. */
  limiter?: CommandLimiter | undefined;
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

/** The client's locale when the activity names one, else the organisation's language. */
const clientLocaleOr = (activity: Activity, fallback: Locale): Locale =>
  activity.locale ? localeFromTeams(activity.locale) : fallback;

/** The plain texts of an activity's mention entities (some clients send no `<at>` tags). */
function mentionTextsOf(activity: IMessageActivity): string[] {
  return (activity.entities ?? [])
    .filter((e): e is typeof e & { type: 'mention'; text?: string } => e.type === 'mention')
    .map((e) => e.text ?? '')
    .filter((text) => text !== '');
}

/** The command a message carries: its text, or a card button's `data.command` (Action.Submit). */
function commandTextOf(activity: IMessageActivity): string {
  const value = activity.value as { command?: unknown } | undefined;
  if ((activity.text ?? '').trim() === '' && typeof value?.command === 'string') {
    return value.command;
  }
  return activity.text ?? '';
}

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
  // The door (app.adapter.ts) has already refused other tenants and, locally, non-loopback URLs.
  const learnServiceUrl = (activity: Activity) => {
    if (activity.serviceUrl) serviceUrls.remember(activityTenant(activity), activity.serviceUrl);
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
    renderReport:
      deps.renderReport ??
      ((model, locale) => renderReportDocx(model, { ...serverDocxOptions, locale })),
    uploadReport: deps.uploadReport,
    sendProactive,
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

  const limiter = deps.limiter ?? createCommandLimiter();
  app.on('message', async (sdkCtx) => {
    const activity = sdkCtx.activity as IMessageActivity;
    learnServiceUrl(activity);
    const turn = turnFromContext(sdkCtx, deps.organisation.locale);
    if (activity.conversation.conversationType === 'personal' && activity.from.aadObjectId) {
      conversations.set(activity.from.aadObjectId, activity.conversation.id);
    }
    const started = performance.now();
    const line = {
      activityId: activity.id,
      conversationId: activity.conversation.id,
      conversationType: conversationTypeOf(activity),
      userId: activity.from.aadObjectId,
    };
    track(
      dispatch(ctx, turn, commandTextOf(activity), mentionTextsOf(activity), limiter).then(
        (result) =>
          logMessage(log, {
            ...line,
            ...result,
            durationMs: Math.round(performance.now() - started),
          }),
        (error: unknown) => {
          logMessage(log, {
            ...line,
            command: 'unknown',
            locale: turn.locale,
            outcome: 'failed',
            durationMs: Math.round(performance.now() - started),
          });
          throw error;
        },
      ),
    );
  });

  app.on('conversationUpdate', async (sdkCtx) => {
    const activity = sdkCtx.activity as IConversationUpdateActivity;
    learnServiceUrl(activity);
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
    if (!botAdded) return;
    const turn = turnFromContext(sdkCtx, deps.organisation.locale);
    track(
      turn
        .send(
          welcomeCard(
            clientLocaleOr(activity, deps.organisation.locale),
            deps.organisation.name,
            deps.tabUrl,
          ),
        )
        .then(() => undefined),
    );
  });

  const handler = createMessagesHandler(adapter, ready, credentials?.tenantId);

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
