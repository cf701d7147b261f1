import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/bot/app';
import { messageText, type CardMessage } from '../../../../src/bot/cards/cards';
import type { BotData, DirectoryUser } from '../../../../src/bot/data';
import type { HandlerContext, ProactiveMessage } from '../../../../src/bot/handlers/context';
import { draftUrl } from '../../../../src/bot/handlers/remind';
import type { Outgoing, Turn } from '../../../../src/bot/turn';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import { GraphError } from '../../../../src/graph/errors';
import { makeContactPerson, makeReportingRound, makeSubmission } from '../../domain/factories';

const coordinator: DirectoryUser = {
  id: 'u-coordinator',
  userPrincipalName: 'samordnare@vaxjo.example',
};
const contact = (adminId: string): DirectoryUser => ({
  id: `u-${adminId}`,
  userPrincipalName: `kontakt.${adminId}@vaxjo.example`,
});

/** An in-memory data port: the whole organisation has submitted except `late`. */
function memoryData(late: string[], overrides: Partial<BotData> = {}): BotData {
  const users = [coordinator, ...defaultOrganisation.administrations.map((a) => contact(a.id))];
  return {
    loadRecords: async () => ({ projects: [], activities: [] }),
    reportingRound: async (year) => makeReportingRound({ year, deadline: `${year + 1}-02-27` }),
    reporting: async (year) => ({
      submissions: defaultOrganisation.administrations
        .filter((a) => !late.includes(a.id))
        .map((a) => makeSubmission({ administrationId: a.id, year, status: 'submitted' })),
      decisions: [],
    }),
    contactPersons: async () =>
      defaultOrganisation.administrations.map((a) =>
        makeContactPerson({ administrationId: a.id, contactUpn: contact(a.id).userPrincipalName }),
      ),
    findUser: async (idOrUpn) =>
      users.find((u) => u.id === idOrUpn || u.userPrincipalName === idOrUpn),
    isCoordinator: async (user) => user.id === coordinator.id,
    isNetworkMember: async (id) => users.some((u) => u.id === id),
    ...overrides,
  };
}

const lastText = (updates: Array<{ activity: CardMessage }>) => {
  const last = updates.at(-1);
  return last ? messageText(last.activity) : '';
};

/** A turn that records what the handler sends and updates. */
function recordingTurn(locale: 'sv' | 'en' = 'sv', userAadObjectId = coordinator.id) {
  const sent: Outgoing[] = [];
  const updates: Array<{ id: string; activity: CardMessage }> = [];
  const turn: Turn = {
    locale,
    userAadObjectId,
    conversationType: 'personal',
    serviceUrl: 'https://smba.example/teams/',
    tenantId: 'tenant',
    send: async (activity) => {
      sent.push(activity);
      return { id: `sent-${sent.length}` };
    },
    typing: async () => void sent.push({ type: 'typing' }),
    update: async (id, activity) => {
      updates.push({ id, activity });
    },
  };
  return {
    turn,
    sent,
    updates,
    texts: () => sent.map((a) => (a.type === 'typing' ? a.type : messageText(a))),
  };
}

function context(data: BotData, extra: Partial<HandlerContext> = {}) {
  const proactive: ProactiveMessage[] = [];
  const errors: string[] = [];
  const ctx: HandlerContext = {
    organisation: defaultOrganisation,
    data,
    tabUrl: 'https://app.example/tab/',
    now: () => new Date('2026-03-15T09:00:00Z'),
    log: { info: () => undefined, warn: () => undefined, error: (m) => void errors.push(m) },
    renderReport: async () => new Uint8Array([1, 2, 3]),
    sendProactive: async (message) => {
      proactive.push(message);
      return { conversationId: `a:${message.userAadObjectId}` };
    },
    ...extra,
  };
  return { ctx, proactive, errors };
}

describe('dispatch', () => {
  it('should update the progress card in place and end with the report card', async () => {
    const { ctx } = context(memoryData([]), {
      uploadReport: async () => 'https://files.example/r.docx',
    });
    const { turn, sent, updates } = recordingTurn();
    await dispatch(ctx, turn, 'rapport 2025', []);
    expect(sent.map((a) => a.type)).toEqual(['typing', 'message']);
    expect(new Set(updates.map((u) => u.id))).toEqual(new Set(['sent-2']));
    expect(lastText(updates)).toContain('Årsrapport 2025: hela kommunen');
  });

  it('should put the considered-share indicator on the report card when the data port has initiatives', async () => {
    const data = memoryData([], {
      initiatives: async (year) => [
        {
          administrationId: 'omsorg',
          title: 'Välfärdsteknik',
          year,
          fundingConsidered: true,
          fundingOutcome: 'no-call-found',
        },
        { administrationId: 'omsorg', title: 'Ny rutin', year, fundingConsidered: false },
      ],
    });
    const { ctx } = context(data);
    const { turn, updates } = recordingTurn();
    await dispatch(ctx, turn, 'rapport 2025', []);
    expect(lastText(updates)).toMatch(
      /Utvecklingsinsatser där extern finansiering övervägdes: 1 av 2 \(50\s%\)/,
    );
  });

  it('should skip rendering when there is nowhere to upload the report', async () => {
    let rendered = 0;
    const { ctx } = context(memoryData([]), {
      renderReport: async () => {
        rendered++;
        return new Uint8Array();
      },
    });
    const { turn, updates } = recordingTurn();
    await dispatch(ctx, turn, 'rapport', []);
    expect(rendered).toBe(0);
    expect(lastText(updates)).toContain('Länken till Word-rapporten är inte tillgänglig');
  });

  it('should replace the progress card with an explanation and Graph request id on failure', async () => {
    const failing = memoryData([], {
      loadRecords: async () => {
        throw new GraphError({
          status: 503,
          code: 'serviceNotAvailable',
          message: 'down',
          requestId: 'req-42',
        });
      },
    });
    const { ctx, errors } = context(failing);
    const { turn, updates } = recordingTurn();
    await dispatch(ctx, turn, 'rapport 2025', []);
    expect(updates.at(-1)?.id).toBe('sent-2');
    expect(lastText(updates)).toContain('Felkod: req-42');
    expect(errors).toEqual(['bot: report failed']);
  });

  it('should answer "no access" when Graph refuses with 403', async () => {
    const forbidden = memoryData([], {
      reporting: async () => {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'no' });
      },
    });
    const { ctx } = context(forbidden);
    const { turn, texts } = recordingTurn('en');
    await dispatch(ctx, turn, 'status 2025', []);
    expect(texts().at(-1)).toBe('I am not allowed to read that information.');
  });

  it('should say the deadline has passed (the clock is after it) and the missing administrations in the status', async () => {
    const { ctx } = context(memoryData(['omsorg']));
    const { turn, texts } = recordingTurn();
    await dispatch(ctx, turn, 'status 2025', []);
    expect(texts().at(-1)).toContain(
      'Sista dagen var 27 februari 2026; sena rapporter tas emot tills omgången stängs',
    );
    expect(texts().at(-1)).toContain('Omsorgsförvaltningen: Saknas');
  });

  it('should remind exactly the late contact persons when the coordinator asks', async () => {
    const { ctx, proactive } = context(memoryData(['omsorg', 'vidingehem']));
    const { turn } = recordingTurn();
    await dispatch(ctx, turn, 'påminn 2025', []);
    expect(proactive.map((p) => p.userAadObjectId)).toEqual(['u-omsorg', 'u-vidingehem']);
    expect(proactive[0]).toMatchObject({
      serviceUrl: 'https://smba.example/teams/',
      tenantId: 'tenant',
    });
  });

  it("should put a Teams deep link to the static tab on the reminder's button when the app id is known", async () => {
    const { ctx, proactive } = context(memoryData(['omsorg']), {
      teamsApp: {
        appId: '5f1c0a2e-7b4d-4c1e-9a3f-3e2d8b6a1c40',
        entityId: 'internationellt-arbete',
      },
    });
    await dispatch(ctx, recordingTurn().turn, 'påminn 2025', []);
    const action = proactive[0]?.activity.attachments[0]?.content.actions?.[0];
    expect(action).toMatchObject({
      type: 'Action.OpenUrl',
      url: expect.stringMatching(
        /^https:\/\/teams\.microsoft\.com\/l\/entity\/5f1c0a2e-7b4d-4c1e-9a3f-3e2d8b6a1c40\/internationellt-arbete\?webUrl=/,
      ),
    });
  });

  it("should put the tab's URL on the reminder's button without a Teams app id", async () => {
    const { ctx, proactive } = context(memoryData(['omsorg']));
    await dispatch(ctx, recordingTurn().turn, 'påminn 2025', []);
    expect(proactive[0]?.activity.attachments[0]?.content.actions?.[0]).toMatchObject({
      url: 'https://app.example/tab/?feature=reporting&administration=omsorg&year=2025',
    });
  });

  it('should refuse reminders to a user who does not own the network group', async () => {
    const data = memoryData(['omsorg'], { isCoordinator: async () => false });
    const { ctx, proactive } = context(data);
    await dispatch(ctx, recordingTurn().turn, 'remind', []);
    expect(proactive).toHaveLength(0);
  });

  it('should refuse reminders to a user without an object id', async () => {
    const { ctx, proactive } = context(memoryData(['omsorg']));
    const { turn, texts } = recordingTurn('sv', '');
    await dispatch(ctx, turn, 'påminn', []);
    expect(proactive).toEqual([]);
    expect(texts().at(-1)).toContain('Bara den internationella samordnaren');
  });

  it('should report a reminder that could not be delivered', async () => {
    const { ctx } = context(memoryData(['omsorg']), {
      sendProactive: async () => {
        throw new Error('403 BotNotInConversationRoster');
      },
    });
    const { turn, texts } = recordingTurn();
    await dispatch(ctx, turn, 'påminn 2025', []);
    expect(texts().at(-1)).toContain('Påminnelsen kunde inte skickas till');
  });

  it('should say that nobody needs a reminder when all have submitted', async () => {
    const { ctx, proactive } = context(memoryData([]));
    const { turn, texts } = recordingTurn('en');
    await dispatch(ctx, turn, 'remind 2025', []);
    expect(proactive).toEqual([]);
    expect(texts().at(-1)).toBe(
      'Everyone has submitted their 2025 yearly report. No reminder is needed.',
    );
  });

  it('should suggest the close administration names as buttons', async () => {
    const { ctx } = context(memoryData([]));
    const { turn, sent } = recordingTurn();
    await dispatch(ctx, turn, 'rapport utbilding', []);
    const card = (sent.at(-1) as CardMessage).attachments[0]?.content;
    expect(card?.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'rapport utbildning',
        data: { command: 'rapport utbildning' },
      },
    ]);
  });
});

describe('dispatch to someone outside the network', () => {
  const outsider = { ...recordingTurn('sv', 'u-outsider') };
  const data = memoryData(['omsorg'], {
    findUser: async (id) =>
      id === 'u-outsider' ? { id, userPrincipalName: 'extern.gast@vaxjo.example' } : undefined,
  });

  it('should refuse the report without starting a progress card', async () => {
    const { ctx } = context(data);
    await dispatch(ctx, outsider.turn, 'rapport 2025', []);
    expect(outsider.updates).toEqual([]);
    expect(outsider.texts().at(-1)).toContain('visas bara för nätverket');
  });

  it('should refuse the status', async () => {
    const { ctx } = context(data);
    const { turn, texts } = recordingTurn('en', 'u-outsider');
    await dispatch(ctx, turn, 'status', []);
    expect(texts().at(-1)).toContain('shown only to the international network');
  });
});

describe('draftUrl', () => {
  const { ctx } = context(memoryData([]));

  it('should link to the tab with the submission in the query without a Teams app id', () => {
    expect(draftUrl(ctx, 'omsorg', 2025, 'Påminnelse')).toBe(
      'https://app.example/tab/?feature=reporting&administration=omsorg&year=2025',
    );
  });

  it('should deep link into the Teams tab with the submission as sub-entity', () => {
    const url = draftUrl(
      { ...ctx, teamsApp: { appId: 'app-1', entityId: 'home' } },
      'omsorg',
      2025,
      'Påminnelse: årsrapport 2025',
    );
    const webUrl = 'https://app.example/tab/?feature=reporting&administration=omsorg&year=2025';
    expect(url).toBe(
      `https://teams.microsoft.com/l/entity/app-1/home?webUrl=${encodeURIComponent(webUrl)}&label=${encodeURIComponent('Påminnelse: årsrapport 2025')}&context=${encodeURIComponent('{"subEntityId":"submission/omsorg/2025"}')}`,
    );
  });

  it('should encode every deep link parameter so the context survives as one query value', () => {
    const url = new URL(
      draftUrl(
        { ...ctx, teamsApp: { appId: 'app-1', entityId: 'home' } },
        'omsorg',
        2025,
        'A & B?',
      ),
    );
    expect(url.searchParams.get('label')).toBe('A & B?');
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'submission/omsorg/2025',
    });
  });
});
