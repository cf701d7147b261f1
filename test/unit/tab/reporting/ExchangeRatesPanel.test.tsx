// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import type { ReportingRound } from '../../../../src/domain/records';
import { ExchangeRatesPanel } from '../../../../src/tab/features/reporting/ExchangeRatesPanel';
import { ReportingPage } from '../../../../src/tab/features/reporting/ReportingPage';
import { eurRate } from '../../domain/money-fixture';
import { aProject, fakeData } from '../support';
import { aRound, coordinatorUpn, memoryReporting, renderReporting } from './support';

const year = new Date().getFullYear() - 1;

function setup(options: { coordinator?: boolean; locale?: 'sv' | 'en' } = {}) {
  const store = memoryReporting({
    user: coordinatorUpn,
    coordinator: options.coordinator ?? true,
    rounds: [aRound({ id: 'r1', year, exchangeRates: [eurRate] })],
  });
  const round = () => [...store.rounds.items.values()][0] as ReportingRound;
  const onChanged = vi.fn();
  renderReporting(
    <ExchangeRatesPanel
      year={year}
      round={round()}
      coordinator={options.coordinator ?? true}
      missing={['NOK']}
      onChanged={onChanged}
    />,
    fakeData().data,
    store.reporting,
    options.locale,
  );
  return { store, round, onChanged };
}

const nokRate = () => screen.getByRole('textbox', { name: 'Kurs för NOK (kr)' });
const nokSource = () => screen.getByRole('textbox', { name: 'Källa för NOK' });

describe('ExchangeRatesPanel', () => {
  it('should flag the currencies of the year that have no rate', () => {
    setup({ coordinator: false });
    expect(
      screen.getByText('Kurs saknas för NOK: de beloppen visas i sin egen valuta.'),
    ).toBeTruthy();
    expect(screen.getByText(/1 EUR = 11,07 kr \(Riksbankens årsgenomsnitt 2025\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara kurserna' })).toBeNull();
  });

  it('should refuse a rate of 0 with a clear message, write nothing and keep the input', async () => {
    const { round, onChanged } = setup();
    const etag = round().etag;
    await userEvent.type(nokRate(), '0');
    await userEvent.type(nokSource(), 'Norges Bank');
    await userEvent.click(screen.getByRole('button', { name: 'Spara kurserna' }));
    expect(
      screen.getByText('Kursen måste vara större än 0 (kronor för en enhet av valutan).'),
    ).toBeTruthy();
    expect(round().etag).toBe(etag);
    expect(onChanged).not.toHaveBeenCalled();
    expect((nokRate() as HTMLInputElement).value).toBe('0');
  });

  it('should refuse a negative rate and a rate without a source', async () => {
    const { round } = setup();
    await userEvent.type(nokRate(), '-1');
    await userEvent.click(screen.getByRole('button', { name: 'Spara kurserna' }));
    expect(screen.getByText('Kurserna sparades inte: rätta de markerade fälten.')).toBeTruthy();
    expect(screen.getAllByText(/Kursen måste vara större än 0|Obligatoriskt fält/)).toHaveLength(2);
    expect(round().exchangeRates).toEqual([eurRate]);
  });

  it('should save a rate written with a decimal comma on the round, with its eTag', async () => {
    const { round, onChanged } = setup();
    await userEvent.type(nokRate(), '0,95');
    await userEvent.type(nokSource(), 'Riksbankens årsgenomsnitt');
    await userEvent.click(screen.getByRole('button', { name: 'Spara kurserna' }));
    expect(await screen.findByText('Kurserna är sparade.')).toBeTruthy();
    expect(round().exchangeRates).toEqual([
      eurRate,
      { currency: 'NOK', rate: 0.95, source: 'Riksbankens årsgenomsnitt' },
    ]);
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('should keep the input when the round changed meanwhile, and save over it on request', async () => {
    const { store, round } = setup();
    // Someone else closes the round after the panel was opened: its eTag is stale now.
    await store.rounds.update('r1', { ...round(), open: false }, round().etag ?? '');
    await userEvent.type(nokRate(), '0,95');
    await userEvent.type(nokSource(), 'Norges Bank');
    await userEvent.click(screen.getByRole('button', { name: 'Spara kurserna' }));
    expect(await screen.findByText(/Någon annan har ändrat omgången/)).toBeTruthy();
    expect((nokRate() as HTMLInputElement).value).toBe('0,95');
    await userEvent.click(screen.getByRole('button', { name: 'Spara kurserna' }));
    expect(await screen.findByText('Kurserna är sparade.')).toBeTruthy();
    expect(round()).toMatchObject({ open: false, exchangeRates: [eurRate, { currency: 'NOK' }] });
  });

  it('should speak English when the locale says so', () => {
    setup({ locale: 'en' });
    expect(screen.getByRole('heading', { name: `Exchange rates ${year}` })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Rate for NOK (SEK)' })).toBeTruthy();
  });
});

describe('the reporting page with an amount in a currency without a rate', () => {
  it('should flag the missing rate and never show the money as 0 kr', async () => {
    const nok = aProject({
      id: 'p-nok',
      status: 'ongoing',
      currency: 'NOK',
      applicationSubmitted: `${year}-01-10`,
      decisionDate: `${year}-02-01`,
      startDate: `${year}-03-01`,
      grantedAmount: 50_000,
    });
    const { data } = fakeData({ projects: [nok], mine: ['utbildning'] });
    const store = memoryReporting({
      rounds: [aRound({ year, deadline: `${year + 1}-02-15`, exchangeRates: [eurRate] })],
    });
    renderReporting(<ReportingPage />, data, store.reporting);
    expect(
      await screen.findByText('Kurs saknas för NOK: de beloppen visas i sin egen valuta.'),
    ).toBeTruthy();
    const row = screen.getByRole('row', { name: /Beviljad extern finansiering/ });
    expect(row.textContent?.replace(/\s/g, ' ')).toContain('50 000 NOK (kurs saknas)');
    expect(row.textContent).not.toMatch(/(^|\D)0\s?kr/);
  });
});
