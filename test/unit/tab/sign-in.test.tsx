// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { InteractionRequiredAuthError } from '@azure/msal-browser';
import './dom-setup';
import { SignInGate } from '../../../src/tab/app/SignIn';
import {
  SignInRequiredError,
  createMsalSession,
  type MsalSession,
} from '../../../src/auth/msal-browser-provider';
import { initHost, type TeamsJs } from '../../../src/tab/app/teams-context';

const auth = {
  mode: 'msal' as const,
  clientId: 'c',
  tenantId: 't',
  apiScope: 'api://h/c/access_as_user',
};
const account = { username: 'anna.berg@kommun.se' } as AccountInfo;

function fakeSession(
  silent: AccountInfo | undefined,
): MsalSession & { signIn: ReturnType<typeof vi.fn> } {
  return {
    signInSilently: vi.fn(async () => silent),
    signIn: vi.fn(async () => account),
    tokenProvider: () => async () => 'token',
  };
}

describe('SignInGate (tenant mode)', () => {
  it('should show "Logga in" and open no popup until the user clicks it', async () => {
    const session = fakeSession(undefined);
    render(
      <SignInGate auth={auth} host={{ inTeams: false }} createSession={async () => session}>
        {(identity) => <p>Inloggad som {identity.user}</p>}
      </SignInGate>,
    );
    const button = await screen.findByRole('button', { name: 'Logga in' });
    expect(session.signIn).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(session.signIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Inloggad som anna.berg@kommun.se')).toBeTruthy();
  });

  it('should run as the silently signed-in account, never the host hint', async () => {
    const session = fakeSession(account);
    render(
      <SignInGate
        auth={auth}
        host={{ inTeams: true, userPrincipalName: 'someone.else@kommun.se' }}
        createSession={async () => session}
      >
        {(identity) => <p>Inloggad som {identity.user}</p>}
      </SignInGate>,
    );
    expect(await screen.findByText('Inloggad som anna.berg@kommun.se')).toBeTruthy();
    expect(session.signIn).not.toHaveBeenCalled();
  });

  it('should say what failed and offer the button again when the popup fails', async () => {
    const session = fakeSession(undefined);
    session.signIn.mockRejectedValueOnce(new Error('popup_window_error'));
    render(
      <SignInGate
        auth={auth}
        host={{ inTeams: false, locale: 'en-GB' }}
        createSession={async () => session}
      >
        {() => <p>inside</p>}
      </SignInGate>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('popup_window_error')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});

/** A PCA double: records which MSAL calls the session makes. */
function fakePca(accounts: AccountInfo[], silent: () => Promise<unknown>) {
  const pca = {
    getActiveAccount: () => null,
    getAllAccounts: () => accounts,
    setActiveAccount: vi.fn(),
    acquireTokenSilent: vi.fn(silent),
    ssoSilent: vi.fn(async () => {
      throw new InteractionRequiredAuthError('login_required', 'login required');
    }),
    acquireTokenPopup: vi.fn(async () => ({ account, accessToken: 'popup-token' })),
  };
  return pca;
}

describe('createMsalSession', () => {
  it('should never open a popup from a token request: it asks for sign-in instead', async () => {
    const pca = fakePca([account], async () => {
      throw new InteractionRequiredAuthError('consent_required', 'consent required');
    });
    const factory = vi.fn(async () => pca as unknown as IPublicClientApplication);
    const session = await createMsalSession(
      { clientId: 'c', tenantId: 't', nested: true, apiScope: auth.apiScope },
      { nestable: factory, standard: factory },
    );
    await expect(session.tokenProvider(['User.Read'])()).rejects.toBeInstanceOf(
      SignInRequiredError,
    );
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('should use nested app authentication when the host supports it, the standard client otherwise', async () => {
    const pca = fakePca([], async () => ({ accessToken: 'x' }));
    const nestable = vi.fn(async () => pca as unknown as IPublicClientApplication);
    const standard = vi.fn(async () => pca as unknown as IPublicClientApplication);
    await createMsalSession(
      { clientId: 'c', tenantId: 't', nested: true, apiScope: 's' },
      { nestable, standard },
    );
    expect([nestable.mock.calls.length, standard.mock.calls.length]).toEqual([1, 0]);
    await createMsalSession(
      { clientId: 'c', tenantId: 't', nested: false, apiScope: 's' },
      { nestable, standard },
    );
    expect([nestable.mock.calls.length, standard.mock.calls.length]).toEqual([1, 1]);
  });

  it("should ask for the API's scope with Graph's in the one interactive sign-in", async () => {
    const pca = fakePca([], async () => ({ accessToken: 'x' }));
    const factory = vi.fn(async () => pca as unknown as IPublicClientApplication);
    const session = await createMsalSession(
      { clientId: 'c', tenantId: 't', nested: false, apiScope: auth.apiScope },
      { nestable: factory, standard: factory },
    );
    expect(await session.signInSilently()).toBeUndefined();
    await session.signIn();
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({ extraScopesToConsent: [auth.apiScope] }),
    );
  });
});

describe('initHost when framed', () => {
  const framed = () => {
    const parent = {} as Window;
    Object.defineProperty(window, 'parent', { value: parent, configurable: true });
    return () => Object.defineProperty(window, 'parent', { value: window, configurable: true });
  };

  it('should wait for a slow host (teams-js download and initialise) instead of giving up', async () => {
    vi.useFakeTimers();
    const restore = framed();
    try {
      const teams = {
        app: {
          initialize: () => new Promise<void>((resolve) => setTimeout(resolve, 5000)),
          getContext: async () => ({
            app: { locale: 'sv-SE', theme: 'default' },
            page: { subPageId: '' },
            user: { userPrincipalName: 'anna.berg@kommun.se' },
          }),
        },
        nestedAppAuth: { isNAAChannelRecommended: () => true },
      } as unknown as TeamsJs;
      const load = () => new Promise<TeamsJs>((resolve) => setTimeout(() => resolve(teams), 3000));
      const host = initHost(load);
      await vi.advanceTimersByTimeAsync(8000);
      await expect(host).resolves.toMatchObject({ inTeams: true, nestedAppAuth: true });
    } finally {
      restore();
      vi.useRealTimers();
    }
  });

  it('should take a frame whose host never answers for a plain page once teams-js gives up', async () => {
    const restore = framed();
    try {
      const teams = {
        app: { initialize: async () => Promise.reject(new Error('SDK initialization timed out.')) },
        nestedAppAuth: { isNAAChannelRecommended: () => false },
      } as unknown as TeamsJs;
      await expect(initHost(async () => teams)).resolves.toEqual({ inTeams: false });
    } finally {
      restore();
    }
  });
});
