import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardSchema } from '../../../src/bot/cards/schema.js';
import { createFundingCallRepository } from '../../../src/graph/repositories.js';
import { personalMessage } from '../bot/activities.js';
import { sentText } from '../bot/connector.js';
import { startWorldBot, type WorldBot } from '../bot/harness.js';

/** The harness's clock is 2026-03-15; the calls are dated around it. */
describe('utlysningar over the Bot Framework protocol', () => {
  let t: WorldBot;
  beforeAll(async () => {
    t = await startWorldBot();
    const sites = await t.world.getSites();
    await createFundingCallRepository(t.world.appGraph, sites.network.siteId).createMany([
      {
        title: 'LIFE Klimatanpassning',
        programme: 'life',
        opens: '2026-02-01',
        closes: '2026-09-15',
      },
      {
        title: 'ESF+ Kompetensförsörjning',
        programme: 'esf-plus',
        closes: '2026-04-01',
        administrationIds: ['arbete-valfard'],
      },
      { title: 'Interreg Södra Östersjön', programme: 'interreg', closes: '2026-03-31' },
      { title: 'Stängd Erasmus+', programme: 'erasmus-plus', closes: '2026-02-28' },
    ]);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const ask = async (text: string, upn = 'extern.gast@vaxjo.example') => {
    expect(await t.run(personalMessage(t.connector.url, t.person(upn), text))).toBe(200);
    const last = t.connector.calls.at(-1);
    const body = last?.body as { attachments?: Array<{ content: unknown }> };
    return {
      text: sentText(last),
      card: adaptiveCardSchema.safeParse(body.attachments?.[0]?.content),
    };
  };

  it('should answer with the stored open calls soonest deadline first', async () => {
    const { text } = await ask('utlysningar');
    const order = [
      'Interreg Södra Östersjön',
      'ESF+ Kompetensförsörjning',
      'LIFE Klimatanpassning',
    ].map((title) => text.indexOf(title));
    expect([order.every((i) => i >= 0), [...order].sort((a, b) => a - b)]).toEqual([true, order]);
  });

  it('should leave out a closed call', async () => {
    expect((await ask('utlysningar')).text).not.toContain('Stängd Erasmus+');
  });

  it('should limit the answer to calls that may concern the administration', async () => {
    expect((await ask('calls omsorg')).text).not.toContain('ESF+ Kompetensförsörjning');
  });

  it('should send a valid Adaptive Card 1.5', async () => {
    expect((await ask('utlysningar')).card.success).toBe(true);
  });
});
