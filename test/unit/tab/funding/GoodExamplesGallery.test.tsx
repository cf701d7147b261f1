// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import '../dom-setup';
import type { GoodExample } from '../../../../src/domain/funding';
import { GoodExamplesGallery } from '../../../../src/tab/features/funding/GoodExamplesGallery';
import { fakeData, renderTab } from '../support';

const EXAMPLES: GoodExample[] = [
  {
    kind: 'project',
    id: '1',
    administrationId: 'kommunledning',
    title: 'Gröna städer i Södra Östersjön',
    summary: 'Blågröna lösningar i hamnstäder.',
    category: 'interreg',
    date: '2024-01-01',
  },
  {
    kind: 'activity',
    id: '2',
    administrationId: 'kultur-fritid',
    title: 'Europeisk kulturvecka',
    summary: 'Flerspråkig läsning når nya grupper.',
    category: 'good-example',
    date: '2025-09-01',
  },
];

const names: Record<string, string> = {
  kommunledning: 'Kommunledningsförvaltningen',
  'kultur-fritid': 'Kultur- och fritidsförvaltningen',
};

function renderGallery(examples: GoodExample[], locale: 'sv' | 'en' = 'sv') {
  return renderTab(
    <GoodExamplesGallery
      examples={examples}
      administrationName={(id) => names[id] ?? id}
      locale={locale}
    />,
    fakeData().data,
    locale,
  );
}

describe('GoodExamplesGallery', () => {
  it('should show one card per good example, in the given order', () => {
    renderGallery(EXAMPLES);
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Gröna städer i Södra Östersjön',
      'Europeisk kulturvecka',
    ]);
  });

  it('should show the public summary on the card', () => {
    renderGallery(EXAMPLES);
    const card = screen.getByRole('article', { name: 'Europeisk kulturvecka' });
    expect(within(card).getByText('Flerspråkig läsning når nya grupper.')).toBeTruthy();
  });

  it("should name the administration and the project's programme", () => {
    renderGallery(EXAMPLES);
    const card = screen.getByRole('article', { name: 'Gröna städer i Södra Östersjön' });
    expect(within(card).getByText(/Kommunledningsförvaltningen · Interreg/)).toBeTruthy();
  });

  it('should label the kind in English for an English reader', () => {
    renderGallery(EXAMPLES, 'en');
    const card = screen.getByRole('article', { name: 'Europeisk kulturvecka' });
    expect(within(card).getByText('Activity')).toBeTruthy();
  });

  it('should say so when there are no good examples', () => {
    renderGallery([]);
    expect(screen.getByText('Inga goda exempel är markerade ännu.')).toBeTruthy();
  });
});
