import { useEffect, useRef, useState } from 'react';
import {
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  teamsLightTheme,
} from '@fluentui/react-components';
import type { Locale } from '../../domain/labels';
import { featureName } from '../i18n/feature-names';
import {
  configStrings,
  tabChoices,
  tabConfigFor,
  type TabChoice,
  type TabInstanceConfig,
} from './tab-config';

/** The save event of teams-js `pages.config.registerOnSaveHandler`. */
export interface SaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** The part of teams-js `pages.config` the page uses (injected, so tests need no host). */
export interface PagesConfigApi {
  registerOnSaveHandler(handler: (event: SaveEvent) => void): void;
  setValidityState(valid: boolean): void;
  setConfig(config: TabInstanceConfig): Promise<void>;
}

/** Props: the teams-js config API, the app's origin and the host's locale. */
export interface ConfigPageProps {
  pages: PagesConfigApi;
  origin: string;
  locale: Locale;
  /** Preselected choice: the network view in a shared channel, else the overview. */
  initial?: TabChoice;
  /** Opened in a plain browser: there is no Teams to save to, which the page says. */
  outsideTeams?: boolean;
}

/**
 * The configurable tab's configuration page (`pages.config`): the user picks what the tab shows;
 * a choice is always made, so the page is valid at once; Save stores the content URL via
 * `setConfig` and tells Teams whether it worked.
 */
export function ConfigPage({
  pages,
  origin,
  locale,
  initial = 'network',
  outsideTeams = false,
}: ConfigPageProps) {
  const strings = configStrings[locale];
  const [choice, setChoice] = useState<TabChoice>(initial);
  // The save handler is registered once; it reads the latest choice through the ref.
  const latest = useRef(choice);
  latest.current = choice;

  useEffect(() => {
    pages.registerOnSaveHandler((event) => {
      pages.setConfig(tabConfigFor(origin, latest.current, locale)).then(
        () => event.notifySuccess(),
        (error: unknown) =>
          event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
    });
    pages.setValidityState(true);
  }, [pages, origin, locale]);

  return (
    <FluentProvider theme={teamsLightTheme}>
      <main lang={locale} style={{ padding: '16px' }}>
        <h1>{strings.heading}</h1>
        <p>{strings.intro}</p>
        {outsideTeams && (
          <MessageBar intent="info">
            <MessageBarBody>{strings.outsideTeams}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={strings.choice}>
          <Select value={choice} onChange={(_, d) => setChoice(d.value as TabChoice)}>
            {tabChoices.map((c) => (
              <option key={c} value={c}>
                {featureName(locale, c)}
              </option>
            ))}
          </Select>
        </Field>
      </main>
    </FluentProvider>
  );
}
