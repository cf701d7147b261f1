import { useCallback, useEffect, useState, type ReactNode } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import type { AccountInfo } from '@azure/msal-browser';
import { defaultGraphScopes } from '../../auth/graph-scopes';
import type { MsalSession } from '../../auth/msal-browser-provider';
import type { AuthConfig } from './config';
import type { HostContext } from './teams-context';
import type { TabIdentity } from './token-provider';

type MsalAuth = Extract<AuthConfig, { mode: 'msal' }>;

/** Makes the MSAL session; MSAL is loaded on demand, so local mode never pays for it. */
export type SessionFactory = (auth: MsalAuth, host: HostContext) => Promise<MsalSession>;

const defaultSessionFactory: SessionFactory = async (auth, host) => {
  const { createMsalSession } = await import('../../auth/msal-browser-provider');
  return createMsalSession({
    clientId: auth.clientId,
    tenantId: auth.tenantId,
    nested: host.nestedAppAuth ?? false,
    apiScope: auth.apiScope,
    loginHint: host.userPrincipalName,
  });
};

const TEXT = {
  sv: {
    signingIn: 'Loggar in…',
    title: 'Du är inte inloggad',
    body: 'Logga in med ditt konto i organisationen för att se och rapportera internationellt arbete.',
    button: 'Logga in',
    failed: 'Inloggningen misslyckades',
  },
  en: {
    signingIn: 'Signing in…',
    title: 'You are not signed in',
    body: "Sign in with your organisation's account to see and report international work.",
    button: 'Sign in',
    failed: 'Sign-in failed',
  },
};

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '40rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  button: { alignSelf: 'flex-start' },
});

type State =
  | { step: 'starting' }
  | { step: 'needsClick'; session: MsalSession; error?: string }
  | { step: 'signedIn'; identity: TabIdentity };

function identityOf(session: MsalSession, account: AccountInfo, auth: MsalAuth): TabIdentity {
  return {
    // The signed-in account, never the host's hint, a default or a URL parameter.
    user: account.username,
    graph: session.tokenProvider(defaultGraphScopes),
    api: session.tokenProvider([auth.apiScope]),
  };
}

/**
 * Signs the user in before the app runs (tenant mode): silently when it can (a cached account,
 * or the host's single sign-on); otherwise a "Logga in" button, because a popup may only follow
 * a click. Renders `children` with the signed-in identity.
 */
export function SignInGate({
  auth,
  host,
  children,
  createSession = defaultSessionFactory,
}: {
  auth: MsalAuth;
  host: HostContext;
  children: (identity: TabIdentity) => ReactNode;
  createSession?: SessionFactory;
}) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ step: 'starting' });
  const text = host.locale?.toLowerCase().startsWith('en') ? TEXT.en : TEXT.sv;

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const session = await createSession(auth, host);
      const account = await session.signInSilently();
      if (cancelled) return;
      setState(
        account
          ? { step: 'signedIn', identity: identityOf(session, account, auth) }
          : { step: 'needsClick', session },
      );
    })();
    return () => {
      cancelled = true;
    };
  }, [auth, host, createSession]);

  const signIn = useCallback(
    async (session: MsalSession) => {
      try {
        const account = await session.signIn();
        setState({ step: 'signedIn', identity: identityOf(session, account, auth) });
      } catch (error) {
        setState({
          step: 'needsClick',
          session,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [auth],
  );

  if (state.step === 'signedIn') return <>{children(state.identity)}</>;
  return (
    <FluentProvider theme={teamsLightTheme}>
      <main className={styles.page}>
        {state.step === 'starting' ? (
          <Spinner label={text.signingIn} />
        ) : (
          <>
            <MessageBar intent={state.error ? 'error' : 'info'}>
              <MessageBarBody>
                <MessageBarTitle>{state.error ? text.failed : text.title}</MessageBarTitle>
                {state.error ?? text.body}
              </MessageBarBody>
            </MessageBar>
            <Button
              className={styles.button}
              appearance="primary"
              onClick={() => void signIn(state.session)}
            >
              {text.button}
            </Button>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
