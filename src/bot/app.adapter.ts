import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { App, type IHttpServerAdapter, type HttpRouteHandler } from '@microsoft/teams.apps';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import { checkActivity } from './activity-schema';
import { checkAtTheDoor } from './app.guards';

export const MESSAGING_ENDPOINT = '/api/messages';
const MAX_BODY_BYTES = 1_000_000;

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

/**
 * The Teams SDK app behind `adapter`. With `credentials` the SDK validates every request's Bot
 * Framework JWT (signature from the OpenID metadata's keys, audience = app id, issuer, serviceUrl
 * claim) and answers 401 otherwise; without them (local mode) requests are accepted
 * unauthenticated.
 */
export function createTeamsApp(
  adapter: CapturingAdapter,
  credentials: BotCredentials | undefined,
  logger: ILogger,
): App {
  return new App({
    httpServerAdapter: adapter,
    logger,
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
}

/**
 * The Teams SDK wants to own the HTTP server; ours is the server's Express app. This adapter only
 * captures the SDK's route handler (which validates the JWT and runs the activity pipeline) so
 * that `Bot.handler` can call it from any Express route.
 */
export class CapturingAdapter implements IHttpServerAdapter {
  handler: HttpRouteHandler | undefined;
  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    if (path === MESSAGING_ENDPOINT) this.handler = handler;
  }
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

/**
 * The Express handler of POST /api/messages: the body must be an activity (400), from this tenant
 * in tenant mode and naming a loopback connector in local mode (403, `checkAtTheDoor`); then the
 * SDK's handler checks the JWT (tenant mode) and runs the activity.
 */
export function createMessagesHandler(
  adapter: CapturingAdapter,
  ready: Promise<unknown>,
  tenantId: string | undefined,
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
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
    const door = checkAtTheDoor(body as Parameters<typeof checkAtTheDoor>[0], tenantId);
    if (!door.ok) {
      res.status(door.status).json({ error: door.error });
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
}
