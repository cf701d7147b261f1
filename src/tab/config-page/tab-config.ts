import type { Locale } from '../../domain/labels';
import { featureName } from '../i18n/feature-names';

/** What a configured tab can show; the network view is the default in the network's channel. */
export const tabChoices = ['network', 'overview', 'projects', 'activities'] as const;
export type TabChoice = (typeof tabChoices)[number];

/**
 * The configuration page's strings (Swedish by default, English when the host says so); the
 * choices are named as the navigation names the features (`featureName`).
 */
export const configStrings: Record<
  Locale,
  {
    heading: string;
    intro: string;
    choice: string;
    outsideTeams: string;
  }
> = {
  sv: {
    heading: 'Lägg till Internationellt arbete',
    intro: 'Välj vad fliken ska visa. Du kan ändra det senare under flikens inställningar.',
    choice: 'Fliken visar',
    outsideTeams: 'Den här sidan används i Teams när fliken läggs till i en kanal eller chatt.',
  },
  en: {
    heading: 'Add International work',
    intro: "Choose what the tab shows. You can change it later in the tab's settings.",
    choice: 'The tab shows',
    outsideTeams: 'This page is used in Teams when the tab is added to a channel or chat.',
  },
};

/** The settings `pages.config.setConfig` takes (teams-js `pages.InstanceConfig`). */
export interface TabInstanceConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * The configured tab's settings: the content URL opens the app on the chosen feature
 * (`?feature=`); the entity id is stable per feature so Teams can deep-link to it.
 */
export function tabConfigFor(origin: string, choice: TabChoice, locale: Locale): TabInstanceConfig {
  const contentUrl = `${origin.replace(/\/$/, '')}/?feature=${choice}`;
  return {
    entityId: `internationellt-arbete-${choice}`,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: featureName(locale, choice),
  };
}

/** True for the configuration page's path (`/config`, as the manifest's `configurationUrl`). */
export function isConfigPath(pathname: string): boolean {
  return /^\/config\/?$/.test(pathname);
}

/**
 * The feature a configured tab's content URL asks for (`?feature=network`), when it is one of
 * `known`; anything else opens the shell's default.
 */
export function featureFromSearch<F extends string>(
  search: string,
  known: readonly F[],
): F | undefined {
  const wanted = new URLSearchParams(search).get('feature');
  return known.find((f) => f === wanted);
}
