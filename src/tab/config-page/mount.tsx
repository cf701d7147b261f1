import { createRoot } from 'react-dom/client';
import { localeFromTeams } from '../../domain/labels';
import { ConfigPage } from './ConfigPage';

/**
 * Starts the configuration page in a Teams host: initialises teams-js (loaded only here, as the
 * shell does), reads the locale and channel type, and renders the page with `pages.config`.
 * A shared channel preselects the network view.
 */
export async function mountConfigPage(container: HTMLElement): Promise<void> {
  const { app, pages } = await import('@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  createRoot(container).render(
    <ConfigPage
      pages={pages.config}
      origin={window.location.origin}
      locale={localeFromTeams(context.app.locale)}
      initial={context.channel?.membershipType === 'Shared' ? 'network' : 'overview'}
    />,
  );
}
