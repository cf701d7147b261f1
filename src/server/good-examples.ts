import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import {
  ApiTokenError,
  type ApiCaller,
  type ApiTokenValidator,
} from '../auth/api-token-validator.js';
import type { ShareOutcome, ShareRequest } from '../bot/handlers/share.js';
import { sendApiError } from './api-errors.js';

/**
 * `POST /api/good-examples/share` (issue 10): the coordinator shares a good example into the
 * network's shared channel as a bot card. The contract the tab builds against:
 *
 * - headers `Authorization: Bearer <a token for this app's API>` (the tab asks for
 *   `api://<host>/<client id>/access_as_user`; a Graph token is refused), `Content-Type:
 *   application/json`; body `{ administrationId, kind: 'project' | 'activity', itemId, locale? }`.
 * - 200 `{ messageId }`; 400 `invalidRequest` naming the field; 401 `unauthenticated` for any
 *   token not issued for this API; 403 `forbidden` for anyone but the coordinator; 404
 *   `notFound`; 409 `notGoodExample`; 429 `tooManyRequests` (per user, with Retry-After); 503
 *   `botUnavailable` when the bot knows no connector URL (or no channel).
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

/** What the endpoint needs from the composition root. */
export interface ShareEndpointOptions {
  /** Validates the caller's token for this API (src/auth/api-token-validator.ts). */
  authenticate: ApiTokenValidator;
  /** Administration ids of the organisation config: others are refused naming the field. */
  administrationIds: readonly string[];
  /** Default language when the body has none. */
  defaultLocale: 'sv' | 'en';
  /** The bot's share (src/bot `Bot.shareGoodExample`). */
  share: (request: ShareRequest) => Promise<ShareOutcome>;
  /**
   * Shares per user and window: each share makes app-only Graph calls and posts to the channel.
   * Default 10 a minute.
   */
  rateLimit?: { limit: number; windowMs: number };
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
  const limit = options.rateLimit ?? { limit: 10, windowMs: 60_000 };
  const limiter = new RateLimiterMemory({
    points: limit.limit,
    duration: Math.max(1, Math.ceil(limit.windowMs / 1000)),
  });

  const share: RequestHandler = async (req, res, next) => {
    try {
      const caller = res.locals.caller as ApiCaller;
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
        userId: caller.userId,
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

  // Who calls is what a token issued for this API says; then the per-user limit; then the share.
  return async (req, res, next) => {
    const token = bearer(req.headers.authorization);
    if (!token) {
      sendApiError(req, res, 401, 'unauthenticated');
      return;
    }
    try {
      res.locals.caller = await options.authenticate(token);
    } catch (error) {
      if (error instanceof ApiTokenError) {
        sendApiError(req, res, 401, 'unauthenticated');
        return;
      }
      next(error);
      return;
    }
    const caller = res.locals.caller as ApiCaller;
    try {
      await limiter.consume(caller.userId);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        next(refusal);
        return;
      }
      res.set('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      sendApiError(req, res, 429, 'tooManyRequests');
      return;
    }
    await share(req, res, next);
  };
}
