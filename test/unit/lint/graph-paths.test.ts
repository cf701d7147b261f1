import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules that keep Graph paths in src/graph fail deliberate violations: each fixture is
 * linted as if it were a file of the named layer, and the clean ones pass with no message at all.
 */

const eslint = new ESLint();
const fixture = (name: string) =>
  readFile(new URL(`../../fixtures/eslint/${name}`, import.meta.url), 'utf8');

async function lint(name: string, filePath: string) {
  const [result] = await eslint.lintText(await fixture(name), { filePath });
  return (result?.messages ?? []).map((m) => [m.line, m.severity, m.ruleId, m.message]);
}

const outside = 'Graph paths are built in src/graph only (graphPath); call a src/graph function.';
const unencoded =
  'A Graph path with values is written with graphPath`...`, which encodes each value as one segment.';

describe('the Graph path lint rules', { timeout: 60_000 }, () => {
  it.each([
    'src/tab/data/lint-fixture.ts',
    'src/bot/lint-fixture.ts',
    'src/server/lint-fixture.ts',
    'src/report/lint-fixture.ts',
    'src/auth/lint-fixture.ts',
    'src/domain/lint-fixture.ts',
  ])('should reject a template and a string Graph path in %s', async (filePath) => {
    expect(await lint('graph-path-outside-graph.ts', filePath)).toEqual([
      [6, 2, 'no-restricted-syntax', outside],
      [7, 2, 'no-restricted-syntax', outside],
    ]);
  });

  it('should reject a Graph path with a value written without graphPath in src/graph', async () => {
    expect(await lint('graph-path-unencoded.ts', 'src/graph/lint-fixture.ts')).toEqual([
      [6, 2, 'no-restricted-syntax', unencoded],
    ]);
  });

  it('should pass graph code that writes its paths with graphPath', async () => {
    expect(await lint('graph-path-clean.ts', 'src/graph/lint-fixture.ts')).toEqual([]);
  });

  it.each(['src/tab/data/lint-fixture.ts', 'src/bot/lint-fixture.ts'])(
    'should pass %s calling a named function of src/graph',
    async (filePath) => {
      expect(await lint('graph-call-clean.ts', filePath)).toEqual([]);
    },
  );

  it('should leave the emulator free to write the paths it implements', async () => {
    expect(await lint('graph-path-outside-graph.ts', 'src/emulator/lint-fixture.ts')).toEqual([]);
  });
});
