// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import './dom-setup';
import { ActivityForm } from '../../../src/tab/features/activities/ActivityForm';
import { anActivity, fakeData, renderTab } from './support';

describe('ActivityForm', () => {
  it('should flag a flight that is not climate-compensated', () => {
    const { data } = fakeData();
    const flight = anActivity({ id: '1', travelMode: 'flight', distanceKm: 1800 });
    renderTab(
      <ActivityForm
        activity={flight}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    expect(screen.getByText('Flyg ej klimatkompenserat')).toBeTruthy();
  });

  it('should remove the flag once the flight is marked compensated', async () => {
    const { data } = fakeData();
    const flight = anActivity({ id: '1', travelMode: 'flight', distanceKm: 1800 });
    renderTab(
      <ActivityForm
        activity={flight}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Klimatkompenserad' }));
    expect(screen.queryByText('Flyg ej klimatkompenserat')).toBeNull();
  });

  it('should nudge towards a digital meeting or the train when flying', async () => {
    const { data } = fakeData();
    renderTab(
      <ActivityForm
        activity={undefined}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={vi.fn()}
      />,
      data,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Färdmedel/ }), 'flight');
    expect(screen.getByText(/digitalt.*tåg/)).toBeTruthy();
  });

  it('should store the CO2e estimate with the saved activity', async () => {
    const { data, activities } = fakeData();
    const onSaved = vi.fn();
    const flight = anActivity({ id: '1', travelMode: 'flight', distanceKm: 1800, participants: 2 });
    const repo = await data.activities('utbildning');
    const stored = await repo.create(flight);
    renderTab(
      <ActivityForm
        activity={stored}
        writable={['utbildning']}
        onClose={vi.fn()}
        onSaved={onSaved}
      />,
      data,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(activities.items.get(stored.id!)?.co2eKg).toBeGreaterThan(0);
  });
});
