import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { projectSchema, type Project, type ProjectInput } from '../../../src/domain/records.js';
import { GraphError } from '../../../src/graph/errors.js';
import { createProjectRepository } from '../../../src/graph/repositories.js';
import { recordFigures } from './figures.js';
import { adminSiteId, provisionSample, startReliabilityHarness } from './harness.js';

const WRITES = 40;
const CALM_WRITES = 10;
const settle = <T>(p: Promise<T>) =>
  Promise.allSettled([p]).then(([r]) => r as PromiseSettledResult<T>);
const input = (i: number): ProjectInput => ({
  administrationId: 'utbildning',
  title: `Omstartsprojekt ${String(i).padStart(2, '0')}`,
  kind: 'international',
  status: 'planned',
  programme: 'other',
  role: 'lead',
  description: `Beskrivning ${i} `.repeat(50),
  partners: [{ name: `Partner ${i}`, country: 'DE', type: 'municipality' }],
  appliedAmount: i * 1000,
});

/** The fields a create sends, to compare a stored item with what was written. */
const written = (p: Project) => ({
  title: p.title,
  description: p.description,
  partners: p.partners,
  appliedAmount: p.appliedAmount,
});

describe('the emulator killed and restarted in the middle of writes (SQLite file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ia-restart-'));
  const dbPath = join(dir, 'graph.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should keep the database intact, every write whole or absent, and name the failed ones', async () => {
    const first = await startReliabilityHarness({ dbPath });
    const sites = await provisionSample(first);
    const port = Number(new URL(first.origin).port);
    const siteId = adminSiteId(sites, 'utbildning');
    // Few, fast retries: while the emulator is down the client must give up and say so.
    const client = first.clientFor('kontakt.utbildning@vaxjo.example', {
      retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 10 },
    });
    await client.get('/me');
    const repo = createProjectRepository(client, siteId);

    // The first writes land calmly; then the rest go concurrently and the emulator is killed
    // once a few of them have answered, so some are in flight, some not yet sent.
    const outcomes: PromiseSettledResult<Project>[] = [];
    for (let i = 0; i < CALM_WRITES; i += 1) outcomes.push(await settle(repo.create(input(i))));
    let answered = 0;
    let closed: Promise<void> | undefined;
    outcomes.push(
      ...(await Promise.all(
        Array.from({ length: WRITES - CALM_WRITES }, (_, k) =>
          settle(
            repo.create(input(CALM_WRITES + k)).finally(() => {
              answered += 1;
              if (answered === 5) closed = first.close();
            }),
          ),
        ),
      )),
    );
    await closed;

    const db = new DatabaseSync(dbPath, { readOnly: true });
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();

    const second = await startReliabilityHarness({ dbPath, port });
    try {
      const reader = createProjectRepository(second.clientFor('samordnare@vaxjo.example'), siteId);
      const stored = (await reader.list()).filter((p) => p.title.startsWith('Omstartsprojekt'));
      const failed: number[] = [];
      outcomes.forEach((outcome, i) => {
        const copies = stored.filter((p) => p.title === input(i).title);
        // Whole or absent, never twice.
        expect(copies.length).toBeLessThanOrEqual(1);
        for (const copy of copies)
          expect(written(copy)).toEqual(written(projectSchema.parse(input(i))));
        if (outcome.status === 'fulfilled') {
          expect(copies).toHaveLength(1);
        } else {
          // The caller learns which write failed, with a transport error it can retry on.
          expect(outcome.reason).toBeInstanceOf(GraphError);
          expect((outcome.reason as GraphError).code).toMatch(/^(networkError|timeout)$/);
          if (copies.length === 0) failed.push(i);
        }
      });
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o.status === 'rejected').length).toBeGreaterThan(0);

      // Retrying exactly the failed ones completes the sequence, each record once.
      const writer = createProjectRepository(
        second.clientFor('kontakt.utbildning@vaxjo.example'),
        siteId,
      );
      for (const i of failed) await writer.create(input(i));
      const after = (await reader.list()).filter((p) => p.title.startsWith('Omstartsprojekt'));
      expect(after.map((p) => p.title).sort()).toEqual(
        Array.from({ length: WRITES }, (_, i) => input(i).title),
      );
      recordFigures('restart', {
        writes: WRITES,
        failedAndRetried: failed.length,
        landedDespiteError: outcomes.filter((o) => o.status === 'rejected').length - failed.length,
      });
    } finally {
      await second.close();
    }
    const db2 = new DatabaseSync(dbPath, { readOnly: true });
    expect(db2.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db2.close();
  }, 60_000);
});
