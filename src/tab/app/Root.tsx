import { useEffect, useMemo, useState } from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  teamsLightTheme,
} from '@fluentui/react-components';
import { parseOrganisationConfig } from '../../domain/organisation';
import { defaultDevUpn, listDevUsers, type DevUser } from '../../auth/dev-token-provider';
import { createI18n } from '../i18n';
import { loadTabConfig, type TabConfig } from './config';
import { initHost, onHostThemeChange, type HostContext } from './teams-context';
import { initialPreferences, themeFromName, type ThemeName, type UiLocale } from './preferences';
import { devIdentity, type TabIdentity } from './token-provider';
import { SignInGate } from './SignIn';
import { Shell } from './Shell';
import { prefetchPages, preloadPage, renderFeature } from './render-feature';
import { deepLinkRequested, deepLinkTarget } from '../../domain/deep-links';
import { DataProvider } from '../data/DataContext';
import { createGraphDataAccess } from '../data/graph-data-access';
import { createLocalCache } from '../data/local-cache';
import { warmSavedReads } from '../data/saved-reads';
import { createGraphReportingAccess, ReportingProvider } from '../data/reporting-access';
import { createGraphNetworkAccess, NetworkAccessContext } from '../data/network-access';
import { featureFromSearch } from '../config-page/tab-config';
import { featureIds } from './navigation';
import { createGraphFundingAccess, FundingAccessContext } from '../data/funding-access';

const userKey = 'ia-dev-user';

/** Loads config and host context, then runs the shell with the data access of the current user. */
export function Root() {
  const [boot, setBoot] = useState<{ config: TabConfig; host: HostContext } | { error: string }>();
  useEffect(() => {
    preloadPage(featureFromSearch(window.location.search, featureIds));
    Promise.all([loadTabConfig(), initHost()]).then(
      ([config, host]) => setBoot({ config, host }),
      (error: unknown) =>
        setBoot({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  if (!boot) {
    return (
      <FluentProvider theme={teamsLightTheme}>
        <Spinner label="Laddar…" />
      </FluentProvider>
    );
  }
  if ('error' in boot) {
    return (
      <FluentProvider theme={teamsLightTheme}>
        <main>
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Appen kunde inte starta</MessageBarTitle>
              {boot.error}
            </MessageBarBody>
          </MessageBar>
        </main>
      </FluentProvider>
    );
  }
  const { config, host } = boot;
  if (config.auth.mode === 'msal') {
    return (
      <SignInGate auth={config.auth} host={host}>
        {(identity) => <Running config={config} host={host} identity={identity} />}
      </SignInGate>
    );
  }
  return <Running config={config} host={host} />;
}

function Running({
  config,
  host,
  identity,
}: {
  config: TabConfig;
  host: HostContext;
  /** Tenant mode: the signed-in account and its tokens. Absent locally (dev tokens). */
  identity?: TabIdentity;
}) {
  const start = useMemo(() => initialPreferences(window.location.search, host), [host]);
  const link = useMemo(
    () => ({
      target: deepLinkTarget(window.location.search, host.subPageId),
      requested: deepLinkRequested(window.location.search, host.subPageId),
    }),
    [host],
  );
  const organisation = useMemo(() => parseOrganisationConfig(config.organisation), [config]);
  const [locale, setLocale] = useState<UiLocale>(start.locale);
  const [theme, setTheme] = useState<ThemeName>(start.theme);
  // Signed in: that account, never a default or ?user=. Locally: the host's, the chosen or the
  // sample coordinator.
  const [user, setUser] = useState<string>(
    identity?.user ??
      host.userPrincipalName ??
      start.user ??
      sessionStorage.getItem(userKey) ??
      defaultDevUpn,
  );
  const [users, setUsers] = useState<DevUser[]>();
  const i18n = useMemo(() => createI18n(start.locale), [start.locale]);

  useEffect(
    () => onHostThemeChange(host.inTeams, (name) => setTheme(themeFromName(name))),
    [host.inTeams],
  );
  useEffect(() => {
    void i18n.changeLanguage(locale);
  }, [i18n, locale]);
  // The record pages' code is fetched when the browser is idle after the first screen (Safari,
  // so Teams on iOS, has no requestIdleCallback: there, a second after it).
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetchPages, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetchPages, 1000);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (config.auth.mode !== 'dev') return;
    listDevUsers(config.auth.emulatorOrigin).then(setUsers, () => setUsers([]));
  }, [config.auth]);

  // One token provider per identity, shared by the data accesses of every feature.
  const access = useMemo(() => {
    const tokens =
      identity ?? (config.auth.mode === 'dev' ? devIdentity(config.auth, user) : undefined);
    if (!tokens) throw new Error('No identity: tenant mode signs in before the app runs.');
    const options = {
      graphBaseUrl: config.graphBaseUrl,
      getToken: tokens.graph,
      organisation,
      user,
    };
    // The last reads of this user in this tenant, shown on the next open while Graph is asked.
    const cache = createLocalCache({
      graphBaseUrl: config.graphBaseUrl,
      tenantId: config.auth.mode === 'msal' ? config.auth.tenantId : undefined,
      user,
    });
    warmSavedReads(cache);
    return {
      data: createGraphDataAccess({ ...options, cache }),
      reporting: createGraphReportingAccess(options),
      // The share endpoint is served by the same server as the tab.
      funding: createGraphFundingAccess({
        ...options,
        serverOrigin: window.location.origin,
        getApiToken: tokens.api,
      }),
      network: createGraphNetworkAccess({
        ...options,
        channelMembershipType: host.channelMembershipType,
      }),
    };
  }, [config, user, identity, host.channelMembershipType, organisation]);

  const changeUser = (upn: string) => {
    // Kept per browser tab so a reload keeps the chosen identity (and drafts stay per user).
    sessionStorage.setItem(userKey, upn);
    setUser(upn);
  };

  return (
    <DataProvider value={access.data}>
      <ReportingProvider value={access.reporting}>
        <NetworkAccessContext.Provider value={access.network}>
          <FundingAccessContext.Provider value={access.funding}>
            <Shell
              i18n={i18n}
              host={host}
              locale={locale}
              onLocaleChange={setLocale}
              theme={theme}
              onThemeChange={setTheme}
              user={user}
              {...(config.auth.mode === 'dev' && users ? { users, onUserChange: changeUser } : {})}
              renderFeature={renderFeature}
              initialFeature={featureFromSearch(window.location.search, featureIds)}
              initialTarget={link.target}
              linkRequested={link.requested}
            />
          </FundingAccessContext.Provider>
        </NetworkAccessContext.Provider>
      </ReportingProvider>
    </DataProvider>
  );
}
