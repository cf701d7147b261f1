import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps Graph paths in src/graph fails a deliberate violation: the fixture is
 * linted as if it were app code in the tab, in the graph layer and in the emulator.
 */

const fixture = await readFile(
  new URL('../../fixtures/eslint/graph-path-outside-graph.ts', import.meta.url),
  'utf8',
);

async function messagesAt(filePath: string) {
  const [result] = await new ESLint().lintText(fixture, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => [m.line, m.severity, m.message]);
}

const message = 'Graph paths are built in src/graph only (graphPath); call a src/graph function.';

describe('the Graph path lint rule', { timeout: 60_000 }, () => {
  it('should reject a template and a string Graph path in app code outside src/graph', async () => {
    expect(await messagesAt('src/tab/data/graph-path-fixture.ts')).toEqual([
      [6, 2, message],
      [7, 2, message],
    ]);
  });

  it('should only warn in the files whose paths are still to move', async () => {
    expect((await messagesAt('src/bot/graph-data.ts')).map(([, severity]) => severity)).toEqual([
      1, 1,
    ]);
  });

  it.each(['src/graph/graph-path-fixture.ts', 'src/emulator/graph-path-fixture.ts'])(
    'should allow Graph paths in %s',
    async (filePath) => {
      expect(await messagesAt(filePath)).toEqual([]);
    },
  );
});
