// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../tab/dom-setup';
import type { DevelopmentInitiative } from '../../../src/domain/funding';
import { FundingAccessContext } from '../../../src/tab/data/funding-access';
import { FollowUpPage } from '../../../src/tab/features/follow-up/FollowUpPage';
import { MunicipalityReport } from '../../../src/tab/features/reporting/MunicipalityReport';
import { fundingAccess, readableFrom } from '../tab/funding/fake-funding';
import { fakeData } from '../tab/support';
import { coordinatorUpn, memoryReporting, renderReporting } from '../tab/reporting/support';
import { readDocx } from './docx-reader';
import { initiative } from './fixtures';

/**
 * The tab's paths to the municipality report and the mandate-period follow-up pass the development
 * initiatives into the models, so both carry the considered share (issue 10).
 */
const YEAR = 2025;
const initiatives: DevelopmentInitiative[] = [
  initiative({ id: 'd1', fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({ id: 'd2', fundingConsidered: true, fundingOutcome: 'no-call-found' }),
  initiative({ id: 'd3' }),
  initiative({ id: 'd4', year: 2023 }),
];

const funding = fundingAccess({ readableInitiatives: readableFrom(initiatives) });

describe('MunicipalityReport with the funding access', () => {
  it('should generate a Word report saying funding was considered in 2 of 3 initiatives', async () => {
    const memory = memoryReporting({ user: coordinatorUpn, coordinator: true });
    renderReporting(
      <FundingAccessContext.Provider value={funding}>
        <MunicipalityReport year={YEAR} />
      </FundingAccessContext.Provider>,
      fakeData({ user: coordinatorUpn }).data,
      memory.reporting,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Skapa Word-rapport' }));
    await waitFor(() => expect(memory.published).toHaveLength(1), { timeout: 20_000 });
    const doc = await readDocx(memory.published[0]?.bytes ?? new Uint8Array());
    expect(doc.paragraphs).toContainEqual(
      expect.stringMatching(/^Extern finansiering övervägdes i 2 av 3 utvecklingsinsatser/),
    );
  }, 30_000);
});

describe('FollowUpPage with the funding access', () => {
  it('should show the considered share for each year of the mandate period', async () => {
    const { data } = fakeData({ user: 'ks.ledamot@vaxjo.example' });
    const { reporting } = memoryReporting({ user: 'ks.ledamot@vaxjo.example' });
    renderReporting(
      <FundingAccessContext.Provider value={funding}>
        <FollowUpPage />
      </FundingAccessContext.Provider>,
      data,
      reporting,
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Mandatperiod' }),
      'Mandatperioden 2023–2026',
    );
    const table = await screen.findByRole('table', { name: 'Hela kommunen' });
    const row = within(table).getByRole('row', {
      name: /^Andel utvecklingsinsatser där extern finansiering övervägdes/,
    });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent?.replace(/\s/gu, ' '));
    expect(cells.slice(1, 5)).toEqual(['0 %', '–', '67 %', '–']);
  });
});
