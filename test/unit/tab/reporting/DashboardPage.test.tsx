// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import { DashboardPage } from '../../../../src/tab/features/dashboard/DashboardPage';
import { aProject, fakeData, renderTab } from '../support';

const year = new Date().getFullYear() - 1;

describe('DashboardPage', () => {
  it('should show a chart as a table with its figures when asked', async () => {
    const { data } = fakeData({
      projects: [aProject({ id: 'p1', kind: 'eu', status: 'ongoing', startDate: `${year}-01-15` })],
    });
    renderTab(<DashboardPage />, data);
    const title = `Pågående projekt per förvaltning och bolag ${year}`;
    const card = (await screen.findByRole('heading', { name: title })).closest('[aria-labelledby]');
    await userEvent.click(
      within(card as HTMLElement).getByRole('switch', { name: 'Visa som tabell' }),
    );
    const table = screen.getByRole('table', { name: title });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Kategori', 'EU-projekt', 'Andra internationella projekt']);
    const row = within(table).getByRole('row', { name: /Utbildningsförvaltningen/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Utbildningsförvaltningen', '1', '0']);
  });

  it('should offer a table alternative for every chart', async () => {
    const { data } = fakeData({ projects: [aProject({ id: 'p1' })] });
    renderTab(<DashboardPage />, data);
    await screen.findByRole('heading', { name: /Beviljad extern finansiering/ });
    expect(screen.getAllByRole('switch', { name: 'Visa som tabell' })).toHaveLength(5);
  });
});
