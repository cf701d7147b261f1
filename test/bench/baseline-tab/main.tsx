import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Badge, FluentProvider, Link, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { createDevTokenProvider, defaultDevUpn } from '../../../src/auth/dev-token-provider';
import { formatDate, label } from '../../../src/domain/labels';
import { parseOrganisationConfig } from '../../../src/domain/organisation';
import type { Project } from '../../../src/domain/records';
import { createGraphClient, loadOrganisationRecords, resolveSites } from '../../../src/graph/index';
import { loadTabConfig } from '../../../src/tab/app/config';

/**
 * The baseline page of figure 2: the tab's data path (config.json, dev token, the same Graph
 * client and batched load) and the same row content as the project list, but every one of the
 * records rendered at once in a plain list, without virtualisation, app shell or i18n.
 */
function BaselineProjects() {
  const [projects, setProjects] = useState<Project[]>();
  useEffect(() => {
    void (async () => {
      const config = await loadTabConfig();
      if (config.auth.mode !== 'dev') throw new Error('the baseline page runs against the emulator');
      const organisation = parseOrganisationConfig(config.organisation);
      const client = createGraphClient({
        baseUrl: config.graphBaseUrl,
        getToken: createDevTokenProvider(config.auth.emulatorOrigin, defaultDevUpn),
      });
      const records = await loadOrganisationRecords(client, await resolveSites(client, organisation));
      setProjects(records.projects);
    })();
  }, []);
  if (!projects) return <Spinner label="Laddar…" />;
  return (
    <ul aria-label="Projekt och ansökningar">
      {projects.map((p, i) => (
        <li key={p.id ?? p.title} aria-setsize={projects.length} aria-posinset={i + 1}>
          <Link>{p.title}</Link>
          <div>
            <Badge appearance="tint">{label('sv', 'projectStatus', p.status)}</Badge>
            <span>{p.administrationId}</span>
            <span>{label('sv', 'programme', p.programme)}</span>
            {p.startDate && <span>{formatDate('sv', p.startDate)}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing');
createRoot(container).render(
  <FluentProvider theme={teamsLightTheme}>
    <BaselineProjects />
  </FluentProvider>,
);
