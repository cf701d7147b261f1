import { createRoot } from 'react-dom/client';
import { localeFromTeams } from '../../domain/labels';
import { ConfigPage, type PagesConfigApi } from './ConfigPage';

/** Outside Teams nothing is saved: the page only shows the choice and says where it is used. */
const outsideTeamsPages: PagesConfigApi = {
  registerOnSaveHandler: () => undefined,
  setValidityState: () => undefined,
  setConfig: async () => undefined,
};

/**
 * Starts the configuration page: in a Teams host initialises teams-js (loaded only here, as the
 * shell does), reads the locale and channel type and renders the page with `pages.config`; a
 * shared channel preselects the network view. In a plain browser (no host answers within
 * `timeoutMs`) it renders the page with a note instead of hanging on a blank page.
 */
export async function mountConfigPage(container: HTMLElement, timeoutMs = 1500): Promise<void> {
  const root = createRoot(container);
  const origin = window.location.origin;
  try {
    if (window.parent === window && !window.opener) throw new Error('not framed');
    const { app, pages } = await import('@microsoft/teams-js');
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('teams-timeout')), timeoutMs)),
    ]);
    const context = await app.getContext();
    root.render(
      <ConfigPage
        pages={pages.config}
        origin={origin}
        locale={localeFromTeams(context.app.locale)}
        initial={context.channel?.membershipType === 'Shared' ? 'network' : 'overview'}
      />,
    );
  } catch {
    // As the shell: Swedish unless `?lang=en` says otherwise.
    const lang = new URLSearchParams(window.location.search).get('lang') ?? undefined;
    root.render(
      <ConfigPage
        pages={outsideTeamsPages}
        origin={origin}
        locale={localeFromTeams(lang)}
        outsideTeams
      />,
    );
  }
}
