// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeLayout } from './dom-setup';
import { ProjectsPage } from '../../../src/tab/features/projects/ProjectsPage';
import { aProject, fakeData, renderTab } from './support';

function many(n: number) {
  return Array.from({ length: n }, (_, i) =>
    aProject({ id: String(i + 1), title: `Projekt ${String(i + 1).padStart(4, '0')}` }),
  );
}

fakeLayout();

describe('ProjectsPage', () => {
  it('should render only a window of a 1,000-row list', async () => {
    const { data } = fakeData({ projects: many(1000) });
    renderTab(<ProjectsPage />, data);
    const list = await screen.findByRole('list', { name: 'Projektlista' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(60);
  });

  it('should say how many of all rows the search shows', async () => {
    const { data } = fakeData({ projects: many(30) });
    renderTab(<ProjectsPage />, data);
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Sök' }), 'Projekt 001');
    expect(screen.getByText('Visar 10 av 30')).toBeTruthy();
  });

  it.each([
    ['not offer', 'is in no administration group', [], false],
    ['offer', 'is a member of an administration group', ['utbildning'], true],
  ])('should %s "Nytt projekt" to a user who %s', async (_verb, _who, mine, offered) => {
    const { data } = fakeData({ projects: many(2) });
    let answer!: (ids: string[]) => void;
    data.myAdministrations = () => new Promise((resolve) => (answer = resolve));
    renderTab(<ProjectsPage />, data);
    await screen.findByRole('list', { name: 'Projektlista' });
    // The membership is the awaited call: answer it inside act so its state update is flushed.
    await act(async () => answer(mine));
    expect(screen.queryByRole('button', { name: 'Nytt projekt' }) !== null).toBe(offered);
  });

  it('should open the detail with the lifecycle step "Ansökt" for a planned project', async () => {
    const { data } = fakeData({ projects: many(1) });
    renderTab(<ProjectsPage />, data);
    await userEvent.click(await screen.findByText('Projekt 0001'));
    expect(await screen.findByRole('button', { name: 'Ändra till: Ansökt' })).toBeTruthy();
  });

  it("should name the app's own writes in the version history as the app, not as SharePoint", async () => {
    const { data, projects } = fakeData({ projects: many(1) });
    projects.versions = async () => [
      {
        versionId: '1.0',
        modifiedAt: '2026-01-05T10:00:00Z',
        modifiedBy: 'SharePoint App',
        record: undefined,
        issues: [],
      },
      {
        versionId: '2.0',
        modifiedAt: '2026-02-05T10:00:00Z',
        modifiedBy: 'Johan Nilsson',
        record: undefined,
        issues: [],
      },
    ];
    renderTab(<ProjectsPage />, data);
    await userEvent.click(await screen.findByText('Projekt 0001'));
    const history = await screen.findByRole('region', { name: 'Versionshistorik' });
    await within(history).findByText(/Version 1\.0/);
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Version 1.0 · 5 januari 2026 · Internationellt arbete (app)',
      'Version 2.0 · 5 februari 2026 · Johan Nilsson',
    ]);
  });

  it('should ask for the granted amount and currency at the grant step and save them as typed', async () => {
    const applied = aProject({
      id: '1',
      title: 'Interreg-ansökan',
      status: 'applied',
      applicationSubmitted: '2026-02-01',
      appliedAmount: 400000,
      currency: 'EUR',
    });
    const { data, projects } = fakeData({ projects: [applied] });
    data.myAdministrations = async () => ['utbildning'];
    renderTab(<ProjectsPage />, data);
    await userEvent.click(await screen.findByText('Interreg-ansökan'));
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra till: Beviljat' }));
    const dialog = await screen.findByRole('dialog');
    // Fluent's dialog keeps itself aria-hidden while it opens: wait until its field is reachable.
    const amount = await within(dialog).findByRole('textbox', {
      name: 'Beviljad extern finansiering',
    });
    expect((amount as HTMLInputElement).value).toBe('400000');
    await userEvent.clear(amount);
    await userEvent.type(amount, '350 000,50');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Valuta' }), 'SEK');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bekräfta' }));
    await waitFor(() =>
      expect(
        [...projects.items.values()].map((p) => [p.status, p.grantedAmount, p.currency]),
      ).toEqual([['granted', 350000.5, 'SEK']]),
    );
    // The save is said in a live region.
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Sparat'));
  });
});
