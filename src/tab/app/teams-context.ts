/** The parts of the host context the tab uses; `inTeams` is false in a plain browser. */
export interface HostContext {
  inTeams: boolean;
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

/**
 * Initialises teams-js. Outside a Teams host `app.initialize()` may hang or reject; a short
 * timeout makes the tab a normal web page then.
 */
export async function initHost(timeoutMs = 1500): Promise<HostContext> {
  // Not in an iframe and not opened by a host window: there is no Teams to talk to.
  if (typeof window === 'undefined' || (window.parent === window && !window.opener)) {
    return { inTeams: false };
  }
  try {
    // Loaded only when framed: teams-js reaches out to its CDN on start, which a plain page need not do.
    const { app } = await import('@microsoft/teams-js');
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('teams-timeout')), timeoutMs)),
    ]);
    const context = await app.getContext();
    return {
      inTeams: true,
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
    return { inTeams: false };
  }
}

/** Follows the host's theme live; a no-op outside Teams. */
export function onHostThemeChange(inTeams: boolean, handler: (theme: string) => void): void {
  if (!inTeams) return;
  void import('@microsoft/teams-js').then(({ app }) => app.registerOnThemeChangeHandler(handler));
}
