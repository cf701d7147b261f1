import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisationRecords } from '../../../src/graph/index.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { graphOf } from './graph-of.js';

const quiet = () => {};

/** Counts projects and activities through Graph, as any client of the running server would. */
async function countRecords(
  server: RunningServer,
): Promise<{ projects: number; activities: number }> {
  const { client, sites } = await graphOf(server, 'restart-test');
  const records = await loadOrganisationRecords(client, sites);
  return { projects: records.projects.length, activities: records.activities.length };
}

describe('startServer restarted on the same data folder', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ia-data-'));
  let first: RunningServer['provisioning'];
  let second: RunningServer['provisioning'];
  let before = { projects: 0, activities: 0 };
  let after = { projects: 0, activities: 0 };

  beforeAll(async () => {
    const server1 = await startServer({ port: 0, dataDir, env: {}, log: quiet });
    first = server1.provisioning;
    before = await countRecords(server1);
    await server1.close();
    const server2 = await startServer({ port: 0, dataDir, env: {}, log: quiet });
    second = server2.provisioning;
    after = await countRecords(server2);
    await server2.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should create tenant content on the first start', () => {
    expect(first.created.length).toBeGreaterThan(0);
  });

  it('should create nothing on the second start', () => {
    expect(second.created).toEqual([]);
  });

  it('should find on the second start everything the first one created', () => {
    expect(second.found).toEqual(expect.arrayContaining(first.created));
  });

  it('should seed sample data on the first start', () => {
    expect(before.projects).toBeGreaterThan(0);
    expect(before.activities).toBeGreaterThan(0);
  });

  it('should keep the seeded data without duplicating it', () => {
    expect(after).toEqual(before);
  });
});
