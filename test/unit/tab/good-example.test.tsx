// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import './dom-setup';
import { ActivitiesPage } from '../../../src/tab/features/activities/ActivitiesPage';
import { ActivityForm } from '../../../src/tab/features/activities/ActivityForm';
import { ProjectDetail } from '../../../src/tab/features/projects/ProjectDetail';
import { ProjectForm } from '../../../src/tab/features/projects/ProjectForm';
import { fakeLayout } from './dom-setup';
import { aProject, anActivity, fakeData, renderTab } from './support';

function renderProjectForm(onSaved = vi.fn()) {
  const fake = fakeData();
  renderTab(
    <ProjectForm
      project={undefined}
      writable={['utbildning']}
      onClose={vi.fn()}
      onSaved={onSaved}
    />,
    fake.data,
  );
  return fake;
}

describe('ProjectForm good example', () => {
  it('should ask for the public summary only once "Gott exempel" is ticked', async () => {
    renderProjectForm();
    const before = screen.queryByRole('textbox', { name: /Sammanfattning av det goda exemplet/ });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gott exempel' }));
    expect([
      before,
      screen.getByRole('textbox', { name: /Sammanfattning av det goda exemplet/ }),
    ]).toEqual([null, expect.anything()]);
  });

  it('should name the missing summary and save nothing', async () => {
    const { projects } = renderProjectForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Projektnamn/ }), 'Skolutbyte');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gott exempel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect([
      screen.getByRole('textbox', {
        name: /Sammanfattning av det goda exemplet/,
        description: /Obligatoriskt/,
      }),
      projects.items.size,
    ]).toEqual([expect.anything(), 0]);
  });

  it('should save the flag with its summary', async () => {
    const onSaved = vi.fn();
    const { projects } = renderProjectForm(onSaved);
    await userEvent.type(screen.getByRole('textbox', { name: /Projektnamn/ }), 'Skolutbyte');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gott exempel' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Sammanfattning av det goda exemplet/ }),
      'Elever lär av varandra.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect([...projects.items.values()].map((p) => [p.goodExample, p.goodExampleSummary])).toEqual([
      [true, 'Elever lär av varandra.'],
    ]);
  });
});

describe('ActivityForm good example', () => {
  it('should save the flag with its summary', async () => {
    const { data, activities } = fakeData();
    const onSaved = vi.fn();
    renderTab(
      <ActivityForm
        activity={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={onSaved}
      />,
      data,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Rubrik|Titel|Namn/ }), 'Studiebesök');
    await userEvent.type(screen.getByLabelText(/Startdatum/), '2026-04-01');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gott exempel' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Sammanfattning av det goda exemplet/ }),
      'Nya idéer om dagvatten.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(
      [...activities.items.values()].map((a) => [a.goodExample, a.goodExampleSummary]),
    ).toEqual([[true, 'Nya idéer om dagvatten.']]);
  });
});

describe('good example flag in lists and detail', () => {
  const renderDetail = () =>
    renderTab(
      <ProjectDetail
        project={aProject({ id: '1', goodExample: true, goodExampleSummary: 'Värt att sprida.' })}
        writable
        onEdit={vi.fn()}
        onBack={vi.fn()}
        onSaved={vi.fn()}
      />,
      fakeData().data,
    );

  it('should show the "Gott exempel" badge in the project detail', () => {
    renderDetail();
    expect(screen.getByText('Gott exempel')).toBeTruthy();
  });

  it('should show the public summary as a fact of the project detail', () => {
    renderDetail();
    expect(screen.getByText('Värt att sprida.').previousElementSibling?.textContent).toBe(
      'Sammanfattning av det goda exemplet',
    );
  });

  it('should show the flag only on flagged activities in the list', async () => {
    fakeLayout();
    const { data } = fakeData({
      activities: [
        anActivity({ id: '1', title: 'Flaggad', goodExample: true, goodExampleSummary: 'Bra.' }),
        anActivity({ id: '2', title: 'Vanlig' }),
      ],
    });
    renderTab(<ActivitiesPage />, data);
    await screen.findByText('Vanlig');
    const rows = screen.getAllByText('Gott exempel').map((b) => b.parentElement?.parentElement);
    expect(rows.map((row) => row?.textContent?.startsWith('Flaggad'))).toEqual([true]);
  });
});
