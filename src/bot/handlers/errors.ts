import { GraphError, isAuthError, isForbidden } from '../../graph/errors';
import type { Locale } from '../../domain/labels';
import { answerCard, type CardMessage } from '../cards/cards';
import { botTexts } from '../i18n';

/**
 * The answer for a failure while serving a command: "no access" for 401/403 (classified once, as
 * STYLE.md asks), otherwise a generic apology with Graph's request id for support. Never a stack.
 */
export function failureAnswer(locale: Locale, error: unknown): CardMessage {
  const t = botTexts(locale);
  if (isForbidden(error) || isAuthError(error)) {
    return answerCard(locale, [t.noAccess]);
  }
  const requestId = error instanceof GraphError ? error.requestId : undefined;
  return answerCard(locale, [t.somethingWentWrong(requestId)]);
}

/** A short, log-safe description of an error. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GraphError) {
    return {
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      message: error.message,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
