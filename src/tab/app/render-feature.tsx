import type { FeatureLink, FeatureRenderer } from './Shell';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { ImportPage } from '../features/import/ImportPage';
import { ReportingPage } from '../features/reporting/ReportingPage';
import { NetworkPage } from '../features/network/NetworkPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { FollowUpPage } from '../features/follow-up/FollowUpPage';
import { FundingPage } from '../features/funding/FundingPage';

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
      return <ProjectsPage startWithNew={intent === 'new'} {...recordLink(link, 'projects')} />;
    case 'activities':
      return <ActivitiesPage startWithNew={intent === 'new'} {...recordLink(link, 'activities')} />;
    case 'reporting': {
      const target = link?.target;
      return target?.feature === 'reporting' ? (
        <ReportingPage
          initialYear={target.year}
          initialAdministrationId={target.administrationId}
          onAdministrationMissing={link?.onMissing}
        />
      ) : (
        <ReportingPage />
      );
    }
    case 'network':
      return <NetworkPage />;
    case 'funding':
      return <FundingPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'follow-up':
      return <FollowUpPage />;
    case 'import':
      return <ImportPage />;
  }
};
