import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { classifyError, errorReason } from '../data/errors';

/**
 * Shows an error the way the user can act on it: 403 as "Ingen åtkomst", 401 as a sign-in
 * prompt, everything else with Graph's reason. Never a crash.
 */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const kind = classifyError(error);
  if (kind === 'forbidden') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('errors.noAccess')}</MessageBarTitle>
          {t('errors.noAccessBody')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (kind === 'auth') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('errors.signIn')}</MessageBarTitle>
          {t('errors.signInBody')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{t('errors.generic')}</MessageBarTitle>
        {errorReason(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
