import { searchParamsOf, subEntityIdOf, type DeepLinkTarget } from '../../domain/deep-links';
import type { HandlerContext } from './context';

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
  target: DeepLinkTarget,
  /** The label Teams shows for the deep link. */
  label: string,
): string {
  const url = new URL(ctx.tabUrl);
  for (const [name, value] of Object.entries(searchParamsOf(target))) {
    url.searchParams.set(name, value);
  }
  const webUrl = url.toString();
  if (!ctx.teamsApp) return webUrl;
  const { appId, entityId } = ctx.teamsApp;
  const params = [
    `webUrl=${encodeURIComponent(webUrl)}`,
    `label=${encodeURIComponent(label)}`,
    `context=${encodeURIComponent(JSON.stringify({ subEntityId: subEntityIdOf(target) }))}`,
  ];
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${params.join('&')}`;
}
