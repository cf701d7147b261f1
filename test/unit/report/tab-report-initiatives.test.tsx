// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../tab/dom-setup';
import type {
  DevelopmentInitiative,
  DevelopmentInitiativeInput,
} from '../../../src/domain/funding';
import { FundingAccessContext, type FundingAccess } from '../../../src/tab/data/funding-access';
import { MunicipalityReport } from '../../../src/tab/features/reporting/MunicipalityReport';
import { fakeData, memoryRepository } from '../tab/support';
import { coordinatorUpn, memoryReporting, renderReporting } from '../tab/reporting/support';
import { readDocx } from './docx-reader';
import { initiative } from './fixtures';

/**
 * The tab's path to the municipality report passes the development initiatives into the model,
 * so the Word report the coordinator generates carries the considered share (issue 10).
 */
const YEAR = 2025;
const initiatives: DevelopmentInitiative[] = [
  initiative({ id: 'd1', fundingConsidered: true, fundingOutcome: 'applied' }),
  initiative({ id: 'd2', fundingConsidered: true, fundingOutcome: 'no-call-found' }),
  initiative({ id: 'd3' }),
];

/** Only what the report reads of the funding access: the initiatives per administration. */
const funding = {
  initiatives: async (administrationId: string) =>
    memoryRepository<DevelopmentInitiative, DevelopmentInitiativeInput>(
      initiatives.filter((d) => d.administrationId === administrationId),
    ),
} as Partial<FundingAccess> as FundingAccess;

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
