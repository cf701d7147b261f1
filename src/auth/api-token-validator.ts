import {
  createRemoteJWKSet,
  customFetch,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { z } from 'zod';

/**
 * Validates the access tokens the server's own API (`/api/*` besides the bot) accepts: tokens
 * Entra ID issued *for this app* (`api://<host>/<client id>/access_as_user`), requested by the
 * tab, for a user of the tenant. Never a Graph token or another app's token.
 *
 * Only the authority differs between a tenant (`https://login.microsoftonline.com/<tenant>/v2.0`)
 * and local mode (the emulator's `<origin>/_emulator/<tenant>/v2.0`): the issuer and signing keys
 * come from the authority's OpenID discovery document in both.
 */

/** What the validator checks a token against. */
export interface ApiTokenSettings {
  /** OpenID authority: `<authority>/.well-known/openid-configuration` names issuer and keys. */
  authority: string;
  /** The app registration's client id: the token's audience and its requesting app (azp). */
  clientId: string;
  /** The API's App ID URI (`api://<host>/<client id>`); v1.0 tokens carry it as audience. */
  appIdUri: string;
  /** The delegated scope the tab asks for. Default `access_as_user`. */
  scope?: string;
  /** Seconds of clock skew tolerated on `exp` and `nbf`. Default 60. */
  clockToleranceSeconds?: number;
  fetchImpl?: typeof fetch;
}

/** The signed-in user a valid token names. */
export interface ApiCaller {
  /** The user's object id in the directory (`oid`). */
  userId: string;
  tenantId: string;
  /** `preferred_username` (v2.0) or `upn` (v1.0), when the token carries it. */
  userPrincipalName?: string;
}

/** The token is missing, malformed, not for this API, or expired; `reason` is for the log only. */
export class ApiTokenError extends Error {
  constructor(readonly reason: string) {
    super(`API token refused: ${reason}`);
    this.name = 'ApiTokenError';
  }
}

/** The authority's discovery document or keys could not be read: not the caller's fault (503). */
export class IdentityUnavailableError extends Error {
  readonly status = 503;
  constructor(cause: unknown) {
    super('The identity provider could not be reached', { cause });
    this.name = 'IdentityUnavailableError';
  }
}

/** Validates a bearer token; resolves the caller or rejects with {@link ApiTokenError}. */
export type ApiTokenValidator = (token: string) => Promise<ApiCaller>;

/** The scope the tab requests: `api://<host>/<client id>/access_as_user`. */
export const API_SCOPE_NAME = 'access_as_user';

/** The tab's scope string for an App ID URI. */
export const apiScopeOf = (appIdUri: string): string => `${appIdUri}/${API_SCOPE_NAME}`;

const discoverySchema = z.object({ issuer: z.url(), jwks_uri: z.url() });
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Authority {
  issuers: string[];
  tenantId: string;
  keys: ReturnType<typeof createRemoteJWKSet>;
}

async function discover(settings: ApiTokenSettings): Promise<Authority> {
  const fetchImpl = settings.fetchImpl ?? fetch;
  const url = `${settings.authority.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`OpenID discovery ${url}: HTTP ${response.status}`);
  const doc = discoverySchema.parse(await response.json());
  // Entra ID's v2.0 issuer is https://login.microsoftonline.com/<tenant GUID>/v2.0: the tenant
  // is resolved there even when TENANT_ID names a domain.
  const tenantId = GUID.exec(doc.issuer)?.[0]?.toLowerCase();
  if (!tenantId) throw new Error(`OpenID discovery ${url}: no tenant id in issuer ${doc.issuer}`);
  return {
    // A v1.0 token (an app registration with requestedAccessTokenVersion 1) names sts.windows.net.
    issuers: [doc.issuer, `https://sts.windows.net/${tenantId}/`],
    tenantId,
    keys: createRemoteJWKSet(
      new URL(doc.jwks_uri),
      settings.fetchImpl ? { [customFetch]: settings.fetchImpl } : {},
    ),
  };
}

const claimsSchema = z.object({
  tid: z.string(),
  oid: z.string().min(1),
  scp: z.string().optional(),
  azp: z.string().optional(),
  appid: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
});

/**
 * Creates the validator. Checks the signature against the authority's keys (RS256 only: `none`
 * and HMAC algorithms are refused, so a token "signed" with the public key fails), the issuer,
 * `tid` (the tenant), the audience (client id or App ID URI), the expiry, that `scp` holds the
 * API's scope (an app-only token has none), and that the requesting app (`azp`, v1.0 `appid`) is
 * this app's own tab.
 */
export function createApiTokenValidator(settings: ApiTokenSettings): ApiTokenValidator {
  let authority: Promise<Authority> | undefined;
  const scope = settings.scope ?? API_SCOPE_NAME;
  return async (token) => {
    // Discovery is retried on the next request when it failed (Entra ID briefly unreachable).
    authority ??= discover(settings).catch((error: unknown) => {
      authority = undefined;
      throw new IdentityUnavailableError(error);
    });
    const { issuers, tenantId, keys } = await authority;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: issuers,
        audience: [settings.clientId, settings.appIdUri],
        clockTolerance: settings.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (error) {
      // The keys endpoint failing is the provider's outage, not a bad token.
      if (error instanceof joseErrors.JWKSTimeout || error instanceof TypeError) {
        throw new IdentityUnavailableError(error);
      }
      if (error instanceof joseErrors.JOSEError) throw new ApiTokenError(error.code);
      throw error;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new ApiTokenError('claims');
    const c = claims.data;
    if (c.tid.toLowerCase() !== tenantId) throw new ApiTokenError('tid');
    if (!(c.scp ?? '').split(' ').includes(scope)) throw new ApiTokenError('scp');
    if ((c.azp ?? c.appid) !== settings.clientId) throw new ApiTokenError('azp');
    const upn = c.preferred_username ?? c.upn;
    return { userId: c.oid, tenantId, ...(upn ? { userPrincipalName: upn } : {}) };
  };
}
