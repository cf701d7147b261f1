// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectForm } from '../../../src/tab/features/projects/ProjectForm';
import './dom-setup';
import { aProject, fakeData, renderTab } from './support';

/** Opens the form for a new project in Utbildningsförvaltningen and types its name. */
async function newProjectNamed(title: string) {
  const { data, projects } = fakeData();
  const onSaved = vi.fn();
  renderTab(
    <ProjectForm
      project={undefined}
      writable={['utbildning']}
      onClose={vi.fn()}
      onSaved={onSaved}
    />,
    data,
  );
  await userEvent.type(screen.getByRole('textbox', { name: /Projektnamn/ }), title);
  return { projects, onSaved };
}

describe('ProjectForm', () => {
  it('should show the validation message next to the title field and keep the input', async () => {
    const { data } = fakeData();
    renderTab(
      <ProjectForm
        project={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Delprogram/ }), 'Södra Östersjön');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      screen.getByRole('textbox', { name: /Projektnamn/, description: /Obligatoriskt/ }),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Delprogram/ }).value).toBe(
      'Södra Östersjön',
    );
  });

  it('should save a new project into the chosen administration', async () => {
    const { projects, onSaved } = await newProjectNamed('Nordplus-utbyte');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect([...projects.items.values()].map((p) => [p.title, p.administrationId])).toEqual([
      ['Nordplus-utbyte', 'utbildning'],
    ]);
  });

  it("should store a partner's country typed by its name as the ISO code", async () => {
    const { projects, onSaved } = await newProjectNamed('Nordplus-utbyte');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till partner' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Tartu linn');
    await userEvent.type(await screen.findByRole('combobox', { name: 'Land' }), 'estland');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect([...projects.items.values()].map((p) => p.partners)).toEqual([
      [{ name: 'Tartu linn', country: 'EE', type: 'other' }],
    ]);
  });

  it('should restore unsaved input after the form is opened again', async () => {
    const { data } = fakeData();
    const first = renderTab(
      <ProjectForm
        project={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Projektnamn/ }), 'Halvfärdigt');
    first.unmount();
    renderTab(
      <ProjectForm
        project={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Projektnamn/ }).value).toBe(
      'Halvfärdigt',
    );
  });

  it('should show both versions on a conflict and save the re-applied edits on top of the current one', async () => {
    const { data, projects } = fakeData({
      projects: [aProject({ title: 'Original', description: 'start' })],
    });
    const opened = [...projects.items.values()][0]!;
    const onSaved = vi.fn();
    renderTab(
      <ProjectForm
        project={opened}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={onSaved}
      />,
      data,
    );
    // Someone else saves first.
    await projects.update(
      opened.id!,
      { ...opened, description: 'ändrad av kollega' },
      opened.etag!,
    );
    const title = screen.getByRole('textbox', { name: /Projektnamn/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Mitt namn');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const table = await screen.findByRole('table', { name: /Någon annan har ändrat/ });
    expect(table.textContent).toMatch(/Mitt namn.*Original/);
    await userEvent.click(screen.getByRole('button', { name: /Lägg mina ändringar ovanpå/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const stored = projects.items.get(opened.id!)!;
    expect([stored.title, stored.description]).toEqual(['Mitt namn', 'ändrad av kollega']);
  });

  it('should show a project of another administration read-only', () => {
    const { data } = fakeData({ projects: [] });
    renderTab(
      <ProjectForm
        project={aProject({ administrationId: 'omsorg', id: '9' })}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Projektnamn/ }).disabled).toBe(
      true,
    );
  });

  it('should keep the form and say "Ingen åtkomst" when the store refuses the save', async () => {
    const { data } = fakeData({ forbidden: true });
    renderTab(
      <ProjectForm
        project={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Projektnamn/ }), 'Nekas');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Ingen åtkomst');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Projektnamn/ }).value).toBe(
      'Nekas',
    );
  });
});
