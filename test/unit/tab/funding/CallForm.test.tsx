// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import type { FundingCall, FundingCallInput } from '../../../../src/domain/funding';
import { FundingAccessContext, type FundingAccess } from '../../../../src/tab/data/funding-access';
import { FundingPage } from '../../../../src/tab/features/funding/FundingPage';
import { fakeData, memoryRepository, renderTab } from '../support';
import { aCall, fundingAccess } from './fake-funding';

const COORDINATOR = 'samordnare@vaxjo.example';

/** The coordinator's funding access over an in-memory calls list. */
function coordinatorAccess(
  initial: FundingCall[] = [],
  options: { forbidden?: boolean; coordinator?: boolean; mine?: string[] } = {},
) {
  const repo = memoryRepository<FundingCall, FundingCallInput>(initial, {
    forbidden: options.forbidden ?? false,
  });
  const access: FundingAccess = fundingAccess({
    user: COORDINATOR,
    isCoordinator: async () => options.coordinator ?? true,
    myAdministrations: async () => options.mine ?? [],
    calls: async () => repo,
  });
  return { access, repo };
}

function renderPage(access: FundingAccess, locale: 'sv' | 'en' = 'sv') {
  return renderTab(
    <FundingAccessContext.Provider value={access}>
      <FundingPage today="2026-03-01" />
    </FundingAccessContext.Provider>,
    fakeData({ user: access.user, mine: [] }).data,
    locale,
  );
}

const textbox = (name: RegExp) => screen.getByRole('textbox', { name });
const openNewCall = async () =>
  userEvent.click(await screen.findByRole('button', { name: 'Ny utlysning' }));
const fillRequired = async (title: string, closes: string) => {
  await userEvent.type(textbox(/^Rubrik/), title);
  await userEvent.type(screen.getByLabelText(/Sista ansökningsdag/), closes);
};
const save = () => userEvent.click(screen.getByRole('button', { name: 'Spara' }));

describe('CallForm', () => {
  it('should not offer the call form to someone who is not the coordinator', async () => {
    renderPage(coordinatorAccess([aCall('1')], { coordinator: false }).access);
    await screen.findByRole('article', { name: 'Utlysning 1' });
    expect([
      screen.queryByRole('button', { name: 'Ny utlysning' }),
      screen.queryByRole('button', { name: 'Redigera Utlysning 1' }),
    ]).toEqual([null, null]);
  });

  it('should save a new call with its programme, themes, administrations and rate', async () => {
    const { access, repo } = coordinatorAccess();
    renderPage(access);
    await openNewCall();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Program\/fond/ }), 'life');
    await fillRequired('LIFE Natur', '2026-03-11');
    await userEvent.type(textbox(/Länk till utlysningen/), 'https://cinea.ec.europa.eu/life');
    await userEvent.type(screen.getByRole('spinbutton', { name: /Finansieringsgrad/ }), '60');
    await userEvent.type(textbox(/^Teman/), 'Biologisk mångfald{Enter}');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Utbildningsförvaltningen' }));
    await save();
    await screen.findByText('Utlysningen är sparad.');
    expect(
      [...repo.items.values()].map((c) => [
        c.title,
        c.programme,
        c.closes,
        c.url,
        c.coFinancingRate,
        c.themes,
        c.administrationIds,
      ]),
    ).toEqual([
      [
        'LIFE Natur',
        'life',
        '2026-03-11',
        'https://cinea.ec.europa.eu/life',
        60,
        ['Biologisk mångfald'],
        ['utbildning'],
      ],
    ]);
  });

  it('should name the closing date when it is before the opening date', async () => {
    const { access, repo } = coordinatorAccess();
    renderPage(access);
    await openNewCall();
    await fillRequired('Interreg', '2026-03-11');
    await userEvent.type(screen.getByLabelText(/^Öppnar/), '2026-04-01');
    await save();
    expect([
      screen.getByLabelText(/Sista ansökningsdag/).getAttribute('aria-invalid'),
      repo.items.size,
    ]).toEqual(['true', 0]);
  });

  it('should name the link when it is not a web address', async () => {
    const { access } = coordinatorAccess();
    renderPage(access);
    await openNewCall();
    await fillRequired('Interreg', '2026-03-11');
    await userEvent.type(textbox(/Länk till utlysningen/), 'ftp://example.org/call');
    await save();
    expect(textbox(/Länk till utlysningen/).getAttribute('aria-invalid')).toBe('true');
  });

  it('should name a co-financing rate above 100 %', async () => {
    const { access } = coordinatorAccess();
    renderPage(access);
    await openNewCall();
    await fillRequired('Interreg', '2026-03-11');
    await userEvent.type(screen.getByRole('spinbutton', { name: /Finansieringsgrad/ }), '150');
    await save();
    expect(
      screen.getByRole('spinbutton', { name: /Finansieringsgrad/ }).getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('should restore the unsaved call after a reload', async () => {
    const { access } = coordinatorAccess();
    const first = renderPage(access);
    await openNewCall();
    await userEvent.type(textbox(/^Rubrik/), 'Halvfärdig utlysning');
    first.unmount();
    renderPage(access);
    await openNewCall();
    expect([
      (textbox(/^Rubrik/) as HTMLInputElement).value,
      screen.getByText('Ett osparat utkast har återställts.'),
    ]).toEqual(['Halvfärdig utlysning', expect.anything()]);
  });

  it('should keep the input when the save fails', async () => {
    const { access } = coordinatorAccess([], { forbidden: true });
    renderPage(access);
    await openNewCall();
    await fillRequired('Nekas', '2026-03-11');
    await save();
    await screen.findByText(/Sparandet misslyckades/);
    expect((textbox(/^Rubrik/) as HTMLInputElement).value).toBe('Nekas');
  });

  it('should show both versions when someone else saved the call first', async () => {
    const { access, repo } = coordinatorAccess([aCall('1', { title: 'Original' })]);
    renderPage(access);
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera Original' }));
    const opened = repo.items.get('1')!;
    await repo.update('1', { ...opened, notes: 'kollegans anteckning' }, opened.etag!);
    const title = textbox(/^Rubrik/);
    await userEvent.clear(title);
    await userEvent.type(title, 'Mitt namn');
    await save();
    const table = await screen.findByRole('table', { name: /Någon annan har ändrat/ });
    expect(table.textContent).toMatch(/Mitt namn.*Original/);
  });

  it('should save an edit with the eTag it was opened with', async () => {
    const { access, repo } = coordinatorAccess([aCall('1', { title: 'Original' })]);
    const update = vi.spyOn(repo, 'update');
    renderPage(access);
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera Original' }));
    const etag = repo.items.get('1')!.etag;
    await userEvent.type(textbox(/Anteckningar/), 'Partnersökning pågår');
    await save();
    await screen.findByText('Utlysningen är sparad.');
    expect(update.mock.calls.map(([id, , tag]) => [id, tag])).toEqual([['1', etag]]);
  });

  it('should label the form in English with the English locale', async () => {
    renderPage(coordinatorAccess().access, 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'New funding call' }));
    const form = screen.getByRole('form', { name: 'New funding call' });
    expect(within(form).getByLabelText(/^Deadline/)).toBeTruthy();
  });
});

describe('FundingPage coordinator list', () => {
  it('should show the coordinator a call that has not opened yet, with its opening date', async () => {
    renderPage(coordinatorAccess([aCall('1', { title: 'Kommande', opens: '2026-04-01' })]).access);
    const card = await screen.findByRole('article', { name: 'Kommande' });
    await waitFor(() => expect(within(card).getByText('Öppnar 1 april 2026')).toBeTruthy());
  });

  it('should show the coordinator a call for another administration, to edit but not to answer', async () => {
    renderPage(
      coordinatorAccess([aCall('1', { title: 'Skolan', administrationIds: ['utbildning'] })], {
        mine: ['kommunledning'],
      }).access,
    );
    const card = await screen.findByRole('article', { name: 'Skolan' });
    expect([
      within(card).queryByRole('button', { name: 'Redigera Skolan' }) !== null,
      within(card).queryByRole('button', { name: 'Vi söker' }),
    ]).toEqual([true, null]);
  });
});
