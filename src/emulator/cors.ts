import type { NextFunction, Request, Response } from 'express';

/**
 * Cross-origin access as Microsoft Graph grants it to single-page apps: any origin may call with a
 * bearer token (no cookies, so `*` is safe), preflights answer at once without authentication,
 * and the headers a client needs to read (eTag, Location, Retry-After, request ids) are exposed.
 */
const EXPOSED = ['ETag', 'Location', 'Content-Location', 'Retry-After', 'request-id', 'client-request-id'];
const METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const DEFAULT_HEADERS =
  'Authorization, Content-Type, If-Match, If-None-Match, Prefer, SdkVersion, client-request-id, ConsistencyLevel, Content-Range';

export function cors(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.setHeader('Access-Control-Allow-Methods', METHODS);
    const asked = req.headers['access-control-request-headers'];
    res.setHeader('Access-Control-Allow-Headers', typeof asked === 'string' && asked ? asked : DEFAULT_HEADERS);
    res.setHeader('Access-Control-Max-Age', '3600');
    res.status(204).end();
    return;
  }
  next();
}
