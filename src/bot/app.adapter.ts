import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import type { IHttpServerAdapter, HttpRouteHandler } from '@microsoft/teams.apps';
import { checkActivity } from './activity-schema';
import { checkAtTheDoor } from './app.guards';

export const MESSAGING_ENDPOINT = '/api/messages';
const MAX_BODY_BYTES = 1_000_000;

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
