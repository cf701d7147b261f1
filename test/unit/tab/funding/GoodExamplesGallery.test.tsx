// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import type { GoodExample } from '../../../../src/domain/funding';
import { ShareError } from '../../../../src/tab/data/funding-access';
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

function renderGallery(
  examples: GoodExample[],
  locale: 'sv' | 'en' = 'sv',
  onShare?: (example: GoodExample) => Promise<unknown>,
) {
  return renderTab(
    <GoodExamplesGallery
      examples={examples}
      administrationName={(id) => names[id] ?? id}
      locale={locale}
      onShare={onShare}
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

describe('GoodExamplesGallery sharing', () => {
  const shareButton = () =>
    screen.getByRole('button', { name: 'Dela i kanalen: Europeisk kulturvecka' });

  it('should show no share button without the share command (not the coordinator)', () => {
    renderGallery(EXAMPLES);
    expect(screen.queryAllByRole('button', { name: /i kanalen/ })).toEqual([]);
  });

  it('should share the chosen example', async () => {
    const onShare = vi.fn(async (_example: GoodExample) => ({ messageId: 'm1' }));
    renderGallery(EXAMPLES, 'sv', onShare);
    await userEvent.click(shareButton());
    expect(onShare.mock.calls.map(([example]) => example.id)).toEqual(['2']);
  });

  it('should say "Delat i kanalen" once shared', async () => {
    renderGallery(EXAMPLES, 'sv', async () => ({ messageId: 'm1' }));
    await userEvent.click(shareButton());
    const card = screen.getByRole('article', { name: 'Europeisk kulturvecka' });
    expect((await within(card).findByRole('status')).textContent).toBe('Delat i kanalen');
  });

  it('should explain that the bot must first be added to the channel on 503 botUnavailable', async () => {
    renderGallery(EXAMPLES, 'sv', async () => {
      throw new ShareError(503, 'botUnavailable', 'No conversation reference for the channel');
    });
    await userEvent.click(shareButton());
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Lägg först till appen i kanalen/,
    );
  });

  it("should show the server's message for any other refusal", async () => {
    renderGallery(EXAMPLES, 'sv', async () => {
      throw new ShareError(403, 'forbidden', 'Only the coordinator may share');
    });
    await userEvent.click(shareButton());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Kunde inte dela: Only the coordinator may share',
    );
  });

  it('should label the share button in English for an English reader', () => {
    renderGallery(EXAMPLES, 'en', async () => ({ messageId: 'm1' }));
    expect(
      screen.getByRole('button', { name: 'Share in the channel: Europeisk kulturvecka' }),
    ).toBeTruthy();
  });
});
