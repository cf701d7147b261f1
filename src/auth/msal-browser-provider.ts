import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './dev-token-provider';

/**
 * Graph scopes the tab needs: memberships, the lists, and the network's shared channel (the
 * reporting round finds it, the network view syncs its members). All in one consent, so Teams
 * can prefetch one token as the tab loads.
 */
export const defaultGraphScopes = [
  'User.Read',
  'GroupMember.Read.All',
  'Sites.ReadWrite.All',
  'Channel.ReadBasic.All',
  'ChannelMember.ReadWrite.All',
];

/** Options of the MSAL token provider. */
export interface MsalProviderOptions {
  clientId: string;
  tenantId: string;
  /** True inside a Teams/M365 host: use nested app authentication. */
  nested: boolean;
  /** Scopes for this provider; a feature needing more creates a provider with its own. */
  scopes?: readonly string[];
  redirectUri?: string;
}

/**
 * Creates the MSAL token provider: nested app authentication inside Teams (the host brokers
 * the token), a standard popup client in a plain browser. Silent first; a popup only when MSAL
 * says interaction is required.
 */
export async function createMsalTokenProvider(
  options: MsalProviderOptions,
): Promise<TokenProvider> {
  const config: Configuration = {
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
      redirectUri: options.redirectUri ?? window.location.origin,
    },
    cache: { cacheLocation: 'localStorage' },
  };
  let pca: IPublicClientApplication;
  if (options.nested) {
    try {
      pca = await createNestablePublicClientApplication(config);
    } catch {
      // Hosts without nested app auth support (older clients) fall back to the popup flow.
      pca = await createStandardPublicClientApplication(config);
    }
  } else {
    pca = await createStandardPublicClientApplication(config);
  }
  const scopes = [...(options.scopes ?? defaultGraphScopes)];

  return async () => {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      if (!account) throw new InteractionRequiredAuthError('no_account', 'No signed-in account');
      const result = await pca.acquireTokenSilent({ scopes, account });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      // Consent is asked for only the scopes of this provider: features ask for more later.
      const result = await pca.acquireTokenPopup({ scopes });
      pca.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}
