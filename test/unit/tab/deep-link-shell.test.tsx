// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { fakeLayout } from './dom-setup';
import { Shell } from '../../../src/tab/app/Shell';
import { renderFeature } from '../../../src/tab/app/render-feature';
import type { DeepLinkTarget } from '../../../src/domain/deep-links';
import { createI18n } from '../../../src/tab/i18n';
import { DataProvider } from '../../../src/tab/data/DataContext';
import { ReportingProvider } from '../../../src/tab/data/reporting-access';
import { aProject, anActivity, fakeData, openPage } from './support';
import { aRound, memoryReporting } from './reporting/support';

fakeLayout();

// Older than the years the page offers by itself, so the link has to add it.
const year = new Date().getFullYear() - 6;

/** Opens the real shell and pages on a link, with one project and one activity stored. */
function openLink(target: DeepLinkTarget | undefined, linkRequested = target !== undefined) {
  const { data } = fakeData({
    projects: [
      aProject({ id: '1', title: 'Skolutbyte Kaunas' }),
      aProject({ id: '2', title: 'Språkbad i Tartu' }),
    ],
    activities: [anActivity({ id: '7', title: 'Studiebesök i Tartu' })],
    mine: ['utbildning'],
  });
  const { reporting } = memoryReporting({ rounds: [aRound({ year })] });
  return render(
    <DataProvider value={data}>
      <ReportingProvider value={reporting}>
        <Shell
          i18n={createI18n('sv')}
          host={{ inTeams: false }}
          locale="sv"
          onLocaleChange={() => undefined}
          theme="light"
          onThemeChange={() => undefined}
          user={data.user}
          renderFeature={renderFeature}
          initialTarget={target}
          linkRequested={linkRequested}
        />
      </ReportingProvider>
    </DataProvider>,
  );
}

const failed = 'Länken gick inte att öppna';

describe('Shell with a deep link', () => {
  it("should open a shared project's detail", async () => {
    openLink({ feature: 'projects', administrationId: 'utbildning', itemId: '2' });
    expect(await screen.findByRole('heading', { name: 'Språkbad i Tartu' })).toBeTruthy();
    expect(
      screen.getByRole('tab', { name: 'Projekt och ansökningar', selected: true }),
    ).toBeTruthy();
  });

  it('should open a shared activity in its form', async () => {
    openLink({ feature: 'activities', administrationId: 'utbildning', itemId: '7' });
    expect(await screen.findByDisplayValue('Studiebesök i Tartu')).toBeTruthy();
  });

  it("should open the reporting page on the reminder's year with the administration's draft focused", async () => {
    openLink({ feature: 'reporting', administrationId: 'utbildning', year });
    const heading = await screen.findByRole('heading', { name: /Årsrapport för Utbildnings/ });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'År' }).value).toBe(
      String(year),
    );
  });

  it('should show the list and a polite message for a project that is not there', async () => {
    openLink({ feature: 'projects', administrationId: 'utbildning', itemId: '99' });
    expect(await screen.findByText(failed)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Projektlista' })).toBeTruthy();
  });

  it("should say so for an administration that is not the user's to report", async () => {
    openLink({ feature: 'reporting', administrationId: 'omsorg', year });
    expect(await screen.findByText(failed)).toBeTruthy();
  });

  it('should show the default view and the message for a link that cannot be read', () => {
    openLink(undefined, true);
    expect(screen.getByText(failed)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Översikt', selected: true })).toBeTruthy();
  });

  it('should forget the link once the user navigates', async () => {
    openLink({ feature: 'projects', administrationId: 'utbildning', itemId: '2' });
    await screen.findByRole('heading', { name: 'Språkbad i Tartu' });
    await openPage('Övrigt internationellt arbete');
    await openPage('Projekt och ansökningar');
    expect(await screen.findByRole('list', { name: 'Projektlista' })).toBeTruthy();
  });
});
