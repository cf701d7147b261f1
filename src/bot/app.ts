import type { Request, Response } from 'express';
import type { App } from '@microsoft/teams.apps';
import type { IConversationUpdateActivity, IMessageActivity } from '@microsoft/teams.api';
import type { OrganisationConfig } from '../domain/organisation';
import type { GraphClient } from '../graph/client';
import { serverDocxOptions } from '../report/chart-png';
import { renderReportDocx } from '../report/docx-report';
import {
  CapturingAdapter,
  createMessagesHandler,
  createTeamsApp,
  type BotCredentials,
} from './app.adapter';
import { activityTenant, createCommandLimiter, type CommandLimiter } from './app.guards';
import { answerMessage, createCommandRunner } from './app.handlers';
import { consoleLog, sdkLogger } from './app.logging';
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
import { clientLocaleOr, messageOf, turnFromContext } from './sdk-turn';

export { dispatch } from './app.handlers';
export type { BotCredentials } from './app.adapter';

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

/** The handlers' context from the bot's dependencies (defaults for what tests may replace). */
function handlerContext(
  deps: BotDeps,
  log: BotLogger,
  sendProactive: ProactiveSender,
): HandlerContext {
  return {
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
}

/**
 * Creates the bot on the Teams SDK (`@microsoft/teams.apps`) and returns an Express handler for
 * POST /api/messages. The wiring only: the SDK app and the door are in `app.adapter.ts`, the
 * activity readers in `sdk-turn.ts`, the commands in `app.handlers.ts`.
 */
export function createBot(deps: BotDeps): Bot {
  const log = deps.log ?? consoleLog;
  const { credentials, organisation } = deps;
  const adapter = new CapturingAdapter();
  const app = createTeamsApp(adapter, credentials, sdkLogger(log));
  const ready = app.initialize();

  const conversations = new Map<string, string>();
  const serviceUrls = createServiceUrlMemory(deps.serviceUrl);
  // Only activities the SDK accepted (JWT checked in tenant mode) may teach a serviceUrl.
  // The door (app.adapter.ts) has already refused other tenants and, locally, non-loopback URLs.
  const learnServiceUrl = (activity: IMessageActivity | IConversationUpdateActivity) => {
    if (activity.serviceUrl) serviceUrls.remember(activityTenant(activity), activity.serviceUrl);
  };
  const sendProactive = createProactiveSender(
    () => app.api.http,
    () => credentials?.appId ?? 'internationellt-arbete-bot',
    conversations,
  );
  const ctx = handlerContext(deps, log, sendProactive);
  const commands = createCommandRunner(log);
  const limiter = deps.limiter ?? createCommandLimiter();

  app.on('message', async (sdkCtx) => {
    const activity = sdkCtx.activity as IMessageActivity;
    learnServiceUrl(activity);
    if (activity.conversation.conversationType === 'personal' && activity.from.aadObjectId) {
      conversations.set(activity.from.aadObjectId, activity.conversation.id);
    }
    const turn = turnFromContext(sdkCtx, organisation.locale);
    commands.run(answerMessage(ctx, turn, messageOf(activity), limiter));
  });

  app.on('conversationUpdate', async (sdkCtx) => {
    const activity = sdkCtx.activity as IConversationUpdateActivity;
    learnServiceUrl(activity);
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
    if (!botAdded) return;
    const turn = turnFromContext(sdkCtx, organisation.locale);
    const locale = clientLocaleOr(activity, organisation.locale);
    commands.run(
      turn.send(welcomeCard(locale, organisation.name, deps.tabUrl)).then(() => undefined),
    );
  });

  const postToConversation = createConversationPoster(() => app.api.http);
  return {
    handler: createMessagesHandler(adapter, ready, credentials?.tenantId),
    sendProactive,
    app,
    serviceUrlFor: (tenantId) => serviceUrls.lookup(tenantId),
    shareGoodExample: async (request) => {
      await ready;
      const connector = {
        serviceUrl: () => serviceUrls.lookup(credentials?.tenantId),
        post: postToConversation,
      };
      return shareGoodExample(ctx, connector, request);
    },
    idle: commands.idle,
  };
}
