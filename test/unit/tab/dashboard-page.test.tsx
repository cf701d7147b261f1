// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import './dom-setup';
import type { DevelopmentInitiative } from '../../../src/domain/funding';
import { FundingAccessContext } from '../../../src/tab/data/funding-access';
import { DashboardPage } from '../../../src/tab/features/dashboard/DashboardPage';
import { initiative } from '../report/fixtures';
import { fundingAccess, readableFrom } from './funding/fake-funding';
import { anActivity, fakeData, renderTab } from './support';

const year = new Date().getFullYear() - 1;
const title = `Andel utvecklingsinsatser där extern finansiering övervägdes per förvaltning och bolag ${year} (%)`;

/**
 * Utbildning: 2 of 3 considered in `year`, 1 of 1 the year before, 0 of 1 two years before;
 * nothing read for Omsorg.
 */
const initiatives: DevelopmentInitiative[] = [
  initiative({ id: 'd1', year, fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({ id: 'd2', year, fundingConsidered: true, fundingOutcome: 'no-call-found' }),
  initiative({ id: 'd3', year }),
  initiative({ id: 'd4', year: year - 1, fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({ id: 'd5', year: year - 2 }),
];

const funding = fundingAccess({ readableInitiatives: readableFrom(initiatives) });

function renderDashboard() {
  const { data } = fakeData({
    activities: [
      anActivity({
        id: 'a1',
        startDate: `${year}-04-01`,
        goodExample: true,
        goodExampleSummary: 'Ett öppet webbinarium om EU-fonder.',
      }),
    ],
  });
  return renderTab(
    <FundingAccessContext.Provider value={funding}>
      <DashboardPage />
    </FundingAccessContext.Provider>,
    data,
  );
}

async function tableOf(name: string) {
  const card = (await screen.findByRole('heading', { name })).closest('[aria-labelledby]');
  await userEvent.click(
    within(card as HTMLElement).getByRole('switch', { name: 'Visa som tabell' }),
  );
  return screen.getByRole('table', { name });
}

const cells = (table: HTMLElement, name: RegExp) =>
  within(within(table).getByRole('row', { name }))
    .getAllByRole('cell')
    .map((c) => c.textContent?.replace(/\s/gu, ' '));

describe('DashboardPage considered share', () => {
  it('should show the share per administration as a chart with a table alternative', async () => {
    renderDashboard();
    const table = await tableOf(title);
    expect(cells(table, /Utbildningsförvaltningen/)).toEqual([
      'Utbildningsförvaltningen',
      '66,7 %',
    ]);
  });

  it('should show a dash for an administration without initiatives read', async () => {
    renderDashboard();
    const table = await tableOf(title);
    expect(cells(table, /Omsorgsförvaltningen/)).toEqual(['Omsorgsförvaltningen', '–']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should follow the year filter', async () => {
    renderDashboard();
    await screen.findByRole('heading', { name: title });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'År för siffrorna per förvaltning' }),
      String(year - 1),
    );
    const table = await tableOf(title.replace(String(year), String(year - 1)));
    expect(cells(table, /Utbildningsförvaltningen/)).toEqual(['Utbildningsförvaltningen', '100 %']);
  });

  it('should show a share of 0 % as a figure, not as "no figures yet"', async () => {
    renderDashboard();
    await screen.findByRole('heading', { name: title });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'År för siffrorna per förvaltning' }),
      String(year - 2),
    );
    const table = await tableOf(title.replace(String(year), String(year - 2)));
    expect(cells(table, /Utbildningsförvaltningen/)).toEqual(['Utbildningsförvaltningen', '0 %']);
  });

  it("should show the year's good examples and the considered share in the summary", async () => {
    renderDashboard();
    await screen.findByRole('heading', { name: title });
    const summary = screen.getByRole('region', { name: `Året ${year} i korthet` });
    expect(
      within(summary)
        .getAllByRole('definition')
        .map((d) => d.textContent?.replace(/\s/gu, ' ')),
    ).toEqual(['1', '67 %']);
    expect(within(summary).getByText(/övervägd i 2 av 3/)).toBeDefined();
  });

  it('should have no serious accessibility issue in the summary and the chart table', async () => {
    renderDashboard();
    await tableOf(title);
    const summary = screen.getByRole('region', { name: `Året ${year} i korthet` });
    const card = screen.getByRole('table', { name: title }).closest('[aria-labelledby]');
    const serious = [];
    for (const context of [summary, card as HTMLElement]) {
      // Colour contrast needs layout, which jsdom has not; the e2e axe runs cover it.
      const result = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
      serious.push(
        ...result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id),
      );
    }
    expect(serious).toEqual([]);
  });
});
