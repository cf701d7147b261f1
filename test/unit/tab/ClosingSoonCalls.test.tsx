// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import './dom-setup';
import type { FundingCall, FundingCallInput } from '../../../src/domain/funding';
import { GraphError } from '../../../src/graph/errors';
import { ClosingSoonCalls } from '../../../src/tab/components/ClosingSoonCalls';
import { FundingAccessContext, type FundingAccess } from '../../../src/tab/data/funding-access';
import { aCall, fundingAccess } from './funding/fake-funding';
import { fakeData, memoryRepository, renderTab } from './support';

function access(calls: () => Promise<FundingCall[]>): FundingAccess {
  return fundingAccess({
    calls: async () => memoryRepository<FundingCall, FundingCallInput>(await calls()),
  });
}

function renderCard(
  value: FundingAccess,
  scope: 'mine' | 'all' = 'mine',
  locale: 'sv' | 'en' = 'sv',
) {
  return renderTab(
    <FundingAccessContext.Provider value={value}>
      <p>Översikt</p>
      <ClosingSoonCalls scope={scope} today="2026-03-01" />
    </FundingAccessContext.Provider>,
    fakeData().data,
    locale,
  );
}

const CALLS = [
  aCall('soon', { title: 'Interreg Södra Östersjön', closes: '2026-03-20' }),
  aCall('later', { title: 'LIFE', programme: 'life', closes: '2026-05-01' }),
  aCall('other', {
    title: 'ESF+',
    programme: 'esf-plus',
    programmeDetail: 'ESF+ Arbetsmarknad',
    closes: '2026-03-02',
    administrationIds: ['omsorg'],
  }),
];

const items = async (name: string) =>
  within(await screen.findByRole('region', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ClosingSoonCalls', () => {
  it("should list only calls closing within 30 days that concern the user's administration", async () => {
    renderCard(access(async () => CALLS));
    expect(await items('Utlysningar som stänger inom 30 dagar')).toEqual([
      'Interreg Södra Östersjön (Interreg): sista dag 20 mars 202619 dagar kvar',
    ]);
  });

  it('should list every call closing soon, soonest first, for the whole network', async () => {
    renderCard(
      access(async () => CALLS),
      'all',
    );
    expect(await items('Utlysningar som stänger inom 30 dagar')).toEqual([
      'ESF+ (ESF+ Arbetsmarknad): sista dag 2 mars 20261 dag kvar',
      'Interreg Södra Östersjön (Interreg): sista dag 20 mars 202619 dagar kvar',
    ]);
  });

  it('should say a call closing today closes today', async () => {
    renderCard(access(async () => [aCall('today', { title: 'Nordplus', closes: '2026-03-01' })]));
    expect(await items('Utlysningar som stänger inom 30 dagar')).toEqual([
      'Nordplus (Interreg): sista dag 1 mars 2026stänger i dag',
    ]);
  });

  it('should speak English with the English locale', async () => {
    renderCard(
      access(async () => CALLS),
      'mine',
      'en',
    );
    expect(await items('Funding calls closing within 30 days')).toEqual([
      'Interreg Södra Östersjön (Interreg): deadline 20 March 202619 days left',
    ]);
  });

  it('should show nothing to a reader outside the network', async () => {
    let deny!: (error: unknown) => void;
    const { container } = renderCard(
      access(() => new Promise<FundingCall[]>((_resolve, reject) => (deny = reject))),
    );
    // The calls are the awaited read: refuse it inside act so the component has handled the 403.
    await act(async () =>
      deny(new GraphError({ status: 403, code: 'accessDenied', message: 'no' })),
    );
    expect(container.textContent).toBe('Översikt');
  });

  it('should show the error of a read that fails for another reason', async () => {
    let fail!: (error: unknown) => void;
    renderCard(access(() => new Promise<FundingCall[]>((_resolve, reject) => (fail = reject))));
    await act(async () =>
      fail(new GraphError({ status: 500, code: 'generalException', message: 'boom' })),
    );
    expect(screen.getByText('Något gick fel')).toBeTruthy();
  });
});
