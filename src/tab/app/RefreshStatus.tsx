import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useRefreshSummary } from '../data/refresh-status';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
});

/**
 * "Uppdaterar…" beside the title while the records shown are the saved copy and Graph is being
 * asked; a polite live region that is always there, so the change is announced, and empty when
 * what is shown is fresh.
 */
export function RefreshBadge() {
  const { t } = useTranslation();
  const styles = useStyles();
  const summary = useRefreshSummary();
  return (
    <span role="status" className={styles.badge}>
      {summary.kind === 'refreshing' && (
        <>
          <Spinner size="extra-tiny" aria-hidden />
          {t('app.refreshing')}
        </>
      )}
    </span>
  );
}

/** When a refresh failed: the saved records stay shown, and this says from when, with a retry. */
export function RefreshFailed() {
  const { t, i18n } = useTranslation();
  const summary = useRefreshSummary();
  if (summary.kind !== 'failed') return null;
  const savedAt = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(summary.savedAt));
  return (
    <MessageBar intent="warning" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{t('app.refreshFailed')}</MessageBarTitle>
        {t('app.refreshFailedBody', { savedAt })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={summary.retry}>
          {t('errors.retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
