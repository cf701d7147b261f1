import { readFile } from 'node:fs/promises';
import { ConfidentialClientApplication, PublicClientApplication } from '@azure/msal-node';
import { z } from 'zod';
import type { TokenProvider } from '../graph/index.js';

/** An app-only bearer token for the next Graph request (src/graph's `TokenProvider`). */
export type AppTokenProvider = TokenProvider;

/** The scope of an app-only token for Microsoft Graph (client credentials flow). */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** Renew this long before expiry, so a token never expires in flight. */
const EXPIRY_MARGIN_MS = 60_000;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.coerce.number().positive(),
});

/** Options of {@link createEmulatorAppTokenProvider}. */
export interface EmulatorAppTokenOptions {
  /** The emulator's origin, e.g. `http://127.0.0.1:5100` (dev endpoints live there, not under /v1.0). */
  emulatorOrigin: string;
  clientId: string;
  /** The application permissions the token carries (default: the emulator's broad set). */
  roles?: readonly string[];
  fetchImpl?: typeof fetch;
  now?: () => number;
}

/**
 * App-only tokens from the local Graph emulator (`POST /_emulator/token {clientId}`), cached until
 * shortly before they expire. The counterpart of the client credentials flow in a tenant.
 */
export function createEmulatorAppTokenProvider(options: EmulatorAppTokenOptions): AppTokenProvider {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const response = await fetchImpl(`${options.emulatorOrigin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: options.clientId,
        ...(options.roles ? { roles: options.roles } : {}),
      }),
    });
    if (!response.ok) {
      throw new Error(
        `Emulator token endpoint answered ${response.status} for ${options.clientId}`,
      );
    }
    const body = tokenResponseSchema.parse(await response.json());
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 };
    return body.access_token;
  };

  return async () => {
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now()) return cached.token;
    // Concurrent callers share one request instead of stampeding the token endpoint.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** Options of {@link createClientCredentialsTokenProvider}. */
export interface ClientCredentialsOptions {
  tenantId: string;
  clientId: string;
  credential:
    | { kind: 'secret'; secret: string }
    | { kind: 'certificate'; path: string; thumbprintSha256: string };
}

/**
 * App-only Graph tokens from Entra ID with msal-node's client credentials flow. MSAL keeps its own
 * token cache and renews on expiry, so no caching is layered on top.
 */
export function createClientCredentialsTokenProvider(
  options: ClientCredentialsOptions,
): AppTokenProvider {
  let app: Promise<ConfidentialClientApplication> | undefined;
  const authority = `https://login.microsoftonline.com/${options.tenantId}`;

  const build = async (): Promise<ConfidentialClientApplication> => {
    const credential = options.credential;
    if (credential.kind === 'secret') {
      return new ConfidentialClientApplication({
        auth: { clientId: options.clientId, authority, clientSecret: credential.secret },
      });
    }
    const privateKey = await readFile(credential.path, 'utf8');
    return new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        authority,
        clientCertificate: { thumbprintSha256: credential.thumbprintSha256, privateKey },
      },
    });
  };

  return async () => {
    app ??= build();
    const result = await (
      await app
    ).acquireTokenByClientCredential({
      scopes: [GRAPH_DEFAULT_SCOPE],
    });
    if (!result?.accessToken) {
      throw new Error(`Entra ID returned no app token for client ${options.clientId}`);
    }
    return result.accessToken;
  };
}

/** Options of {@link createDeviceCodeTokenProvider}. */
export interface DeviceCodeOptions {
  tenantId: string;
  /** A public client app registration with the delegated permissions provisioning needs. */
  clientId: string;
  /** Delegated Graph scopes (`https://graph.microsoft.com/Sites.FullControl.All`, ...). */
  scopes: string[];
  /** Shows Entra ID's message (the URL and the code) to the administrator. */
  prompt: (message: string) => void;
}

/**
 * Provisioning's own identity: an administrator signs in once with a device code (msal-node's
 * device code flow); later calls reuse MSAL's cache and refresh token silently. The running
 * server never holds these permissions.
 */
export function createDeviceCodeTokenProvider(options: DeviceCodeOptions): AppTokenProvider {
  const app = new PublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
    },
  });
  return async () => {
    const [account] = await app.getTokenCache().getAllAccounts();
    if (account) {
      try {
        const silent = await app.acquireTokenSilent({ account, scopes: options.scopes });
        if (silent.accessToken) return silent.accessToken;
      } catch {
        // Expired or revoked: sign in again below.
      }
    }
    const result = await app.acquireTokenByDeviceCode({
      scopes: options.scopes,
      deviceCodeCallback: (response) => options.prompt(response.message),
    });
    if (!result?.accessToken) throw new Error('Entra ID returned no token for the device code');
    return result.accessToken;
  };
}
