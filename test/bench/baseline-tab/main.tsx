import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Badge, FluentProvider, Link, Spinner, teamsLightTheme } from '@fluentui/react-components';
import { createDevTokenProvider, defaultDevUpn } from '../../../src/auth/dev-token-provider';
import { formatDate, label } from '../../../src/domain/labels';
import { parseOrganisationConfig } from '../../../src/domain/organisation';
import type { Project } from '../../../src/domain/records';
import { createGraphClient, loadOrganisationRecords, resolveSites } from '../../../src/graph/index';
import { loadTabConfig } from '../../../src/tab/app/config';
import { VirtualList } from '../../../src/tab/components/VirtualList';

/**
 * The pages of figure 2: the tab's data path (config.json, dev token, the same Graph client and
 * batched load) and the project list's row content, without the app shell or i18n. By default
 * every record is rendered at once in a plain list (the baseline, no virtualisation); with
 * `?virtual=1` the rows go through the tab's own `VirtualList`. Both record in `window.bench`
 * when the records arrived and when the list was first painted after that.
 */

interface BenchMarks {
  recordsAt?: number;
  paintedAt?: number;
}
const marks: BenchMarks = {};
(window as unknown as { bench: BenchMarks }).bench = marks;
const virtual = new URLSearchParams(window.location.search).get('virtual') === '1';

function Row({ project }: { project: Project }) {
  return (
    <>
      <Link>{project.title}</Link>
      <div>
        <Badge appearance="tint">{label('sv', 'projectStatus', project.status)}</Badge>
        <span>{project.administrationId}</span>
        <span>{label('sv', 'programme', project.programme)}</span>
        {project.startDate && <span>{formatDate('sv', project.startDate)}</span>}
      </div>
    </>
  );
}

function PlainList({ projects }: { projects: Project[] }): ReactNode {
  return (
    <ul aria-label="Projekt och ansökningar">
      {projects.map((p, i) => (
        <li key={p.id ?? p.title} aria-setsize={projects.length} aria-posinset={i + 1}>
          <Row project={p} />
        </li>
      ))}
    </ul>
  );
}

function Projects() {
  const [projects, setProjects] = useState<Project[]>();
  useEffect(() => {
    void (async () => {
      const config = await loadTabConfig();
      if (config.auth.mode !== 'dev')
        throw new Error('the benchmark pages run against the emulator');
      const organisation = parseOrganisationConfig(config.organisation);
      const client = createGraphClient({
        baseUrl: config.graphBaseUrl,
        getToken: createDevTokenProvider(config.auth.emulatorOrigin, defaultDevUpn),
      });
      const records = await loadOrganisationRecords(
        client,
        await resolveSites(client, organisation),
      );
      marks.recordsAt = performance.now();
      setProjects(records.projects);
    })();
  }, []);
  useEffect(() => {
    // After the commit, the next frame is the first paint of the list.
    if (projects)
      requestAnimationFrame(() => setTimeout(() => (marks.paintedAt = performance.now())));
  }, [projects]);
  if (!projects) return <Spinner label="Laddar…" />;
  return virtual ? (
    <VirtualList
      items={projects}
      label="Projekt och ansökningar"
      getKey={(p) => p.id ?? p.title}
      renderRow={(p) => <Row project={p} />}
    />
  ) : (
    <PlainList projects={projects} />
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing');
createRoot(container).render(
  <FluentProvider theme={teamsLightTheme}>
    <Projects />
  </FluentProvider>,
);
