import type { HandlerContext } from './context';

/** Where a card's button should lead inside the app. */
export interface TabTarget {
  /** Passed to the tab as `subEntityId` (teams-js `page.subPageId`) when opened in Teams. */
  subEntityId: string;
  /** The label Teams shows for the deep link. */
  label: string;
  /** The same place as query parameters of the tab's own URL (the browser and fallback). */
  query: Record<string, string>;
}

/**
 * A link into the app: with the Teams app id known, the documented deep link to the personal
 * (static) tab, `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`
 * with every parameter URI-encoded and `context` = `{"subEntityId": …}` (Microsoft Teams docs,
 * "Deep link to an application", configure deep link to browse within your app manually). An
 * `Action.OpenUrl` with it opens the tab inside Teams. Without the app id (local mode, the Agents
 * Playground) the tab's own URL with the query.
 */
export function tabLink(
  ctx: Pick<HandlerContext, 'tabUrl' | 'teamsApp'>,
  target: TabTarget,
): string {
  const url = new URL(ctx.tabUrl);
  for (const [name, value] of Object.entries(target.query)) url.searchParams.set(name, value);
  const webUrl = url.toString();
  if (!ctx.teamsApp) return webUrl;
  const { appId, entityId } = ctx.teamsApp;
  const params = [
    `webUrl=${encodeURIComponent(webUrl)}`,
    `label=${encodeURIComponent(target.label)}`,
    `context=${encodeURIComponent(JSON.stringify({ subEntityId: target.subEntityId }))}`,
  ];
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${params.join('&')}`;
}
