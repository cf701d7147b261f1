import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/bot/app';
import type { CardMessage } from '../../../src/bot/cards/cards';
import { MAX_CALLS_ON_CARD, messageText } from '../../../src/bot/cards/cards';
import { adaptiveCardSchema } from '../../../src/bot/cards/schema';
import type { BotData } from '../../../src/bot/data';
import type { HandlerContext } from '../../../src/bot/handlers/context';
import type { Outgoing, Turn } from '../../../src/bot/turn';
import {
  fundingCallSchema,
  type FundingCall,
  type FundingCallInput,
} from '../../../src/domain/funding';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { GraphError } from '../../../src/graph/errors';

const TODAY = new Date('2026-03-01T09:00:00Z');

const call = (id: string, over: Partial<FundingCallInput>): FundingCall =>
  fundingCallSchema.parse({
    id,
    title: `Utlysning ${id}`,
    programme: 'interreg',
    opens: '2026-01-01',
    closes: '2026-06-30',
    ...over,
  });

const CALLS = [
  call('life', {
    title: 'LIFE Klimatanpassning',
    programme: 'life',
    closes: '2026-07-01',
    coFinancingRate: 60,
  }),
  call('esf', {
    title: 'ESF+ Kompetensförsörjning',
    programme: 'esf-plus',
    closes: '2026-03-20',
    administrationIds: ['arbete-valfard'],
    url: 'https://www.esf.se',
  }),
  call('closed', { title: 'Stängd utlysning', closes: '2026-02-01' }),
  call('interreg', {
    title: 'Interreg Södra Östersjön',
    closes: '2026-03-19',
    themes: ['blå ekonomi'],
  }),
];

/** A data port with only what `utlysningar` reads; everything else fails loudly if touched. */
function data(fundingCalls?: () => Promise<FundingCall[]>): BotData {
  const unused = async (): Promise<never> => {
    throw new Error('not used by the calls command');
  };
  return {
    loadRecords: unused,
    reportingRound: unused,
    reporting: unused,
    contactPersons: unused,
    findUser: unused,
    isCoordinator: unused,
    isNetworkMember: unused,
    ...(fundingCalls ? { fundingCalls } : {}),
  };
}

async function ask(text: string, port: BotData, locale: 'sv' | 'en' = 'sv') {
  const sent: Outgoing[] = [];
  const errors: string[] = [];
  const turn: Turn = {
    locale,
    userAadObjectId: 'u-anyone',
    conversationType: 'personal',
    serviceUrl: 'https://smba.example/teams/',
    send: async (activity) => {
      sent.push(activity);
      return { id: `sent-${sent.length}` };
    },
    typing: async () => void sent.push({ type: 'typing' }),
    update: async () => undefined,
  };
  const ctx: HandlerContext = {
    organisation: defaultOrganisation,
    data: port,
    tabUrl: 'https://app.example/tab/',
    now: () => TODAY,
    log: { info: () => undefined, warn: () => undefined, error: (m) => void errors.push(m) },
    renderReport: async () => new Uint8Array(),
    sendProactive: async () => ({ conversationId: 'c' }),
  };
  await dispatch(ctx, turn, text, []);
  const last = sent.at(-1) as CardMessage;
  return { card: last.attachments[0]?.content, text: messageText(last), errors };
}

/** The bolded call titles on the card, in order. */
const titles = (card: unknown) =>
  JSON.stringify(card)
    .match(/"text":"[^"]*","weight":"bolder"/g)
    ?.map((m) => m.slice(8, m.indexOf('","weight'))) ?? [];

describe('utlysningar command', () => {
  it('should list the open calls soonest deadline first', async () => {
    const { card } = await ask(
      'utlysningar',
      data(async () => CALLS),
    );
    expect(titles(card)).toEqual([
      'Interreg Södra Östersjön',
      'ESF+ Kompetensförsörjning',
      'LIFE Klimatanpassning',
    ]);
  });

  it('should limit the calls to those that may concern the administration', async () => {
    const { card } = await ask(
      'utlysningar utbildning',
      data(async () => CALLS),
    );
    expect(titles(card)).toEqual(['Interreg Södra Östersjön', 'LIFE Klimatanpassning']);
  });

  it('should send a card the Adaptive Card 1.5 schema accepts', async () => {
    const { card } = await ask(
      'utlysningar',
      data(async () => CALLS),
    );
    expect(adaptiveCardSchema.safeParse(card).success).toBe(true);
  });

  it('should flag the calls closing within 30 days in the text', async () => {
    const { card } = await ask(
      'utlysningar',
      data(async () => CALLS),
    );
    expect(JSON.stringify(card).match(/Stänger inom 30 dagar/g)).toHaveLength(2);
  });

  it('should name the deadline and the days left', async () => {
    const { text } = await ask(
      'utlysningar',
      data(async () => CALLS),
    );
    expect(text).toContain(
      'Interreg Södra Östersjön: Interreg, sista ansökningsdag 19 mars 2026 (om 18 dagar)',
    );
  });

  it('should answer in English for an English locale', async () => {
    const { text } = await ask(
      'calls',
      data(async () => CALLS),
      'en',
    );
    expect(text.split('\n\n')[0]).toBe('Open funding calls – Växjö kommun');
  });

  it('should say there are no open calls when every call has closed', async () => {
    const { text } = await ask(
      'utlysningar',
      data(async () => [CALLS[2] as FundingCall]),
    );
    expect(text).toContain('Det finns inga öppna utlysningar för Växjö kommun just nu.');
  });

  it('should leave calls beyond the card limit to the tab', async () => {
    const many = Array.from({ length: MAX_CALLS_ON_CARD + 3 }, (_, i) =>
      call(`c${i}`, { closes: `2026-04-${String(10 + i).padStart(2, '0')}` }),
    );
    const { card, text } = await ask(
      'utlysningar',
      data(async () => many),
    );
    expect(titles(card)).toHaveLength(MAX_CALLS_ON_CARD);
    expect(text).toContain('3 till finns i fliken.');
  });

  it('should say calls are not available when the data port has no source for them', async () => {
    const { text } = await ask('utlysningar', data());
    expect(text).toContain('finns inte i appen ännu');
  });

  it('should answer with the request id when Graph fails', async () => {
    const { text, errors } = await ask(
      'utlysningar',
      data(async () => {
        throw new GraphError({
          status: 503,
          code: 'serviceNotAvailable',
          message: 'down',
          requestId: 'req-7',
        });
      }),
    );
    expect([text.includes('Felkod: req-7'), errors]).toEqual([true, ['bot: calls failed']]);
  });
});
