// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import {
  developmentInitiativeSchema,
  type CallResponse,
  type DevelopmentInitiative,
  type DevelopmentInitiativeInput,
  type FundingCall,
  type FundingCallInput,
} from '../../../../src/domain/funding';
import { FundingAccessContext, type FundingAccess } from '../../../../src/tab/data/funding-access';
import type { CallAnswer } from '../../../../src/graph/funding';
import { FundingPage } from '../../../../src/tab/features/funding/FundingPage';
import { aProject, fakeData, memoryRepository, renderTab } from '../support';
import { aCall, readableFrom } from './fake-funding';

const call = aCall;

/** An in-memory funding access recording the answers. */
function fakeFunding(calls: FundingCall[], initiatives: DevelopmentInitiative[] = []) {
  const initiativeRepo = memoryRepository<DevelopmentInitiative, DevelopmentInitiativeInput>(
    initiatives,
  );
  const responses: CallResponse[] = [];
  const answers: CallAnswer[] = [];
  const access: FundingAccess = {
    user: 'kontakt.utbildning@vaxjo.example',
    isCoordinator: async () => false,
    myAdministrations: async () => ['utbildning'],
    calls: async () => memoryRepository<FundingCall, FundingCallInput>(calls),
    responses: async () => [...responses],
    answer: async (answer) => {
      answers.push(answer);
      const response = {
        callId: answer.call.id,
        administrationId: answer.administrationId,
        status: answer.status,
      };
      responses.push(response);
      return answer.status === 'applying'
        ? { response, project: aProject({ id: '9', callId: answer.call.id }) }
        : { response };
    },
    goodExamples: async () => [],
    readableInitiatives: async (options) => readableFrom(await initiativeRepo.list())(options),
    initiatives: async () => initiativeRepo,
    shareGoodExample: async () => ({ messageId: 'm1' }),
  };
  return { access, answers, initiativeRepo };
}

function renderPage(fake: ReturnType<typeof fakeFunding>) {
  return renderTab(
    <FundingAccessContext.Provider value={fake.access}>
      <FundingPage today="2026-03-01" />
    </FundingAccessContext.Provider>,
    fakeData().data,
  );
}

const CALLS = [
  call('life', { title: 'LIFE Klimatanpassning', programme: 'life', closes: '2026-08-01' }),
  call('interreg', { title: 'Interreg Södra Östersjön', closes: '2026-03-20' }),
  call('esf', {
    title: 'ESF+ Arbetsmarknad',
    programme: 'esf-plus',
    closes: '2026-03-10',
    administrationIds: ['arbete-valfard'],
  }),
];

describe('FundingPage', () => {
  it("should list the open calls concerning the user's administration, soonest first", async () => {
    renderPage(fakeFunding(CALLS));
    await screen.findByRole('article', { name: 'Interreg Södra Östersjön' });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Interreg Södra Östersjön',
      'LIFE Klimatanpassning',
    ]);
  });

  it('should flag a call closing within 30 days', async () => {
    renderPage(fakeFunding(CALLS));
    const card = await screen.findByRole('article', { name: 'Interreg Södra Östersjön' });
    expect(within(card).getByText('Stänger inom 30 dagar')).toBeTruthy();
  });

  it('should send "we apply" for the administration and confirm the planned project', async () => {
    const fake = fakeFunding(CALLS);
    renderPage(fake);
    const card = await screen.findByRole('article', { name: 'LIFE Klimatanpassning' });
    await userEvent.click(within(card).getByRole('button', { name: 'Vi söker' }));
    await screen.findByText('Ett planerat projekt har skapats och kopplats till utlysningen.');
    expect(fake.answers.map((a) => [a.call.id, a.administrationId, a.status])).toEqual([
      ['life', 'utbildning', 'applying'],
    ]);
  });

  it('should ask why before answering "not relevant"', async () => {
    const fake = fakeFunding(CALLS);
    renderPage(fake);
    const card = await screen.findByRole('article', { name: 'Interreg Södra Östersjön' });
    await userEvent.click(within(card).getByRole('button', { name: 'Inte aktuell' }));
    await userEvent.type(within(card).getByRole('textbox'), 'Inga partner runt Östersjön');
    await userEvent.click(within(card).getByRole('button', { name: 'Spara svaret' }));
    await within(card).findByText('Svar: Inte aktuell');
    expect(fake.answers[0]?.reason).toBe('Inga partner runt Östersjön');
  });
});

const initiative = (title: string, over: Partial<DevelopmentInitiativeInput> = {}) =>
  developmentInitiativeSchema.parse({
    administrationId: 'utbildning',
    title,
    year: 2026,
    fundingConsidered: false,
    ...over,
  });

describe('FundingPage development initiatives', () => {
  const openInitiatives = async () =>
    userEvent.click(await screen.findByRole('tab', { name: 'Verksamhetsutveckling' }));

  it("should show the share of the year's initiatives where funding was considered", async () => {
    renderPage(
      fakeFunding(CALLS, [
        initiative('Digitala läromedel', { fundingConsidered: true, fundingOutcome: 'applied' }),
        initiative('Vägledning'),
        initiative('Förra årets', { year: 2025 }),
      ]),
    );
    await openInitiatives();
    expect(
      await screen.findByText('Extern finansiering övervägd i 1 av 2 insatser 2026 (50 %).'),
    ).toBeTruthy();
  });

  it('should not save "no suitable funding" without a reason', async () => {
    const fake = fakeFunding(CALLS);
    renderPage(fake);
    await openInitiatives();
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Utvecklingsinsats/ }),
      'Ny e-tjänst',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Extern finansiering övervägdes' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Utfall/ }), 'not-suitable');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect([
      fake.initiativeRepo.items.size,
      screen.getAllByText('Krävs för vald status.').length,
    ]).toEqual([0, 1]);
  });
});
