import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../../src/domain/records.js';
import { ConflictError } from '../../../src/graph/errors.js';
import { createProjectRepository, type ListRepository } from '../../../src/graph/repositories.js';
import type { ProjectInput } from '../../../src/domain/records.js';
import { recordFigures } from './figures.js';
import {
  adminSiteId,
  COORDINATOR,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

const EDITORS = [
  COORDINATOR,
  'kontakt.utbildning@vaxjo.example',
  'personal1.utbildning@vaxjo.example',
  'personal2.utbildning@vaxjo.example',
];

/** One editor's edit: read the item, then (after `delayMs`) write `text` with the eTag it read. */
const editArb = fc.record({
  editor: fc.integer({ min: 0, max: EDITORS.length - 1 }),
  item: fc.integer({ min: 0, max: 2 }),
  delayMs: fc.integer({ min: 0, max: 15 }),
  text: fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim() || 'x'),
  /** Whether the editor re-reads and tries again once after a conflict (the tab's "take theirs and redo"). */
  retryOnConflict: fc.boolean(),
});

describe('concurrent editors on the same items through the repositories (eTags)', () => {
  let h: ReliabilityHarness;
  let repos: ListRepository<Project, ProjectInput>[];
  let totals = { runs: 0, edits: 0, landed: 0, conflicts: 0 };

  beforeAll(async () => {
    h = await startReliabilityHarness();
    const sites = await provisionSample(h);
    repos = EDITORS.map((upn) =>
      createProjectRepository(h.clientFor(upn), adminSiteId(sites, 'utbildning')),
    );
  }, 60_000);
  afterAll(async () => {
    recordFigures('concurrency', totals);
    await h.close();
  });

  it('should never lose an update silently: each lands or throws ConflictError, versions = landed + 1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 2, maxLength: 16 }), async (edits) => {
        const owner = repos[0]!;
        const items = await Promise.all(
          [0, 1, 2].map((i) =>
            owner.create({
              administrationId: 'utbildning',
              title: `Samtidigt ${i}`,
              kind: 'eu',
              status: 'planned',
              programme: 'interreg',
              role: 'partner',
            }),
          ),
        );
        const landed: { item: number; text: string; base: string | undefined }[] = [];
        let conflicts = 0;
        const attempt = async (
          repo: ListRepository<Project, ProjectInput>,
          item: number,
          text: string,
          delayMs: number,
        ) => {
          const id = items[item]!.id ?? '';
          const read = await repo.get(id);
          await new Promise((r) => setTimeout(r, delayMs));
          await repo.update(id, { ...read, description: text }, read.etag ?? '');
          landed.push({ item, text, base: read.description });
        };
        await Promise.all(
          edits.map(async ({ editor, item, delayMs, text: raw, retryOnConflict }, n) => {
            const repo = repos[editor]!;
            const text = `${n}: ${raw}`; // unique, so each version names its edit
            for (let tries = retryOnConflict ? 2 : 1; tries > 0; tries -= 1) {
              try {
                await attempt(repo, item, text, delayMs);
                return;
              } catch (e) {
                if (!(e instanceof ConflictError)) throw e;
                conflicts += 1;
              }
            }
          }),
        );
        for (const [i, created] of items.entries()) {
          const mine = landed.filter((l) => l.item === i);
          const versions = await owner.versions(created.id ?? '');
          // Every successful update is a version of its own: none was overwritten unseen.
          expect(versions).toHaveLength(mine.length + 1);
          const texts = versions.map((v) => v.record?.description).filter((t) => t !== undefined);
          expect([...texts].sort()).toEqual(mine.map((l) => l.text).sort());
          // Oldest first: each landed edit was made on the version right before it (no blind overwrite).
          const chain = [...versions].reverse().map((v) => v.record?.description);
          for (const edit of mine) {
            const at = chain.indexOf(edit.text);
            expect(chain[at - 1]).toBe(edit.base);
          }
          const final = await owner.get(created.id ?? '');
          expect(final.description).toBe(mine.at(-1)?.text);
          await owner.remove(final.id ?? '', final.etag ?? '');
        }
        totals = {
          runs: totals.runs + 1,
          edits: totals.edits + edits.length,
          landed: totals.landed + landed.length,
          conflicts: totals.conflicts + conflicts,
        };
      }),
      { numRuns: 25 },
    );
    expect(totals.conflicts).toBeGreaterThan(0);
  }, 120_000);
});
