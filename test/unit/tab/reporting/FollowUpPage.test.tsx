// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import { FollowUpPage } from '../../../../src/tab/features/follow-up/FollowUpPage';
import { aProject, fakeData } from '../support';
import { memoryReporting, renderReporting } from './support';

const projects = [
  aProject({ id: 'p1', status: 'ongoing', startDate: '2023-03-01', endDate: '2023-12-31' }),
  aProject({ id: 'p2', status: 'ongoing', startDate: '2024-03-01' }),
  aProject({ id: 'p3', status: 'ongoing', startDate: '2024-05-01' }),
];

function renderFollowUp() {
  const { data } = fakeData({ projects, user: 'ks.ledamot@vaxjo.example' });
  const { reporting } = memoryReporting({ user: 'ks.ledamot@vaxjo.example' });
  renderReporting(<FollowUpPage />, data, reporting);
}

afterEach(() => vi.restoreAllMocks());

describe('FollowUpPage', () => {
  it('should put the years of the mandate period side by side with the trend', async () => {
    renderFollowUp();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Mandatperiod' }),
      'Mandatperioden 2023–2026',
    );
    const table = await screen.findByRole('table', { name: 'Hela kommunen' });
    const row = within(table).getByRole('row', { name: /^Pågående projekt/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1, 3)).toEqual(['1', '2']);
  });

  it('should export the follow-up as a Word document', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:follow-up');
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }),
    );
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderFollowUp();
    await screen.findByRole('table', { name: 'Hela kommunen' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    await screen.findByText(/är nedladdad/, {}, { timeout: 30_000 });
    expect(click).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]?.[0].type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});
