// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import './dom-setup';
import { openPage } from './support';
import { Shell } from '../../../src/tab/app/Shell';
import type { ThemeName, UiLocale } from '../../../src/tab/app/preferences';
import { createI18n } from '../../../src/tab/i18n';
import { ErrorBar } from '../../../src/tab/components/ErrorBar';
import { GraphError } from '../../../src/graph/errors';

function Harness({ crash = false }: { crash?: boolean }) {
  const [locale, setLocale] = useState<UiLocale>('sv');
  const [theme, setTheme] = useState<ThemeName>('light');
  const [i18n] = useState(() => createI18n('sv'));
  return (
    <Shell
      i18n={i18n}
      host={{ inTeams: false }}
      locale={locale}
      onLocaleChange={(next) => {
        void i18n.changeLanguage(next);
        setLocale(next);
      }}
      theme={theme}
      onThemeChange={setTheme}
      user="samordnare@vaxjo.example"
      renderFeature={(feature) => {
        if (crash && feature === 'import') throw new Error('boom');
        return feature === 'projects' ? (
          <ErrorBar
            error={new GraphError({ status: 403, code: 'accessDenied', message: 'denied' })}
          />
        ) : (
          <p>{feature}</p>
        );
      }}
    />
  );
}

describe('Shell', () => {
  it('should switch the navigation to English from the language switch', async () => {
    render(<Harness />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeTruthy();
  });

  it('should offer the theme switch outside Teams', () => {
    render(<Harness />);
    expect(screen.getByRole('combobox', { name: 'Tema' })).toBeTruthy();
  });

  it('should show a 403 as "Ingen åtkomst" instead of crashing', async () => {
    render(<Harness />);
    await openPage('Projekt och ansökningar');
    expect(screen.getByText('Ingen åtkomst')).toBeTruthy();
  });

  it('should keep the navigation usable when a feature crashes', async () => {
    render(<Harness crash />);
    await openPage('Import');
    await openPage('Översikt');
    expect(screen.getByText('overview')).toBeTruthy();
  });
});
