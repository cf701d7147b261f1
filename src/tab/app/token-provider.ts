import { createDevTokenProvider, type TokenProvider } from '../../auth/dev-token-provider';
import type { AuthConfig } from './config';

/** Who the tab runs as, and their tokens: Graph's and the server API's. */
export interface TabIdentity {
  /** The signed-in user's UPN: what the tab shows and decides by. */
  user: string;
  graph: TokenProvider;
  /** For the server's own API (`auth.apiScope`); the server refuses Graph tokens. */
  api: TokenProvider;
}

/**
 * Local mode: dev tokens from the emulator for the chosen directory user. This and the MSAL
 * session (src/tab/app/SignIn.tsx) are the only places that know the auth mode; feature code sees
 * token providers.
 */
export function devIdentity(auth: Extract<AuthConfig, { mode: 'dev' }>, user: string): TabIdentity {
  return {
    user,
    graph: createDevTokenProvider(auth.emulatorOrigin, user),
    api: createDevTokenProvider(auth.emulatorOrigin, user, {
      api: { scope: auth.apiScope, clientId: auth.clientId },
    }),
  };
}
