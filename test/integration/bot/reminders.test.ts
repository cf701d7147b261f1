import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMessage, personalMessage } from './activities';
import { startWorldBot, type WorldBot } from './harness';
import { sentText } from './connector';

describe('bot reminders over the Bot Framework protocol', () => {
  let t: WorldBot;
  beforeAll(async () => {
    t = await startWorldBot();
  });
  afterAll(async () => {
    await t?.close();
  });

  // Order matters: conversations are remembered, so the failure is provoked before any
  // reminder has created (and cached) a conversation for that contact person.
  it('should name the contact person a reminder could not reach and still remind the others', async () => {
    const unreachable = t.person('kontakt.miljo-halsa@vaxjo.example');
    t.connector.refuseMembers.add(unreachable.aadObjectId);
    await t.run(
      channelMessage(t.connector.url, t.person('samordnare@vaxjo.example'), 'påminn 2025'),
    );
    const summary = sentText(t.connector.calls.at(-1));
    expect(summary).toMatch(
      /Påminnelsen kunde inte skickas till [^.]*Miljö- och hälsoskyddsförvaltningen/,
    );
    expect(summary).toMatch(/Påminnelse skickad till \d+ kontaktpersoner/);
  });

  it('should remind in the 1:1 chat a contact person already has with the bot', async () => {
    const contact = t.person('kontakt.samhallsbyggnad@vaxjo.example');
    t.connector.refuseMembers.clear();
    await t.run(personalMessage(t.connector.url, contact, 'hjälp'));
    t.connector.calls.length = 0;
    await t.run(
      channelMessage(t.connector.url, t.person('samordnare@vaxjo.example'), 'påminn 2025'),
    );
    const created = t.connector.calls
      .filter((c) => c.path === '/v3/conversations')
      .map((c) => (c.body.members as Array<{ id: string }>)[0]?.id);
    expect(created).not.toContain(contact.aadObjectId);
    const personal = t.connector.calls.filter(
      (c) => c.conversationId === `a:personal-${contact.aadObjectId}`,
    );
    expect(personal).toHaveLength(1);
    expect(sentText(personal[0])).toContain('Samhällsbyggnadsförvaltningen');
  });

  it('should refuse reminders from a contact person who does not own the network group', async () => {
    t.connector.refuseMembers.clear();
    t.connector.calls.length = 0;
    await t.run(
      channelMessage(t.connector.url, t.person('kontakt.utbildning@vaxjo.example'), 'påminn 2025'),
    );
    const reminders = t.connector.calls.filter(
      (c) => c.method === 'POST' && c.conversationId.startsWith('a:'),
    );
    expect(reminders).toHaveLength(0);
    expect(sentText(t.connector.calls.at(-1))).toMatch(/samordnaren/);
  });
});
