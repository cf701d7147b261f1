import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { FeatureBoundary } from '../components/FeatureBoundary';
import { SettingsRegular } from '@fluentui/react-icons';
import { useNarrow } from '../components/useMediaQuery';
import { NavigationContext, type FeatureId, type Intent } from './navigation';
import { ShellNav } from './ShellNav';
import { RefreshBadge, RefreshFailed } from './RefreshStatus';

const SettingsDialog = lazy(() =>
  import('./SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
import { useDocumentStyles, useShellStyles } from './Shell.styles';
import type { ThemeName, UiLocale } from './preferences';
import type { HostContext } from './teams-context';
import type { DeepLinkTarget } from '../../domain/deep-links';

const themes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * A link's target handed to the feature it opens; the feature calls `onMissing` when the record
 * or administration is not there for this user, and the shell tells the user.
 */
export interface FeatureLink {
  target: DeepLinkTarget;
  onMissing: () => void;
}

/**
 * What the shell renders for a feature; `intent` opens its "new" form from a quick link, `link`
 * is the place a deep link asks for (only until the user navigates).
 */
export type FeatureRenderer = (
  feature: FeatureId,
  intent: Intent | undefined,
  link?: FeatureLink,
) => ReactNode;

/** Props of the shell; the identity switcher is only offered when `users` is given (dev mode). */
export interface ShellProps {
  i18n: i18n;
  host: HostContext;
  locale: UiLocale;
  onLocaleChange: (locale: UiLocale) => void;
  theme: ThemeName;
  onThemeChange: (theme: ThemeName) => void;
  user: string;
  users?: { userPrincipalName: string; displayName?: string }[];
  onUserChange?: (upn: string) => void;
  renderFeature: FeatureRenderer;
  /** The feature to open first (a configured tab's `?feature=`). */
  initialFeature?: FeatureId | undefined;
  /** Where a deep link (the bot's cards) asks the tab to open; wins over `initialFeature`. */
  initialTarget?: DeepLinkTarget | undefined;
  /** A deep link was given but could not be read: the default view says so. */
  linkRequested?: boolean | undefined;
}

/**
 * The app shell: Fluent theme, header with language/theme/user switches, feature tabs and one
 * error boundary per feature.
 */
export function Shell(props: ShellProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <FluentProvider theme={themes[props.theme]}>
        <ShellBody {...props} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function ShellBody(props: ShellProps) {
  const { t } = useTranslation();
  useDocumentStyles();
  const styles = useShellStyles();
  const [feature, setFeature] = useState<FeatureId>(
    props.initialTarget?.feature ?? props.initialFeature ?? 'overview',
  );
  const [target, setTarget] = useState(props.initialTarget);
  const [linkFailed, setLinkFailed] = useState(
    props.linkRequested === true && props.initialTarget === undefined,
  );
  const link = useMemo<FeatureLink | undefined>(
    () => (target ? { target, onMissing: () => setLinkFailed(true) } : undefined),
    [target],
  );
  const [intent, setIntent] = useState<{ value: Intent | undefined; n: number }>({
    value: undefined,
    n: 0,
  });
  const navigate = useMemo(
    () => (next: FeatureId, nextIntent?: Intent) => {
      setFeature(next);
      // A link opens its place once; moving on is the user's own navigation.
      setTarget(undefined);
      setLinkFailed(false);
      setIntent((i) => ({ value: nextIntent, n: i.n + 1 }));
    },
    [],
  );

  const narrow = useNarrow();
  const displayName = props.users?.find((u) => u.userPrincipalName === props.user)?.displayName;
  const signedIn = [
    t('app.signedInAs', { user: displayName ?? props.user }),
    props.host.channelName ? t('app.inChannel', { channel: props.host.channelName }) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const controls = (
    <div className={styles.controls}>
      <Field label={t('app.language')}>
        <Select
          value={props.locale}
          onChange={(_, d) => props.onLocaleChange(d.value === 'en' ? 'en' : 'sv')}
        >
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </Select>
      </Field>
      {/* Inside Teams the host's theme rules and is followed live. */}
      {!props.host.inTeams && (
        <Field label={t('app.theme')}>
          <Select
            value={props.theme}
            onChange={(_, d) => props.onThemeChange(d.value as ThemeName)}
          >
            {(['light', 'dark', 'contrast'] as const).map((name) => (
              <option key={name} value={name}>
                {t(`app.themes.${name}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {props.users && props.onUserChange && (
        <Field label={t('app.user')}>
          <Select value={props.user} onChange={(_, d) => props.onUserChange?.(d.value)}>
            {props.users.map((u) => (
              <option key={u.userPrincipalName} value={u.userPrincipalName}>
                {u.displayName ? `${u.displayName} (${u.userPrincipalName})` : u.userPrincipalName}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );

  useEffect(() => {
    document.documentElement.lang = props.locale;
    document.title = t('app.title');
  }, [props.locale, t]);

  return (
    <NavigationContext.Provider value={navigate}>
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.heading}>
            <div className={styles.titleRow}>
              <h1 className={styles.title}>{t('app.title')}</h1>
              <RefreshBadge />
            </div>
            {!narrow && <div className={styles.context}>{signedIn}</div>}
          </div>
          {narrow ? (
            // Teams mobile: the header is one line; the switches wait behind a button, whose
            // dialog is fetched only on narrow screens.
            <Suspense
              fallback={
                <Button
                  appearance="subtle"
                  icon={<SettingsRegular />}
                  aria-label={t('app.settings')}
                  disabled
                />
              }
            >
              <SettingsDialog title={t('app.settings')} dismiss={t('app.dismiss')}>
                <div className={styles.context}>{signedIn}</div>
                {controls}
              </SettingsDialog>
            </Suspense>
          ) : (
            controls
          )}
        </header>
        <ShellNav feature={feature} onSelect={(next) => navigate(next)} />
        <main className={styles.main}>
          {linkFailed && (
            <MessageBar intent="warning" politeness="polite">
              <MessageBarBody>
                <MessageBarTitle>{t('app.linkFailed')}</MessageBarTitle>
                {t('app.linkFailedBody')}
              </MessageBarBody>
              <MessageBarActions>
                <Button appearance="transparent" onClick={() => setLinkFailed(false)}>
                  {t('app.dismiss')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <RefreshFailed />
          <FeatureBoundary key={`${feature}:${props.user}`}>
            <FeatureSlot
              key={intent.n}
              render={props.renderFeature}
              feature={feature}
              intent={intent.value}
              link={link}
            />
          </FeatureBoundary>
        </main>
      </div>
    </NavigationContext.Provider>
  );
}

/** Renders the feature as a child of its boundary, so a throw while rendering it is caught there. */
function FeatureSlot(props: {
  render: FeatureRenderer;
  feature: FeatureId;
  intent: Intent | undefined;
  link: FeatureLink | undefined;
}) {
  return <>{props.render(props.feature, props.intent, props.link)}</>;
}
