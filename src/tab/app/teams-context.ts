/** The parts of the host context the tab uses; `inTeams` is false in a plain browser. */
export interface HostContext {
  inTeams: boolean;
  /** The host brokers tokens (nested app authentication): MSAL signs in through it. */
  nestedAppAuth?: boolean;
  locale?: string;
  theme?: string;
  userPrincipalName?: string;
  teamName?: string;
  channelName?: string;
  /** `Standard`, `Private` or `Shared`: a shared channel is the network's. */
  channelMembershipType?: string;
  sharePointSiteUrl?: string;
  /** A deep link's `subEntityId` (teams-js v2 `page.subPageId`); see `deep-link.ts`. */
  subPageId?: string;
}

/** The part of teams-js the tab's start uses (injectable for tests). */
export type TeamsJs = Pick<typeof import('@microsoft/teams-js'), 'app' | 'nestedAppAuth'>;

const loadTeamsJs = (): Promise<TeamsJs> => import('@microsoft/teams-js');

/**
 * Connects to the host when the tab is framed (Teams, Outlook, Microsoft 365, SharePoint) or
 * opened by a host window. teams-js is loaded first, then `app.initialize()` gets as long as
 * teams-js itself allows (it gives up after 60 s with "SDK initialization timed out"): a slow
 * host is still a host, and nested app authentication is tried there. A plain browser tab
 * (neither framed nor opened) returns at once.
 */
export async function initHost(load: () => Promise<TeamsJs> = loadTeamsJs): Promise<HostContext> {
  // Not in an iframe and not opened by a host window: there is no Teams to talk to.
  if (typeof window === 'undefined' || (window.parent === window && !window.opener)) {
    return { inTeams: false };
  }
  try {
    // Loaded only when framed: teams-js reaches out to its CDN on start, which a plain page need not do.
    const { app, nestedAppAuth } = await load();
    await app.initialize();
    const context = await app.getContext();
    return {
      inTeams: true,
      nestedAppAuth: nestedAppAuth.isNAAChannelRecommended(),
      locale: context.app.locale,
      theme: context.app.theme,
      userPrincipalName: context.user?.userPrincipalName,
      teamName: context.team?.displayName,
      channelName: context.channel?.displayName,
      channelMembershipType: context.channel?.membershipType,
      sharePointSiteUrl: context.sharePointSite?.teamSiteUrl,
      subPageId: context.page.subPageId,
    };
  } catch {
    // teams-js's own timeout, or a frame that is no host (an ordinary page embedding the tab).
    return { inTeams: false };
  }
}

/** Follows the host's theme live; a no-op outside Teams. */
export function onHostThemeChange(inTeams: boolean, handler: (theme: string) => void): void {
  if (!inTeams) return;
  void import('@microsoft/teams-js').then(({ app }) => app.registerOnThemeChangeHandler(handler));
}
