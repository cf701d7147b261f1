import { ConflictError, GraphError } from '../../graph/errors';

/** What the UI does with an error: the one place that classifies them (STYLE.md). */
export type ErrorKind = 'auth' | 'forbidden' | 'conflict' | 'notFound' | 'network' | 'other';

/** Classifies anything thrown by the data layer. */
export function classifyError(error: unknown): ErrorKind {
  if (error instanceof ConflictError) return 'conflict';
  if (error instanceof GraphError) {
    if (error.status === 401 || error.code === 'InvalidAuthenticationToken') return 'auth';
    if (error.status === 403 || error.code === 'accessDenied') return 'forbidden';
    if (error.status === 412) return 'conflict';
    if (error.status === 404) return 'notFound';
    if (error.status === 0) return 'network';
  }
  return 'other';
}

/** A short, human reason for a message bar (Graph's message, or the error's). */
export function errorReason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
