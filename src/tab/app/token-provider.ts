import { createDevTokenProvider, type TokenProvider } from '../../auth/dev-token-provider';
import type { AuthConfig } from './config';

/**
 * Chooses the token provider from config: dev tokens from the emulator, or MSAL. This is the
 * only place that knows the auth mode; feature code sees a `TokenProvider`.
 */
export function createTokenProvider(
  auth: AuthConfig,
  user: string,
  inTeams: boolean,
): TokenProvider {
  if (auth.mode === 'dev') return createDevTokenProvider(auth.emulatorOrigin, user);
  // MSAL is loaded on demand so the dev build does not pay for it at start.
  let provider: Promise<TokenProvider> | undefined;
  return async () => {
    provider ??= import('../../auth/msal-browser-provider').then((m) =>
      m.createMsalTokenProvider({
        clientId: auth.clientId,
        tenantId: auth.tenantId,
        nested: inTeams,
      }),
    );
    return (await provider)();
  };
}
