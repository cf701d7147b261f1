import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { mountConfigPage } from './config-page/mount';
import { isConfigPath } from './config-page/tab-config';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');
// The manifest's configurationUrl (`/config`) is served by the same build: the configuration page.
if (isConfigPath(window.location.pathname)) {
  void mountConfigPage(container);
} else {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
