// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('on a narrow screen', () => {
    const narrow = (matches: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));
    afterEach(() => vi.unstubAllGlobals());

    it('should show only the search until the filter button is pressed', async () => {
      narrow(true);
      renderBar({});
      expect(screen.getByRole('searchbox')).toBeTruthy();
      expect(screen.queryByRole('combobox', { name: 'Förvaltning/bolag' })).toBeNull();
      const button = screen.getByRole('button', { name: 'Filter' });
      expect(button.getAttribute('aria-expanded')).toBe('false');
      await userEvent.click(button);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(screen.getByRole('combobox', { name: 'Förvaltning/bolag' })).toBeTruthy();
      expect(screen.getByRole('checkbox', { name: 'Med näringsliv' })).toBeTruthy();
    });

    it('should count the filters in use on the button', () => {
      narrow(true);
      renderBar({ kind: 'eu', year: 2025, withBusiness: true, text: 'ignored' });
      expect(screen.getByRole('button', { name: 'Filter (3)' })).toBeTruthy();
    });

    it('should show every filter at once on a wide screen', () => {
      narrow(false);
      renderBar({});
      expect(screen.queryByRole('button', { name: /^Filter/ })).toBeNull();
      expect(screen.getByRole('combobox', { name: 'Förvaltning/bolag' })).toBeTruthy();
    });
  });
});
