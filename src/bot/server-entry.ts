import type { RequestHandler } from 'express';
import type { OrganisationConfig } from '../domain/organisation';
import type { GraphClient } from '../graph/client';
import { resolveSites, type OrganisationSites } from '../graph/sites';
import { createBot, type Bot, type BotCredentials } from './app';
import { createGraphReportUploader } from './graph-data';
import type { BotLogger } from './handlers/context';

/** Bot settings of both modes (src/server/config.ts `BotSettings`). */
interface BotSettings {
  /** Connector URL for proactive messages before any activity (`BOT_SERVICE_URL`). */
  botServiceUrl?: string | undefined;
  /** Teams app id and static tab entity id (`TEAMS_APP_ID`, the manifest's static tab). */
  teamsApp?: { appId: string; entityId: string } | undefined;
}

/** The part of the server's configuration the bot reads (src/server/config.ts `ServerConfig`). */
export type BotServerConfig = BotSettings &
  (
    | { mode: 'local'; port: number }
    | {
        mode: 'tenant';
        port: number;
        tenantId: string;
        botId: string;
        botPassword?: string | undefined;
        publicHostname: string;
      }
  );

/** What the server's composition root hands over (see `loadBotHandler` in src/server/app.ts). */
export interface BotHandlerOptions {
  /** The server's app-only Graph client. */
  client: GraphClient;
  organisation: OrganisationConfig;
  config: BotServerConfig;
  /** Where the bot's lines go (one structured line per message); default the console. */
  log?: BotLogger | undefined;
}

/** Resolves the sites once; a failure is not cached, so the next command tries again. */
function memoSites(
  client: GraphClient,
  organisation: OrganisationConfig,
): () => Promise<OrganisationSites> {
  let pending: Promise<OrganisationSites> | undefined;
  return () => {
    pending ??= resolveSites(client, organisation).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Builds the bot's dependencies from the server's and creates it. Local mode: no credentials (the
 * SDK accepts unauthenticated requests, e.g. from the Agents Playground), tab at localhost.
 * Tenant mode: the Azure Bot's id and secret, JWT validation on, tab at the public host name.
 */
export function createBotFromServer(options: BotHandlerOptions): Bot {
  const { client, organisation, config } = options;
  const getSites = memoSites(client, organisation);
  const credentials: BotCredentials | undefined =
    config.mode === 'tenant'
      ? { appId: config.botId, appPassword: config.botPassword, tenantId: config.tenantId }
      : undefined;
  const tabUrl =
    config.mode === 'tenant'
      ? `https://${config.publicHostname}/`
      : `http://localhost:${config.port}/`;
  return createBot({
    graph: client,
    organisation,
    getSites,
    uploadReport: createGraphReportUploader(client, getSites, organisation),
    tabUrl,
    credentials,
    teamsApp: config.teamsApp,
    serviceUrl: config.botServiceUrl,
    log: options.log,
  });
}

/**
 * The entry the server looks for: an Express handler for POST /api/messages.
 * Mount with `app.post('/api/messages', await createBotHandler({ client, organisation, config }))`.
 */
export async function createBotHandler(options: BotHandlerOptions): Promise<RequestHandler> {
  const bot = createBotFromServer(options);
  return (req, res, next) => {
    bot.handler(req, res).catch(next);
  };
}
