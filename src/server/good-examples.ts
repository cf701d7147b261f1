import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { ShareOutcome, ShareRequest } from '../bot/handlers/share.js';
import { createGraphClient } from '../graph/client.js';
import { isAuthError, isForbidden } from '../graph/errors.js';
import { sendApiError } from './api-errors.js';

/**
 * `POST /api/good-examples/share` (issue 10): the coordinator shares a good example into the
 * network's shared channel as a bot card. The contract the tab builds against:
 *
 * - headers `Authorization: Bearer <the caller's Graph access token>`, `Content-Type:
 *   application/json`; body `{ administrationId, kind: 'project' | 'activity', itemId, locale? }`.
 * - 200 `{ messageId }`; 400 `invalidRequest` naming the field; 401 `unauthenticated` when Graph
 *   refuses the token; 403 `forbidden` for anyone but the coordinator; 404 `notFound`; 409
 *   `notGoodExample`; 503 `botUnavailable` when the bot knows no connector URL (or no channel).
 */

/** The request body, validated at the boundary. */
export const shareRequestSchema = z.strictObject({
  administrationId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,64}$/, 'an administration id'),
  kind: z.enum(['project', 'activity']),
  // SharePoint list item ids are integers; anything else never reaches a URL.
  itemId: z.string().regex(/^\d{1,12}$/, 'a list item id (digits)'),
  locale: z.enum(['sv', 'en']).optional(),
});

const meSchema = z.object({ id: z.string().min(1) });

/** What the endpoint needs from the composition root. */
export interface ShareEndpointOptions {
  /** Graph base URL the caller's token is for (the emulator locally). */
  graphBaseUrl: string;
  /** Administration ids of the organisation config: others are refused naming the field. */
  administrationIds: readonly string[];
  /** Default language when the body has none. */
  defaultLocale: 'sv' | 'en';
  /** The bot's share (src/bot `Bot.shareGoodExample`). */
  share: (request: ShareRequest) => Promise<ShareOutcome>;
  /** Injectable transport for the `/me` call (tests). */
  fetchImpl?: typeof fetch;
}

const STATUS: Record<Exclude<ShareOutcome, { ok: true }>['code'], number> = {
  forbidden: 403,
  notFound: 404,
  notGoodExample: 409,
  botUnavailable: 503,
};

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

/** Creates the Express handler of `POST /api/good-examples/share`. */
export function createShareGoodExampleHandler(options: ShareEndpointOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = bearer(req.headers.authorization);
      if (!token) {
        sendApiError(req, res, 401, 'unauthenticated');
        return;
      }
      // Who calls is what Graph says the token belongs to: Graph (or the emulator) validates it.
      const callerGraph = createGraphClient({
        baseUrl: options.graphBaseUrl,
        getToken: async () => token,
        userAgent: 'internationellt-arbete-server/0.1',
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      });
      let me: z.infer<typeof meSchema>;
      try {
        me = meSchema.parse(await callerGraph.get('/me?$select=id,userPrincipalName'));
      } catch (error) {
        if (isAuthError(error) || isForbidden(error)) {
          sendApiError(req, res, 401, 'unauthenticated');
          return;
        }
        throw error;
      }

      const parsed = shareRequestSchema.safeParse(req.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || 'body';
        sendApiError(req, res, 400, 'invalidRequest', `${field}: ${issue?.message ?? 'invalid'}`);
        return;
      }
      const body = parsed.data;
      if (!options.administrationIds.includes(body.administrationId)) {
        sendApiError(req, res, 400, 'invalidRequest', 'administrationId: unknown administration');
        return;
      }

      const outcome = await options.share({
        userId: me.id,
        administrationId: body.administrationId,
        kind: body.kind,
        itemId: body.itemId,
        locale: body.locale ?? options.defaultLocale,
      });
      if (outcome.ok) {
        res.status(200).json({ messageId: outcome.messageId });
        return;
      }
      res
        .status(STATUS[outcome.code])
        .json({ error: { code: outcome.code, message: outcome.message } });
    } catch (error) {
      next(error);
    }
  };
}
