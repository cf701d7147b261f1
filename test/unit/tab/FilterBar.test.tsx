// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import './dom-setup';
import { FilterBar } from '../../../src/tab/components/FilterBar';
import { fakeData, renderTab } from './support';

type Filter = {
  text?: string;
  administrationId?: string;
  year?: number;
  kind?: string;
  withBusiness?: boolean;
};

function renderBar(filter: Filter, onFilter = vi.fn()) {
  renderTab(
    <FilterBar
      label="Filter"
      filter={filter}
      onFilter={onFilter}
      codes={[{ field: 'kind', group: 'projectKind', label: 'Typ' }]}
      selects={<span>egna val</span>}
      flags={[{ field: 'withBusiness', label: 'Med näringsliv' }]}
    >
      <span>kryssrutor</span>
    </FilterBar>,
    fakeData().data,
  );
  return onFilter;
}

describe('FilterBar', () => {
  it("should set the administration and keep the list's own filter", async () => {
    const onFilter = renderBar({ kind: 'eu' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Förvaltning/bolag' }),
      'omsorg',
    );
    expect(onFilter.mock.calls).toEqual([[{ kind: 'eu', administrationId: 'omsorg' }]]);
  });

  it('should set the year as a number', async () => {
    const onFilter = renderBar({});
    const year = screen.getByRole('combobox', { name: 'År' });
    const first = year.querySelectorAll('option')[1]?.getAttribute('value') ?? '';
    await userEvent.selectOptions(year, first);
    expect(onFilter.mock.calls).toEqual([[{ year: Number(first) }]]);
  });

  it("should place the list's selects before the year and its checkboxes after", () => {
    renderBar({});
    const text = screen.getByRole('search', { name: 'Filter' }).textContent ?? '';
    expect([text.indexOf('egna val') < text.indexOf('År'), text.endsWith('kryssrutor')]).toEqual([
      true,
      true,
    ]);
  });

  it("should set a code select's field to the chosen code", async () => {
    const onFilter = renderBar({ year: 2025 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'eu');
    expect(onFilter.mock.calls).toEqual([[{ year: 2025, kind: 'eu' }]]);
  });

  it('should turn a flag on with a check', async () => {
    const onFilter = renderBar({});
    await userEvent.click(screen.getByRole('checkbox', { name: 'Med näringsliv' }));
    expect(onFilter.mock.calls).toEqual([[{ withBusiness: true }]]);
  });

  it('should remove a flag, not set it false, when unchecked', async () => {
    const onFilter = renderBar({ withBusiness: true });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Med näringsliv' }));
    expect(onFilter.mock.calls).toEqual([[{ withBusiness: undefined }]]);
  });
});
