import { lazy, Suspense, type ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FeatureLink, FeatureRenderer } from './Shell';
import type { FeatureId } from './navigation';
import { OverviewPage } from '../features/overview/OverviewPage';

// The overview, the first screen, loads with the tab; every other page is fetched when opened
// (the record pages right after the first render, see `prefetchPages`), so the tab starts with
// less JavaScript: the record pages bring the forms, the virtual list and the table.
const loadProjectsPage = () => import('../features/projects/ProjectsPage');
const loadActivitiesPage = () => import('../features/activities/ActivitiesPage');
const ProjectsPage = lazy(() => loadProjectsPage().then((m) => ({ default: m.ProjectsPage })));
const ActivitiesPage = lazy(() =>
  loadActivitiesPage().then((m) => ({ default: m.ActivitiesPage })),
);
const ImportPage = lazy(() =>
  import('../features/import/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const ReportingPage = lazy(() =>
  import('../features/reporting/ReportingPage').then((m) => ({ default: m.ReportingPage })),
);
const NetworkPage = lazy(() =>
  import('../features/network/NetworkPage').then((m) => ({ default: m.NetworkPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const FollowUpPage = lazy(() =>
  import('../features/follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })),
);
const FundingPage = lazy(() =>
  import('../features/funding/FundingPage').then((m) => ({ default: m.FundingPage })),
);

/** A lazily loaded page, with a spinner while its code arrives. */
function Later({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Spinner label={t('app.loading')} />}>{children}</Suspense>;
}

/** The record a link opens on the projects or activities page, when it is that page's. */
function recordLink(link: FeatureLink | undefined, feature: 'projects' | 'activities') {
  const target = link?.target;
  if (!target || target.feature !== feature || !('itemId' in target)) return {};
  const { administrationId, itemId } = target;
  return { open: { administrationId, itemId }, onOpenMissing: link?.onMissing };
}

/** Renders a feature's page, handing a deep link's target to the page it opens. */
export const renderFeature: FeatureRenderer = (feature, intent, link) => {
  switch (feature) {
    case 'overview':
      return <OverviewPage />;
    case 'projects':
      return (
        <Later>
          <ProjectsPage
            startWithNew={intent === 'new'}
            preset={typeof intent === 'object' ? intent : undefined}
            {...recordLink(link, 'projects')}
          />
        </Later>
      );
    case 'activities':
      return (
        <Later>
          <ActivitiesPage
            startWithNew={intent === 'new'}
            preset={typeof intent === 'object' ? intent : undefined}
            {...recordLink(link, 'activities')}
          />
        </Later>
      );
    case 'reporting': {
      const target = link?.target;
      return (
        <Later>
          {target?.feature === 'reporting' ? (
            <ReportingPage
              initialYear={target.year}
              initialAdministrationId={target.administrationId}
              onAdministrationMissing={link?.onMissing}
            />
          ) : (
            <ReportingPage />
          )}
        </Later>
      );
    }
    case 'network':
      return (
        <Later>
          <NetworkPage />
        </Later>
      );
    case 'funding':
      return (
        <Later>
          <FundingPage />
        </Later>
      );
    case 'dashboard':
      return (
        <Later>
          <DashboardPage />
        </Later>
      );
    case 'follow-up':
      return (
        <Later>
          <FollowUpPage />
        </Later>
      );
    case 'import':
      return (
        <Later>
          <ImportPage />
        </Later>
      );
  }
};

/**
 * Fetches the record pages' code once the first screen is up, so switching to them does not wait
 * for the network; a failure is left to the page's own load when it is opened.
 */
export function prefetchPages(): void {
  preloadPage('projects');
  preloadPage('activities');
}

/**
 * Starts fetching a record page's code now, when it is the one the tab opens with (a configured
 * tab's `?feature=`), so it arrives together with the rest of the start instead of after it.
 */
export function preloadPage(feature: FeatureId | undefined): void {
  if (feature === 'projects') void loadProjectsPage().catch(() => undefined);
  if (feature === 'activities') void loadActivitiesPage().catch(() => undefined);
}
