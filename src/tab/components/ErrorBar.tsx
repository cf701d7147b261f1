import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { classifyError, errorReason } from '../data/errors';

/**
 * Shows an error the way the user can act on it: 403 as "Ingen åtkomst", 401 as a sign-in
 * prompt, everything else with Graph's reason. Never a crash. Multiline from the first paint: a
 * title and a sentence do not fit a phone's line, and the auto layout only reflows after measuring
 * (the page was briefly hundreds of pixels wider than the screen).
 */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const kind = classifyError(error);
  if (kind === 'forbidden') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('errors.noAccess')}</MessageBarTitle>
          {t('errors.noAccessBody')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (kind === 'auth') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('errors.signIn')}</MessageBarTitle>
          {t('errors.signInBody')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errors.generic')}</MessageBarTitle>
        {errorReason(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
