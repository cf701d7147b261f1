import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCommandLimiter } from '../../../src/bot/app.guards';
import type { ReportUpload } from '../../../src/bot/handlers/context';
import { adaptiveCardSchema, createGraphReportUploader } from '../../../src/bot/index';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { officialCardProblems } from '../../unit/bot/cards/official-card-check';
import { botAddedToTeam, channelMessage, personalMessage } from './activities';
import { sentText, type ConnectorCall } from './connector';
import {
  DRAFT,
  RETURNED,
  SUBMITTED,
  WITHOUT_CONTACT,
  recordingLog,
  startWorldBot,
  type WorldBot,
} from './harness';

const COORDINATOR = 'samordnare@vaxjo.example';
const TAB_URL = 'http://127.0.0.1:3978/';

/**
 * The card of a connector call's activity, validated against our zod schema and by Microsoft's
 * reference parser targeting Adaptive Cards 1.5.
 */
function cardOf(call: ConnectorCall | undefined) {
  const attachments = call?.body.attachments as
    Array<{ contentType: string; content: unknown }> | undefined;
  const attachment = attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const parsed = adaptiveCardSchema.safeParse(attachment?.content);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(officialCardProblems(attachment?.content)).toEqual([]);
  return parsed.data;
}

const textOf = sentText;

describe('bot over the Bot Framework protocol', () => {
  let t: WorldBot;
  const log = recordingLog();
  const uploads: ReportUpload[] = [];

  beforeAll(async () => {
    t = await startWorldBot((world) => {
      const upload = createGraphReportUploader(world.appGraph, world.getSites, defaultOrganisation);
      return {
        tabUrl: TAB_URL,
        log,
        uploadReport: async (report) => {
          uploads.push(report);
          return upload(report);
        },
        // Every test here asks for reports; the limits have their own test below.
        limiter: createCommandLimiter({}),
      };
    });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    t.connector.calls.length = 0;
  });

  it('should answer 200, send a progress card in a channel (no typing there), then update that card to the report', async () => {
    const status = await t.run(
      channelMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025'),
    );
    expect(status).toBe(200);
    const [progress, ...updates] = t.connector.calls;
    expect(t.connector.calls.some((c) => c.body.type === 'typing')).toBe(false);
    expect(progress?.method).toBe('POST');
    expect(cardOf(progress)?.body[0]).toMatchObject({
      text: expect.stringContaining('Årsrapport 2025'),
    });
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (const update of updates) {
      expect(update.method).toBe('PUT');
      expect(update.conversationId).toBe(progress?.conversationId);
    }
    expect(new Set(updates.map((u) => u.activityId)).size).toBe(1);
  });

  it('should show typing first in a 1:1 chat, and send each answer as a card alone', async () => {
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025'));
    const [typing, progress] = t.connector.calls;
    expect(typing?.body.type).toBe('typing');
    for (const call of t.connector.calls.slice(1)) {
      expect(call.body.text).toBeUndefined();
      expect(call.body.attachments).toHaveLength(1);
      expect(call.body.summary).toEqual(expect.any(String));
    }
    expect(progress?.method).toBe('POST');
  });

  it('should end with a valid report card holding key figures, completeness and the link', async () => {
    await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025'));
    const final = t.connector.calls.at(-1);
    const card = cardOf(final);
    const text = textOf(final);
    expect(text).toContain('Årsrapport 2025: hela kommunen');
    expect(text).toContain('Pågående EU-projekt: 1');
    expect(text).toContain('Inlämnade ansökningar: 1');
    expect(text).toContain('Övrigt internationellt arbete (aktiviteter): 1');
    expect(text).toMatch(/Beviljad extern finansiering i pågående projekt: 250\s000\skr/);
    expect(text).toContain(
      `${SUBMITTED.length} av ${defaultOrganisation.administrations.length} har lämnat in.`,
    );
    expect(card?.actions?.[0]).toMatchObject({
      type: 'Action.OpenUrl',
      url: expect.stringMatching(/%C3%85rsrapport%202025%20\(skapad%202026-03-15\)\.docx$/),
    });
  });

  it("should show the strategy's considered-share indicator read through Graph", async () => {
    await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025'));
    expect(textOf(t.connector.calls.at(-1))).toMatch(
      /Utvecklingsinsatser där extern finansiering övervägdes: 1 av 2 \(50\s%\)/,
    );
  });

  it('should upload the Word report rendered by src/report', async () => {
    uploads.length = 0;
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025'));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ year: 2025, kind: 'published', locale: 'sv' });
    // A .docx is a ZIP package: it starts with the local file header "PK\x03\x04".
    expect([...(uploads[0]?.bytes.subarray(0, 4) ?? [])]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("should store the report in the network site's library without a channel, one file per administration scope", async () => {
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'rapport 2025 omsorg'));
    const siteId = (await t.world.getSites()).network.siteId;
    const drive = await t.world.appGraph.get<{ id: string }>(`/sites/${siteId}/drive`);
    const folder = await t.world.appGraph.get<{ value: Array<{ name: string }> }>(
      `/drives/${drive.id}/items/root:/${encodeURIComponent('Årsrapporter')}/2025:/children`,
    );
    expect(folder.value.map((f) => f.name)).toContain(
      'Årsrapport 2025 – Omsorgsförvaltningen (skapad 2026-03-15).docx',
    );
  });

  it('should answer a Swedish command in Swedish although the client says en-US', async () => {
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'hjälp', 'en-US'));
    expect(textOf(t.connector.calls.at(-1))).toContain('Det här kan jag');
  });

  it('should answer an English command in English although the client says sv-SE', async () => {
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'help', 'sv-SE'));
    expect(textOf(t.connector.calls.at(-1))).toContain('What I can do');
  });

  it('should understand a mention typed as text, with or without the app name', async () => {
    for (const text of ['@Internationellt arbete rapport 2025', '@rapport 2025']) {
      t.connector.calls.length = 0;
      await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), text, 'en-US'));
      expect(textOf(t.connector.calls.at(-1))).toContain('Årsrapport 2025: hela kommunen');
    }
  });

  it('should run the command a card button sends as data (Action.Submit, no text)', async () => {
    const message = personalMessage(t.connector.url, t.person(COORDINATOR), '');
    await t.run({ ...message, text: undefined, value: { command: 'status' } });
    expect(textOf(t.connector.calls.at(-1))).toContain('Årsrapporterna 2025: status');
  });

  it('should log one structured line per message with ids only', async () => {
    log.lines.length = 0;
    const person = t.person(COORDINATOR);
    await t.run(channelMessage(t.connector.url, person, 'status'));
    const lines = log.lines.filter((l) => l.message === 'bot: message');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.details).toMatchObject({
      conversationType: 'channel',
      command: 'status',
      locale: 'sv',
      outcome: 'answered',
      userId: person.aadObjectId,
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(lines[0]?.details)).not.toContain(COORDINATOR);
  });

  it('should answer in English in a personal chat with an English locale', async () => {
    await t.run(
      personalMessage(t.connector.url, t.person(COORDINATOR), 'report 2025 utbildning', 'en-US'),
    );
    const final = t.connector.calls.at(-1);
    cardOf(final);
    expect(textOf(final)).toContain('Yearly report 2025: Utbildningsförvaltningen');
    expect(textOf(final)).toContain('1 of 1 have submitted.');
  });

  it('should list submitted, returned and missing per administration with the deadline', async () => {
    await t.run(
      channelMessage(t.connector.url, t.person('kontakt.utbildning@vaxjo.example'), 'status'),
    );
    const answer = t.connector.calls.at(-1);
    cardOf(answer);
    const text = textOf(answer);
    // The harness's clock (NOW) is after the deadline, and the round is still open.
    expect(text).toContain('Sista dagen var 27 februari 2026');
    expect(text).toContain('Utbildningsförvaltningen: Inlämnad');
    expect(text).toMatch(/Omsorgsförvaltningen: Återsänd|Omsorgsförvaltningen: Tillbakaskickad/);
    expect(text).toContain('Inlämnade: 2, återsända: 1, saknas: 7.');
  });

  it('should send reminders to exactly the contact persons whose report is missing', async () => {
    await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), 'påminn 2025'));
    const created = t.connector.calls.filter((c) => c.path === '/v3/conversations');
    const late = defaultOrganisation.administrations
      .map((a) => a.id)
      .filter((id) => !SUBMITTED.includes(id) && id !== WITHOUT_CONTACT);
    const expected = late.map((id) => t.world.userId(`kontakt.${id}@vaxjo.example`));
    const recipients = created.map((c) => (c.body.members as Array<{ id: string }>)[0]?.id);
    expect(recipients.sort()).toEqual(expected.sort());
    expect(late).toContain(RETURNED);
    expect(late).toContain(DRAFT);
  });

  it('should put a card with a link to the draft into each reminder conversation', async () => {
    await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), 'påminn 2025'));
    const reminders = t.connector.calls.filter(
      (c) => c.method === 'POST' && c.conversationId.startsWith('a:conversation-'),
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      const card = cardOf(reminder);
      expect(card?.actions?.[0]).toMatchObject({
        type: 'Action.OpenUrl',
        url: expect.stringContaining('feature=reporting&administration='),
      });
    }
  });

  it('should tell the coordinator who got a reminder and who has no contact person', async () => {
    await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), 'påminn 2025'));
    const summary = textOf(t.connector.calls.at(-1));
    expect(summary).toMatch(/Påminnelse skickad till \d+ kontaktpersoner/);
    expect(summary).toContain('Ingen kontaktperson är registrerad för Vidingehem AB.');
  });

  it('should refuse reminders politely to someone who is not the coordinator', async () => {
    await t.run(
      channelMessage(t.connector.url, t.person('kontakt.utbildning@vaxjo.example'), 'påminn'),
    );
    expect(t.connector.calls.filter((c) => c.path === '/v3/conversations')).toEqual([]);
    expect(textOf(t.connector.calls.at(-1))).toContain('Bara den internationella samordnaren');
  });

  it('should refuse reminders to someone outside the network', async () => {
    await t.run(
      personalMessage(t.connector.url, t.person('extern.gast@vaxjo.example'), 'remind', 'en-GB'),
    );
    expect(t.connector.calls.filter((c) => c.path === '/v3/conversations')).toEqual([]);
    expect(textOf(t.connector.calls.at(-1))).toContain('Only the international coordinator');
  });

  it('should not show the status to someone outside the network', async () => {
    await t.run(personalMessage(t.connector.url, t.person('extern.gast@vaxjo.example'), 'status'));
    expect(textOf(t.connector.calls.at(-1))).toContain('visas bara för nätverket');
  });

  it('should not produce the report for an executive board member outside the network', async () => {
    await t.run(personalMessage(t.connector.url, t.person('ks.ledamot@vaxjo.example'), 'rapport'));
    expect(t.connector.calls.filter((c) => c.method === 'PUT')).toEqual([]);
    expect(textOf(t.connector.calls.at(-1))).toContain('visas bara för nätverket');
  });

  it('should send a welcome card when the bot is added to a team', async () => {
    await t.run(botAddedToTeam(t.connector.url));
    const welcome = t.connector.calls.at(-1);
    const card = cardOf(welcome);
    expect(textOf(welcome)).toContain('Välkommen till Internationellt arbete');
    expect(card?.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Öppna fliken',
      url: TAB_URL,
    });
  });

  it.each([
    ['a future year', 'rapport 2031', '2031 ligger i framtiden'],
    ['the year 1066', 'rapport 1066', '”1066” är inget år'],
    [
      'an unknown administration',
      'rapport brandkåren',
      'Jag hittar ingen förvaltning eller bolag som heter ”brandkåren”',
    ],
    ['10 KB of text', `rapport ${'x'.repeat(10_000)}`, 'Meddelandet är för långt'],
    ['small talk', 'vad gör du?', 'Jag förstod inte ”vad”'],
  ])('should answer %s with a clear card and no crash', async (_label, command, expected) => {
    const status = await t.run(channelMessage(t.connector.url, t.person(COORDINATOR), command));
    expect(status).toBe(200);
    const answer = t.connector.calls.at(-1);
    cardOf(answer);
    expect(textOf(answer)).toContain(expected);
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('should say that funding calls are not available instead of inventing any', async () => {
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), 'utlysningar'));
    expect(textOf(t.connector.calls.at(-1))).toContain(
      'Det finns inga öppna utlysningar för Växjö kommun just nu.',
    );
  });
});
