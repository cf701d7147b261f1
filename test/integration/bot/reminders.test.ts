import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { channelMessage, personalMessage } from './activities';
import { startConnector, type CapturingConnector } from './connector';
import {
  NOW,
  recordingLog,
  startBotServer,
  startGraphWorld,
  type BotServer,
  type GraphWorld,
} from './harness';

describe('bot reminders over the Bot Framework protocol', () => {
  let world: GraphWorld;
  let connector: CapturingConnector;
  let server: BotServer;
  const person = (upn: string) => ({ aadObjectId: world.userId(upn), name: upn });
  const run = async (activity: unknown) => {
    await server.post(activity);
    await server.bot.idle();
  };

  beforeAll(async () => {
    world = await startGraphWorld();
    connector = await startConnector();
    server = await startBotServer({
      graph: world.appGraph,
      organisation: defaultOrganisation,
      getSites: world.getSites,
      tabUrl: 'http://127.0.0.1:3978/',
      log: recordingLog(),
      now: () => NOW,
    });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
    await world?.close();
  });

  // Order matters: conversations are remembered, so the failure is provoked before any
  // reminder has created (and cached) a conversation for that contact person.
  it('should name the contact person a reminder could not reach and still remind the others', async () => {
    const unreachable = person('kontakt.miljo-halsa@vaxjo.example');
    connector.refuseMembers.add(unreachable.aadObjectId);
    await run(channelMessage(connector.url, person('samordnare@vaxjo.example'), 'påminn 2025'));
    const summary = String(connector.calls.at(-1)?.body.text);
    expect(summary).toMatch(
      /Påminnelsen kunde inte skickas till [^.]*Miljö- och hälsoskyddsförvaltningen/,
    );
    expect(summary).toMatch(/Påminnelse skickad till \d+ kontaktpersoner/);
  });

  it('should remind in the 1:1 chat a contact person already has with the bot', async () => {
    const contact = person('kontakt.samhallsbyggnad@vaxjo.example');
    connector.refuseMembers.clear();
    await run(personalMessage(connector.url, contact, 'hjälp'));
    connector.calls.length = 0;
    await run(channelMessage(connector.url, person('samordnare@vaxjo.example'), 'påminn 2025'));
    const created = connector.calls
      .filter((c) => c.path === '/v3/conversations')
      .map((c) => (c.body.members as Array<{ id: string }>)[0]?.id);
    expect(created).not.toContain(contact.aadObjectId);
    const personal = connector.calls.filter(
      (c) => c.conversationId === `a:personal-${contact.aadObjectId}`,
    );
    expect(personal).toHaveLength(1);
    expect(String(personal[0]?.body.text)).toContain('Samhällsbyggnadsförvaltningen');
  });
});
