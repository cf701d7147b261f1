import { describe, expect, it } from 'vitest';
import { messageText, type CardMessage } from '../../../../src/bot/cards/cards';
import type { BotData, DirectoryUser } from '../../../../src/bot/data';
import type { HandlerContext } from '../../../../src/bot/handlers/context';
import {
  shareGoodExample,
  type ChannelAccess,
  type ShareRequest,
} from '../../../../src/bot/handlers/share';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import type { Activity, Project } from '../../../../src/domain/records';
import { makeActivity, makeProject } from '../../domain/factories';

const coordinator: DirectoryUser = { id: 'u-coord', userPrincipalName: 'samordnare@vaxjo.example' };
const contact: DirectoryUser = { id: 'u-contact', userPrincipalName: 'kontakt@vaxjo.example' };

const flagged = makeProject({
  id: '7',
  administrationId: 'omsorg',
  title: 'Välfärdsteknik i Norden',
  startDate: '2024-01-01',
  endDate: '2025-12-31',
  goodExample: true,
  goodExampleSummary: 'Trygghetslarm som fungerar i glesbygd.',
});

/** A data port holding the given records of `omsorg`, with the coordinator owning the network. */
function data(
  records: Array<Project | Activity>,
  { channelId }: { channelId: string | undefined } = { channelId: '19:kanal' },
): BotData {
  return {
    loadRecords: async () => ({ projects: [], activities: [] }),
    reportingRound: async () => undefined,
    reporting: async () => ({ submissions: [], decisions: [] }),
    contactPersons: async () => [],
    findUser: async (id) => [coordinator, contact].find((u) => u.id === id),
    isCoordinator: async (user) => user.id === coordinator.id,
    isNetworkMember: async () => true,
    record: async (_administrationId, _kind, itemId) => records.find((r) => r.id === itemId),
    networkChannelId: async () => channelId,
  };
}

function setup(
  port: BotData,
  { serviceUrl }: { serviceUrl: string | undefined } = {
    serviceUrl: 'https://smba.example/teams/',
  },
) {
  const posts: Array<{ serviceUrl: string; conversationId: string; activity: CardMessage }> = [];
  const warnings: string[] = [];
  const ctx: HandlerContext = {
    organisation: defaultOrganisation,
    data: port,
    tabUrl: 'https://app.example/',
    now: () => new Date('2026-03-15T09:00:00Z'),
    log: { info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined },
    renderReport: async () => new Uint8Array(),
    sendProactive: async () => ({ conversationId: 'unused' }),
  };
  const channel: ChannelAccess = {
    serviceUrl: () => serviceUrl,
    post: async (url, conversationId, activity) => {
      posts.push({ serviceUrl: url, conversationId, activity });
      return { id: `m-${posts.length}` };
    },
  };
  return { ctx, channel, posts, warnings };
}

const request = (extra: Partial<ShareRequest> = {}): ShareRequest => ({
  userId: coordinator.id,
  administrationId: 'omsorg',
  kind: 'project',
  itemId: '7',
  locale: 'sv',
  ...extra,
});

describe('shareGoodExample', () => {
  it('should post the card into the network channel at the known serviceUrl', async () => {
    const { ctx, channel, posts } = setup(data([flagged]));
    expect(await shareGoodExample(ctx, channel, request())).toEqual({ ok: true, messageId: 'm-1' });
    expect(posts.map((p) => [p.serviceUrl, p.conversationId])).toEqual([
      ['https://smba.example/teams/', '19:kanal'],
    ]);
    expect(messageText(posts[0]!.activity)).toContain('Gott exempel: Välfärdsteknik i Norden');
  });

  it('should share only the public summary, not the rest of the record', async () => {
    const { ctx, channel, posts } = setup(
      data([
        { ...flagged, description: 'Intern budgetdiskussion', registrationNumber: 'KS 2024/117' },
      ]),
    );
    await shareGoodExample(ctx, channel, request());
    const card = JSON.stringify(posts[0]?.activity);
    expect(card).toContain('Trygghetslarm som fungerar i glesbygd.');
    expect(card).not.toContain('Intern budgetdiskussion');
    expect(card).not.toContain('KS 2024/117');
  });

  it('should escape Markdown in the title and summary', async () => {
    const hostile = { ...flagged, title: 'Se [här](https://evil.example)' };
    const { ctx, channel, posts } = setup(data([hostile]));
    await shareGoodExample(ctx, channel, request());
    expect(JSON.stringify(posts[0]?.activity)).not.toMatch(/\[här\]\(https/);
  });

  it('should refuse someone who is not the coordinator, posting nothing', async () => {
    const { ctx, channel, posts } = setup(data([flagged]));
    const outcome = await shareGoodExample(ctx, channel, request({ userId: contact.id }));
    expect(outcome).toMatchObject({ ok: false, code: 'forbidden' });
    expect(posts).toEqual([]);
  });


  it('should say notFound for a missing record', async () => {
    const { ctx, channel } = setup(data([flagged]));
    expect(await shareGoodExample(ctx, channel, request({ itemId: '8' }))).toMatchObject({
      code: 'notFound',
    });
  });

  it('should say notGoodExample for a stored flag without a public summary', async () => {
    // The schema now refuses such a record; one stored before that rule may still exist.
    const { ctx, channel } = setup(data([{ ...makeActivity({ id: '9' }), goodExample: true }]));
    const outcome = await shareGoodExample(
      ctx,
      channel,
      request({ kind: 'activity', itemId: '9' }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'notGoodExample' });
  });

  it('should say botUnavailable, in English when asked, without a serviceUrl', async () => {
    const { ctx, channel, posts } = setup(data([flagged]), { serviceUrl: undefined });
    const outcome = await shareGoodExample(ctx, channel, request({ locale: 'en' }));
    expect(outcome).toMatchObject({ ok: false, code: 'botUnavailable' });
    expect(outcome.ok ? '' : outcome.message).toContain('BOT_SERVICE_URL');
    expect(posts).toEqual([]);
  });

  it('should say botUnavailable when the network has no shared channel', async () => {
    const { ctx, channel } = setup(data([flagged], { channelId: undefined }));
    const outcome = await shareGoodExample(ctx, channel, request());
    expect(outcome.ok ? '' : outcome.message).toContain('delade kanal finns inte');
  });

  it('should say botUnavailable and log when the connector refuses the post', async () => {
    const { ctx, warnings } = setup(data([flagged]));
    const refusing: ChannelAccess = {
      serviceUrl: () => 'https://smba.example/teams/',
      post: async () => {
        throw new Error('403 BotNotInConversationRoster');
      },
    };
    const outcome = await shareGoodExample(ctx, refusing, request());
    expect(outcome).toMatchObject({ ok: false, code: 'botUnavailable' });
    expect(warnings).toEqual(['bot: good example not posted']);
  });
});
