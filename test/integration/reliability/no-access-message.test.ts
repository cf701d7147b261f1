// @vitest-environment jsdom
import { createElement } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { ErrorBar } from '../../../src/tab/components/ErrorBar.js';
import { classifyError } from '../../../src/tab/data/errors.js';
import { createGraphReportingAccess } from '../../../src/tab/data/reporting-access.js';
import { createI18n } from '../../../src/tab/i18n/index.js';
import { provisionSample, startReliabilityHarness, type ReliabilityHarness } from './harness.js';

// Fluent's MessageBar observes its size for reflow; jsdom has no layout and no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

/**
 * What a contact person sees when the store refuses a coordinator-only write: the tab's data
 * layer against the emulator with the list policies, then the message bar the reporting page
 * shows for the error (RoundPanel and SubmissionEditor render `ErrorBar`).
 */
describe('no-access message for a coordinator-only write refused by the store', () => {
  let h: ReliabilityHarness;
  let refused: unknown;

  beforeAll(async () => {
    h = await startReliabilityHarness();
    await provisionSample(h);
    const user = 'kontakt.utbildning@vaxjo.example';
    const contact = createGraphReportingAccess({
      graphBaseUrl: h.baseUrl,
      getToken: () => h.userToken(user),
      organisation: defaultOrganisation,
      user,
    });
    refused = await contact
      .saveRound({ year: 2030, deadline: '2031-02-15', open: true, openedBy: 'Maria Johansson' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
  }, 60_000);
  afterAll(() => h.close());
  afterEach(cleanup);

  const show = (locale: 'sv' | 'en') =>
    render(
      createElement(
        I18nextProvider,
        { i18n: createI18n(locale) },
        createElement(
          FluentProvider,
          { theme: teamsLightTheme },
          createElement(ErrorBar, { error: refused }),
        ),
      ),
    );

  it("should classify the store's answer to a contact person opening a round as forbidden", () => {
    expect(classifyError(refused)).toBe('forbidden');
  });

  it("should show the Swedish no-access message instead of Graph's text", () => {
    show('sv');
    expect(screen.getByText('Ingen åtkomst')).toBeTruthy();
    expect(screen.getByText(/Du har inte behörighet till det här/)).toBeTruthy();
    expect(screen.queryByText(/Access denied/)).toBeNull();
  });

  it('should show the English no-access message when the locale is English', () => {
    show('en');
    expect(screen.getByText('No access')).toBeTruthy();
  });
});
