import type { ErrorRequestHandler, Request, Response } from 'express';
import { IdentityUnavailableError } from '../auth/api-token-validator.js';
import { GraphError } from '../graph/errors.js';

/**
 * The server's error answers: always JSON `{error: {code, message}}` with a stable code and a
 * message in the caller's language (Swedish unless `Accept-Language` prefers English). Never a
 * stack trace, a file path or Graph's own error text: those stay in the server's log.
 */

/** Every code the server's own endpoints answer with, and its Swedish and English message. */
export const API_ERRORS = {
  unauthenticated: {
    sv: 'Du behöver logga in: begäran saknar en giltig token för appen.',
    en: 'Sign-in required: the request has no valid token for this app.',
  },
  forbidden: {
    sv: 'Du har inte behörighet att göra detta.',
    en: 'You do not have permission to do this.',
  },
  notFound: { sv: 'Det finns inget sådant API.', en: 'No such API endpoint.' },
  invalidRequest: { sv: 'Begäran är ogiltig.', en: 'The request is invalid.' },
  invalidJson: { sv: 'Begärans JSON kunde inte läsas.', en: 'The request body is not valid JSON.' },
  payloadTooLarge: { sv: 'Begäran är för stor.', en: 'The request body is too large.' },
  tooManyRequests: {
    sv: 'Du har gjort många förfrågningar på kort tid. Vänta en stund och försök igen.',
    en: 'You have made many requests in a short time. Please wait a moment and try again.',
  },
  notImplemented: {
    sv: 'Funktionen finns inte i den här installationen.',
    en: 'This feature is not available in this installation.',
  },
  tabNotBuilt: {
    sv: 'Fliken är inte byggd: kör "npm run build" (eller "npm start").',
    en: 'The tab is not built: run "npm run build" (or "npm start").',
  },
  graphUnavailable: {
    sv: 'Microsoft Graph svarar inte just nu. Försök igen om en stund.',
    en: 'Microsoft Graph is not answering right now. Please try again in a moment.',
  },
  identityUnavailable: {
    sv: 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund.',
    en: 'The sign-in service is not answering right now. Please try again in a moment.',
  },
  graphFailed: {
    sv: 'Microsoft Graph svarade med ett oväntat fel.',
    en: 'Microsoft Graph answered with an unexpected error.',
  },
  internalError: {
    sv: 'Något gick fel i servern. Försök igen.',
    en: 'Something went wrong in the server. Please try again.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** The caller's language: English only when `Accept-Language` prefers it over Swedish. */
export function localeOf(req: Request): 'sv' | 'en' {
  return req.acceptsLanguages('sv', 'en') === 'en' ? 'en' : 'sv';
}

/**
 * Sends the error envelope. `detail` (e.g. the field that is wrong) follows the message after a
 * colon; it must be the server's own text, never an upstream service's.
 */
export function sendApiError(
  req: Request,
  res: Response,
  status: number,
  code: ApiErrorCode,
  detail?: string,
): void {
  const message = API_ERRORS[code][localeOf(req)];
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message: detail ? `${message} ${detail}` : message } });
}

/** What an error thrown by a handler becomes: status, code and an optional Retry-After. */
export interface ErrorAnswer {
  status: number;
  code: ApiErrorCode;
  retryAfterSeconds?: number;
}

const TRANSIENT = new Set([429, 503, 504]);

/**
 * Classifies an error once: body-parser's refusals are the client's (413, 400); Graph's transport
 * failures (status 0) and throttling are 503 (with Graph's Retry-After when it sent one); any
 * other Graph failure is 502; anything else is our own 500.
 */
export function classifyError(error: unknown): ErrorAnswer {
  if (error instanceof GraphError) {
    if (error.status === 0 || TRANSIENT.has(error.status)) {
      return {
        status: 503,
        code: 'graphUnavailable',
        ...(error.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: Math.ceil(error.retryAfterSeconds) }
          : {}),
      };
    }
    return { status: 502, code: 'graphFailed' };
  }
  if (error instanceof IdentityUnavailableError)
    return { status: 503, code: 'identityUnavailable' };
  const type =
    typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : '';
  if (type === 'entity.too.large') return { status: 413, code: 'payloadTooLarge' };
  if (type === 'entity.parse.failed') return { status: 400, code: 'invalidJson' };
  const status = (error as { status?: unknown } | null)?.status;
  // Other body-parser and static-file refusals (bad encoding, malformed URL) carry a 4xx status.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'invalidRequest' };
  }
  return { status: 500, code: 'internalError' };
}

/**
 * The last Express error handler: the classified JSON answer, and one log line for the operator
 * (the error's name and message, no request body or headers, which may carry tokens).
 */
export function apiErrorHandler(
  log: (line: string) => void = (line) => console.error(line),
): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const answer = classifyError(error);
    if (answer.status >= 500) {
      const what =
        error instanceof GraphError
          ? `GraphError ${error.status} ${error.code}${error.requestId ? ` (request-id ${error.requestId})` : ''}`
          : error instanceof Error
            ? `${error.name}: ${error.message}`
            : String(error);
      log(`${req.method} ${req.path}: ${answer.status} ${answer.code}: ${what}`);
    }
    if (answer.retryAfterSeconds !== undefined) {
      res.set('Retry-After', String(answer.retryAfterSeconds));
    }
    sendApiError(req, res, answer.status, answer.code);
  };
}
