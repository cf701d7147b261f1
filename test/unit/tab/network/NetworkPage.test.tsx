// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import { FundingAccessContext } from '../../../../src/tab/data/funding-access';
import { NetworkAccessContext } from '../../../../src/tab/data/network-access';
import { NetworkPage } from '../../../../src/tab/features/network/NetworkPage';
import type { FundingCall, FundingCallInput } from '../../../../src/domain/funding';
import { fakeData, memoryRepository, renderTab } from '../support';
import { aCall, fundingAccess } from '../funding/fake-funding';
import { aContactPerson, aMembership, aSyncResult, fakeNetwork } from './fake-network';

type Fake = ReturnType<typeof fakeNetwork>;

function renderNetwork(
  fake: Fake,
  props: { channelMembershipType?: string } = {},
  funding = fundingAccess(),
) {
  return renderTab(
    <FundingAccessContext.Provider value={funding}>
      <NetworkAccessContext.Provider value={fake.access}>
        <NetworkPage today="2026-01-15" {...props} />
      </NetworkAccessContext.Provider>
    </FundingAccessContext.Provider>,
    fakeData().data,
  );
}

const table = () => screen.findByRole('table', { name: 'Förvaltningar och bolag' });
const rowOf = async (name: string) => {
  const row = within(await table())
    .getByText(name)
    .closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('NetworkPage', () => {
  it('should show an administration with its contact person and deputy', async () => {
    renderNetwork(fakeNetwork({ contacts: [aContactPerson({ id: '1' })] }));
    const row = await rowOf('Utbildningsförvaltningen');
    const deputy = within(row).getByText('Per Utbildning');
    // The address stands under the name, where it can wrap on a narrow screen.
    expect(deputy.textContent).toBe('Per Utbildningpersonal1.utbildning@vaxjo.example');
  });

  it('should flag an administration without a contact person', async () => {
    renderNetwork(fakeNetwork({ contacts: [aContactPerson({ id: '1' })] }));
    const row = await rowOf('Omsorgsförvaltningen');
    expect(within(row).getByText('Kontaktperson saknas')).toBeTruthy();
  });

  it('should show the "Delad kanal" badge in a shared channel', async () => {
    const fake = fakeNetwork();
    fake.access.channelMembershipType = 'Shared';
    renderNetwork(fake);
    expect(await screen.findByText('Delad kanal')).toBeTruthy();
  });

  it('should show no channel badge in a standard channel', async () => {
    renderNetwork(fakeNetwork(), { channelMembershipType: 'Standard' });
    await table();
    expect(screen.queryByText('Delad kanal')).toBeNull();
  });

  it('should list the international networks the municipality is a member of', async () => {
    renderNetwork(fakeNetwork({ memberships: [aMembership({ id: '1', name: 'ICLEI' })] }));
    expect(await screen.findByRole('link', { name: 'ICLEI' })).toBeTruthy();
  });

  it('should not offer editing to someone who is not the coordinator', async () => {
    renderNetwork(fakeNetwork({ coordinator: false, contacts: [aContactPerson({ id: '1' })] }));
    await table();
    expect(screen.queryByRole('button', { name: /Redigera kontaktperson/ })).toBeNull();
  });

  it("should save the coordinator's edit of a contact person with its eTag", async () => {
    const fake = fakeNetwork({ contacts: [aContactPerson({ id: '1' })] });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Redigera kontaktperson för Utbildningsförvaltningen',
      }),
    );
    const name = screen.getByRole('textbox', { name: 'Ersättare' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Eva Ersättare');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat.');
    expect(fake.contacts.items.get('1')?.deputyName).toBe('Eva Ersättare');
  });

  it('should keep the input and show both versions when someone else saved first', async () => {
    const fake = fakeNetwork({ contacts: [aContactPerson({ id: '1' })] });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Redigera kontaktperson för Utbildningsförvaltningen',
      }),
    );
    // Someone else saves in between: the stored eTag moves on.
    const stored = fake.contacts.items.get('1');
    await fake.contacts.update(
      '1',
      { ...aContactPerson(), deputyName: 'Annan' },
      stored?.etag ?? '',
    );
    const name = screen.getByRole('textbox', { name: 'Ersättare' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Eva Ersättare');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const conflict = await screen.findByRole('table', { name: 'Någon annan har ändrat posten' });
    expect(within(conflict).getByText('Eva Ersättare')).toBeTruthy();
  });

  it('should appoint a contact person for an administration without one', async () => {
    const fake = fakeNetwork();
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Utse kontaktperson för Omsorgsförvaltningen' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Kontaktperson \(e-post\)/ }),
      'kontakt.omsorg@vaxjo.example',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat.');
    expect([...fake.contacts.items.values()].map((c) => c.administrationId)).toEqual(['omsorg']);
  });

  it('should name the field when a contact person has no valid e-mail', async () => {
    renderNetwork(fakeNetwork());
    await userEvent.click(
      await screen.findByRole('button', { name: 'Utse kontaktperson för Omsorgsförvaltningen' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Kontaktperson \(e-post\)/ }),
      'inte-en-adress',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const summary = await screen.findByRole('group', {
      name: 'Formuläret innehåller fel. Rätta fälten som är markerade.',
    });
    // The summary names the field and takes the focus, so the user sees what to fix.
    expect(within(summary).getByRole('link', { name: /Kontaktperson \(e-post\)/ })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it("should list the network's calls closing within 30 days, whoever they concern", async () => {
    const calls = [
      aCall('soon', {
        title: 'ESF+ Arbetsmarknad',
        closes: '2026-01-25',
        administrationIds: ['omsorg'],
      }),
      aCall('later', { title: 'LIFE Natur', closes: '2026-04-01' }),
    ];
    renderNetwork(
      fakeNetwork(),
      {},
      fundingAccess({ calls: async () => memoryRepository<FundingCall, FundingCallInput>(calls) }),
    );
    const region = await screen.findByRole('region', {
      name: 'Utlysningar som stänger inom 30 dagar',
    });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ESF+ Arbetsmarknad (Interreg): sista dag 25 januari 202610 dagar kvar']);
  });
});

describe('SyncPanel', () => {
  const plan = aSyncResult({
    applied: false,
    plan: {
      teamId: 't',
      channelId: 'c',
      toAdd: [
        {
          upn: 'finns.inte@vaxjo.example',
          name: 'Okänd Person',
          administrationId: 'omsorg',
          role: 'contact',
        },
      ],
      toRemove: [
        { membershipId: 'm1', userId: 'u1', name: 'Gammal Kontakt', email: 'gammal@vaxjo.example' },
      ],
      unchanged: [],
    },
  });

  it('should show who is added and who is no longer a contact person before anything is written', async () => {
    const fake = fakeNetwork({ plan });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Synkronisera kanalmedlemmar' }),
    );
    const removal = await screen.findByRole('region', {
      name: 'Är inte längre kontaktpersoner (1)',
    });
    expect([removal.textContent?.includes('Gammal Kontakt'), fake.sync.mock.calls.length]).toEqual([
      true,
      0,
    ]);
  });

  it('should remove members only after the confirmation', async () => {
    const fake = fakeNetwork({ plan });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Synkronisera kanalmedlemmar' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Lägg till och ta bort' }));
    // jsdom has no Web Animations: Fluent's dialog can stay aria-hidden in its enter motion, so it
    // is found including hidden nodes (in Chromium the e2e test clicks it as a user would).
    const dialog = await screen.findByRole('dialog', { hidden: true }, { timeout: 10_000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true }));
    expect(fake.sync.mock.calls).toEqual([[{ remove: true }]]);
  });

  it('should add without removing when removal is not confirmed', async () => {
    const fake = fakeNetwork({ plan });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Synkronisera kanalmedlemmar' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Lägg till saknade' }));
    expect(fake.sync.mock.calls).toEqual([[{ remove: false }]]);
  });

  it('should name who could not be added', async () => {
    const fake = fakeNetwork({
      plan,
      result: aSyncResult({
        plan: plan.plan,
        failed: [
          {
            upn: 'finns.inte@vaxjo.example',
            name: 'Okänd Person',
            code: 'Request_ResourceNotFound',
            message: 'User not found',
          },
        ],
      }),
    });
    renderNetwork(fake);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Synkronisera kanalmedlemmar' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Lägg till saknade' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Okänd Person (finns.inte@vaxjo.example): User not found');
  });
});
