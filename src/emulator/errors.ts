/** A Graph error answered in Graph's envelope `{error:{code,message,innerError}}`. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'invalidRequest') =>
  new GraphHttpError(400, code, message);
export const notFound = (message = 'The resource could not be found.', code = 'itemNotFound') =>
  new GraphHttpError(404, code, message);
export const accessDenied = (message = 'Access denied') =>
  new GraphHttpError(403, 'accessDenied', message);
/** Directory objects use Azure AD's codes, not SharePoint's (see Graph errors.md). */
export const directoryObjectNotFound = (id: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

/** The envelope body for an error, with Graph's innerError block. */
export function errorEnvelope(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}
