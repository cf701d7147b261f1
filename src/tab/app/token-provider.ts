import { createDevTokenProvider, type TokenProvider } from '../../auth/dev-token-provider';
import type { AuthConfig } from './config';

/**
 * Chooses the token providers from config: dev tokens from the emulator, or MSAL. This is the
 * only place that knows the auth mode; feature code sees a `TokenProvider`.
 */
export function createTokenProvider(
  auth: AuthConfig,
  user: string,
  inTeams: boolean,
): TokenProvider {
  if (auth.mode === 'dev') return createDevTokenProvider(auth.emulatorOrigin, user);
  return msalProvider(auth, inTeams);
}

/**
 * The user's token for the server's own API (`auth.apiScope`): what `/api/*` accepts. Never a
 * Graph token, which the server refuses.
 */
export function createApiTokenProvider(
  auth: AuthConfig,
  user: string,
  inTeams: boolean,
): TokenProvider {
  if (auth.mode === 'dev') {
    return createDevTokenProvider(auth.emulatorOrigin, user, {
      api: { scope: auth.apiScope, clientId: auth.clientId },
    });
  }
  return msalProvider(auth, inTeams, [auth.apiScope]);
}

function msalProvider(
  auth: Extract<AuthConfig, { mode: 'msal' }>,
  inTeams: boolean,
  scopes?: string[],
): TokenProvider {
  // MSAL is loaded on demand so the dev build does not pay for it at start.
  let provider: Promise<TokenProvider> | undefined;
  return async () => {
    provider ??= import('../../auth/msal-browser-provider').then((m) =>
      m.createMsalTokenProvider({
        clientId: auth.clientId,
        tenantId: auth.tenantId,
        nested: inTeams,
        ...(scopes ? { scopes } : {}),
      }),
    );
    return (await provider)();
  };
}
