import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphReportUploader } from '../../../src/bot/index';
import { createCommandLimiter } from '../../../src/bot/app.guards';
import { defaultOrganisation } from '../../../src/domain/organisation';
import { readDocx } from '../../unit/report/docx-reader';
import { personalMessage } from './activities';
import { sentText } from './connector';
import { NOW, startWorldBot, type WorldBot } from './harness';

interface DriveFile {
  id: string;
  name: string;
  eTag: string;
  webUrl: string;
}

/**
 * Publishing over the Bot Framework protocol (issue 18): the municipality's report is written in
 * the organisation's language, gains a version per generation (a new file per day), and a request
 * in another language gets its own copy without touching the published file.
 */
describe('the published Word report', () => {
  let t: WorldBot;
  let clock = NOW;
  const COORDINATOR = 'samordnare@vaxjo.example';

  beforeAll(async () => {
    t = await startWorldBot((world) => ({
      uploadReport: createGraphReportUploader(world.appGraph, world.getSites, defaultOrganisation),
      now: () => clock,
      limiter: createCommandLimiter({}),
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const ask = async (text: string, locale: string) => {
    t.connector.calls.length = 0;
    await t.run(personalMessage(t.connector.url, t.person(COORDINATOR), text, locale));
    return sentText(t.connector.calls.at(-1));
  };
  const folder = async (path: string): Promise<DriveFile[]> => {
    const siteId = (await t.world.getSites()).network.siteId;
    const drive = await t.world.appGraph.get<{ id: string }>(`/sites/${siteId}/drive`);
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const answer = await t.world.appGraph.get<{ value: DriveFile[] }>(
      `/drives/${drive.id}/root:/${encoded}:/children`,
    );
    return answer.value;
  };
  const version = (file: DriveFile | undefined) => Number(/,(\d+)"?$/.exec(file?.eTag ?? '')?.[1]);
  /** The document's opening lines (organisation, title), read from the file at its webUrl. */
  const openingOf = async (file: DriveFile | undefined) => {
    const bytes = new Uint8Array(await (await fetch(String(file?.webUrl))).arrayBuffer());
    return (await readDocx(bytes)).paragraphs.slice(0, 3).join(' | ');
  };
  const PUBLISHED = 'Årsrapport 2025 (skapad 2026-03-15).docx';

  it('should publish in Swedish and add a version when generated again', async () => {
    expect(await ask('rapport 2025', 'sv-SE')).toContain('Årsrapport 2025: hela kommunen');
    const first = (await folder('Årsrapporter/2025')).find((f) => f.name === PUBLISHED);
    expect(await openingOf(first)).toMatch(/årsrapport internationellt arbete 2025/i);

    await ask('rapport 2025', 'en-US');
    const second = (await folder('Årsrapporter/2025')).find((f) => f.name === PUBLISHED);
    expect(second?.id).toBe(first?.id);
    expect(version(second)).toBeGreaterThan(version(first));
    expect(await openingOf(second)).toMatch(/årsrapport internationellt arbete 2025/i);
  });

  it('should give an English request its own copy and leave the published file untouched', async () => {
    const before = (await folder('Årsrapporter/2025')).find((f) => f.name === PUBLISHED);
    const answer = await ask('report 2025', 'sv-SE');
    expect(answer).toContain('Yearly report 2025: the whole municipality');
    const after = (await folder('Årsrapporter/2025')).find((f) => f.name === PUBLISHED);
    expect(after?.eTag).toBe(before?.eTag);
    expect(await openingOf(after)).toMatch(/årsrapport internationellt arbete 2025/i);

    const copies = await folder('Årsrapporter/2025/en');
    expect(copies.map((f) => f.name)).toEqual(['Yearly report 2025 (created 2026-03-15).docx']);
    expect(await openingOf(copies[0])).toMatch(/International work: yearly report 2025/);
    const link = t.connector.calls.at(-1)?.body.attachments as Array<{
      content: { actions?: Array<{ url?: string }> };
    }>;
    expect(link[0]?.content.actions?.[0]?.url).toBe(copies[0]?.webUrl);
  });

  it('should publish a new file on a later day and keep the earlier one', async () => {
    clock = new Date('2026-03-16T09:00:00Z');
    await ask('rapport 2025', 'sv-SE');
    const names = (await folder('Årsrapporter/2025')).map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([PUBLISHED, 'Årsrapport 2025 (skapad 2026-03-16).docx']),
    );
  });
});
