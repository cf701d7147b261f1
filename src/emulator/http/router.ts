import { GraphHttpError } from '../errors.js';
import type { Handler, Params } from './types.js';

/**
 * Splits a Graph path into segments. Graph's path addressing keeps `name:/a/b:` together
 * (`root:/a/b.txt:/content` → `root:/a/b.txt`, `content`; `host:/sites/x:` → `host:/sites/x`),
 * and key syntax `teams('id')` becomes `teams`, `id`.
 */
export function tokenizePath(path: string): string[] {
  const raw = path.replace(/^\/+/, '');
  const out: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const slash = raw.indexOf('/', i);
    const colonPath = raw.indexOf(':/', i);
    if (colonPath !== -1 && (slash === -1 || colonPath < slash)) {
      // `seg:/path/...:` – the path runs until the next ':' (or the end).
      const close = raw.indexOf(':', colonPath + 2);
      const end = close === -1 ? raw.length : close;
      out.push(decodeURIComponent(raw.slice(i, end)));
      i = end + 1;
      if (raw[i] === '/') i += 1;
      continue;
    }
    const end = slash === -1 ? raw.length : slash;
    const seg = decodeURIComponent(raw.slice(i, end));
    const key = /^([A-Za-z$.]+)\('([^']*)'\)$/.exec(seg) ?? /^([A-Za-z$.]+)\(\)$/.exec(seg);
    if (key?.[1]) {
      out.push(key[1]);
      if (key[2] !== undefined) out.push(key[2]);
    } else if (seg !== '') out.push(seg);
    i = end + 1;
  }
  return out;
}

interface Route {
  method: string;
  pattern: string[];
  handler: Handler;
}

/**
 * A table of Graph routes; patterns are `/groups/:groupId/members` strings. The first match wins,
 * so literal routes (`items/delta`) are added before parameter routes (`items/:itemId`).
 */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, pattern: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** Finds the handler: 405 if the path is known for other methods, 501 if unknown. */
  resolve(method: string, segments: string[]): { handler: Handler; params: Params } {
    let pathKnown = false;
    for (const route of this.routes) {
      const params = match(route.pattern, segments);
      if (!params) continue;
      if (route.method === method) return { handler: route.handler, params };
      pathKnown = true;
    }
    if (pathKnown) {
      throw new GraphHttpError(405, 'methodNotAllowed', `The HTTP method '${method}' is not allowed for this resource.`);
    }
    throw new GraphHttpError(
      501,
      'notImplemented',
      `The Graph emulator does not implement ${method} /${segments.join('/')}.`,
    );
  }
}

function match(pattern: string[], segments: string[]): Params | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p.startsWith(':')) {
      params[p.slice(1)] = s;
    } else if (p.toLowerCase() !== s.toLowerCase()) return undefined;
  }
  return params;
}
