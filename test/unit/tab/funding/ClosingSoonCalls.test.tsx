// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import '../dom-setup';
import {
  fundingCallSchema,
  type FundingCall,
  type FundingCallInput,
} from '../../../../src/domain/funding';
import { GraphError } from '../../../../src/graph/errors';
import { FundingAccessContext, type FundingAccess } from '../../../../src/tab/data/funding-access';
import { ClosingSoonCalls } from '../../../../src/tab/features/funding/ClosingSoonCalls';
import { fakeData, memoryRepository, renderTab } from '../support';

const call = (id: string, over: Partial<FundingCallInput>): FundingCall =>
  fundingCallSchema.parse({
    id,
    title: `Utlysning ${id}`,
    programme: 'interreg',
    closes: '2026-06-30',
    ...over,
  });

function access(calls: () => Promise<FundingCall[]>): FundingAccess {
  const unused = async (): Promise<never> => {
    throw new Error('not used');
  };
  return {
    user: 'kontakt.utbildning@vaxjo.example',
    isCoordinator: async () => false,
    myAdministrations: async () => ['utbildning'],
    calls: async () => memoryRepository<FundingCall, FundingCallInput>(await calls()),
    responses: unused,
    answer: unused,
    goodExamples: unused,
    initiatives: unused,
  };
}

function renderCard(value: FundingAccess) {
  return renderTab(
    <FundingAccessContext.Provider value={value}>
      <p>Översikt</p>
      <ClosingSoonCalls today="2026-03-01" />
    </FundingAccessContext.Provider>,
    fakeData().data,
  );
}

describe('ClosingSoonCalls', () => {
  it("should list only calls closing within 30 days that concern the user's administration", async () => {
    renderCard(
      access(async () => [
        call('soon', { title: 'Interreg Södra Östersjön', closes: '2026-03-20' }),
        call('later', { title: 'LIFE', closes: '2026-05-01' }),
        call('other', { title: 'ESF+', closes: '2026-03-10', administrationIds: ['omsorg'] }),
      ]),
    );
    const region = await screen.findByRole('region', {
      name: 'Utlysningar som stänger inom 30 dagar',
    });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Interreg Södra Östersjön: sista dag 20 mars 2026']);
  });

  it('should show nothing to a reader outside the network', async () => {
    const { container } = renderCard(
      access(async () => {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'no' });
      }),
    );
    await screen.findByText('Översikt');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('Översikt');
  });
});
