import type { RequestHandler } from 'express';

/**
 * Hosts that may frame the tab: Teams (classic and new), Outlook and the Microsoft 365 app, and
 * SharePoint pages (the tab is offered as a web part). Taken from Microsoft's guidance on
 * `frame-ancestors` for Teams apps across Microsoft 365.
 */
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://*.sharepoint.com',
] as const;

/** Where MSAL signs in and refreshes tokens (popup, redirect and silent iframe). */
const ENTRA_LOGIN = 'https://login.microsoftonline.com';

/**
 * teams-js 2.x fetches its list of valid host domains from this CDN on initialisation
 * (`validDomains.json`); blocking it makes the SDK fall back to a built-in list and log errors.
 */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

/** Options of {@link securityHeaders}. */
export interface SecurityHeaderOptions {
  /** Origins the tab calls with fetch: the Graph base URL's origin, the emulator origin. */
  connectSources: string[];
  /** Send HSTS (only over HTTPS, i.e. tenant mode behind a public host name). */
  hsts?: boolean;
}

/** Builds the Content-Security-Policy value (exported so tests can read the policy, not a copy). */
export function contentSecurityPolicy(connectSources: string[]): string {
  const origins = [...new Set(connectSources.map((url) => new URL(url).origin))];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Fluent UI v9 (Griffel) inserts style rules at runtime, which needs inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...origins, ENTRA_LOGIN, TEAMS_JS_CDN],
    'frame-src': ["'self'", ENTRA_LOGIN],
    'frame-ancestors': ["'self'", ...FRAME_ANCESTORS],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Security headers for every response. No `X-Frame-Options`: it cannot list several hosts and
 * would stop Teams from framing the tab; CSP `frame-ancestors` replaces it.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const csp = contentSecurityPolicy(options.connectSources);
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    // MSAL's popup sign-in needs the opener to survive; same-origin would break it.
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.hsts) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    next();
  };
}
