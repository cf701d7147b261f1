import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './dev-token-provider';
import { defaultGraphScopes } from './graph-scopes';

export { defaultGraphScopes };

/** No signed-in account, or Entra ID wants the user's interaction: show "Logga in". */
export class SignInRequiredError extends Error {
  constructor(message = 'Sign-in required') {
    super(message);
    this.name = 'SignInRequiredError';
  }
}

/** Options of {@link createMsalSession}. */
export interface MsalSessionOptions {
  clientId: string;
  tenantId: string;
  /** The host brokers tokens (teams-js `nestedAppAuth.isNAAChannelRecommended()`). */
  nested: boolean;
  /** The scope of the server's own API, consented together with Graph's at sign-in. */
  apiScope: string;
  /** The host's user (a hint for silent sign-in only; never shown as the signed-in user). */
  loginHint?: string | undefined;
  redirectUri?: string;
}

/** The signed-in user's MSAL session. */
export interface MsalSession {
  /** Signs in without interaction (cached account, or the host's SSO); undefined when it cannot. */
  signInSilently(): Promise<AccountInfo | undefined>;
  /** Only from a user's click: the popup, or the host's own prompt under nested app auth. */
  signIn(): Promise<AccountInfo>;
  /**
   * Tokens for `scopes`, silently only: a data load never opens a popup (popup blockers stop
   * those). When interaction is needed it rejects with {@link SignInRequiredError}.
   */
  tokenProvider(scopes: readonly string[]): TokenProvider;
}

/** How the PCA is made (tests pass fakes). */
export interface PcaFactories {
  nestable: (config: Configuration) => Promise<IPublicClientApplication>;
  standard: (config: Configuration) => Promise<IPublicClientApplication>;
}

const defaultFactories: PcaFactories = {
  nestable: createNestablePublicClientApplication,
  standard: createStandardPublicClientApplication,
};

/**
 * Creates the session: nested app authentication in every host that supports it (Teams, Outlook,
 * Microsoft 365), the standard client (popup from a click) elsewhere.
 */
export async function createMsalSession(
  options: MsalSessionOptions,
  factories: PcaFactories = defaultFactories,
): Promise<MsalSession> {
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
      pca = await factories.nestable(config);
    } catch {
      // A host that announced nested app auth but cannot broker: the standard client.
      pca = await factories.standard(config);
    }
  } else {
    pca = await factories.standard(config);
  }
  const account = () => pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  const signedIn = (result: { account: AccountInfo | null }): AccountInfo => {
    if (!result.account) throw new SignInRequiredError('Entra ID returned no account');
    pca.setActiveAccount(result.account);
    return result.account;
  };

  return {
    signInSilently: async () => {
      try {
        const known = account();
        if (known)
          return signedIn(
            await pca.acquireTokenSilent({ scopes: defaultGraphScopes, account: known }),
          );
        if (options.loginHint) {
          return signedIn(
            await pca.ssoSilent({ scopes: defaultGraphScopes, loginHint: options.loginHint }),
          );
        }
        return undefined;
      } catch {
        return undefined;
      }
    },
    signIn: async () =>
      signedIn(
        await pca.acquireTokenPopup({
          scopes: defaultGraphScopes,
          extraScopesToConsent: [options.apiScope],
          ...(options.loginHint ? { loginHint: options.loginHint } : {}),
        }),
      ),
    tokenProvider: (scopes) => async () => {
      const known = account();
      if (!known) throw new SignInRequiredError();
      try {
        return (await pca.acquireTokenSilent({ scopes: [...scopes], account: known })).accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError)
          throw new SignInRequiredError(error.message);
        throw error;
      }
    },
  };
}
