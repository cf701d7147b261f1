import { readdir, readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import-direction rules fail deliberate violations. Each layer's fixture
 * (`test/fixtures/eslint/layers/<layer>.ts`) imports every other layer once, and a forbidden one
 * dynamically, and is linted as a file of that layer. The fixtures are the intended direction
 * (STYLE.md), written apart from eslint.config.js: the lines marked `// ✗` must be rejected and no
 * other line, so a widened or a narrowed rule fails here.
 */

const LAYERS = (await readdir(new URL('../../fixtures/eslint/layers/', import.meta.url)))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

const eslint = new ESLint();
/** The layer a fixture line imports: `import '../graph/index.js'` → `graph`. */
const importOf = (line: string) => /'\.\.\/([a-z]+)\//.exec(line)?.[1];

async function lintLayer(layer: string) {
  const text = await readFile(
    new URL(`../../fixtures/eslint/layers/${layer}.ts`, import.meta.url),
    'utf8',
  );
  const [result] = await eslint.lintText(text, { filePath: `src/${layer}/lint-fixture.ts` });
  const lines = text.split('\n');
  return {
    lines,
    marked: lines.flatMap((line, i) => (line.endsWith('// ✗') ? [i + 1] : [])),
    staticImports: lines.filter((line) => line.startsWith('import ')).map(importOf),
    forbiddenDynamic: lines
      .filter((l) => l.includes('import(') && l.endsWith('// ✗'))
      .map(importOf),
    messages: result?.messages ?? [],
  };
}

describe('the import-direction lint rules', { timeout: 60_000 }, () => {
  it('should have a fixture for each of the eight layers', () => {
    expect([...LAYERS].sort()).toEqual(
      ['auth', 'bot', 'domain', 'emulator', 'graph', 'report', 'server', 'tab'].sort(),
    );
  });

  it.each(LAYERS)('should reject exactly the imports src/%s may not make', async (layer) => {
    const { lines, marked, staticImports, forbiddenDynamic, messages } = await lintLayer(layer);
    // The fixture imports every other layer once; its dynamic violation is a forbidden layer.
    expect([...staticImports].sort()).toEqual(LAYERS.filter((l) => l !== layer).sort());
    const forbidden = lines.filter((l) => l.startsWith('import ') && l.endsWith('// ✗'));
    expect(forbidden.map(importOf)).toContain(forbiddenDynamic[0]);

    expect(messages.map((m) => m.line)).toEqual(marked);
    for (const m of messages) {
      expect(m.severity).toBe(2);
      expect(m.message).toContain(`Import direction (STYLE.md): src/${layer} imports `);
      const dynamic = lines[m.line - 1]?.includes('import(');
      expect(m.ruleId).toBe(dynamic ? 'no-restricted-syntax' : 'no-restricted-imports');
    }
  });

  it('should let the tab import its allowed layers from deep inside a feature', async () => {
    const [result] = await eslint.lintText(
      "import '../../../domain/index.js';\nimport '../../../graph/index.js';\nexport {};\n",
      { filePath: 'src/tab/features/projects/lint-fixture.ts' },
    );
    expect(result?.messages).toEqual([]);
  });

  it('should reject the server from deep inside a tab feature', async () => {
    const [result] = await eslint.lintText("import '../../../server/config.js';\nexport {};\n", {
      filePath: 'src/tab/features/projects/lint-fixture.ts',
    });
    expect(result?.messages.map((m) => [m.line, m.ruleId])).toEqual([[1, 'no-restricted-imports']]);
  });

  it('should leave tests free to import any layer', async () => {
    const text = await readFile(
      new URL('../../fixtures/eslint/layers/domain.ts', import.meta.url),
      'utf8',
    );
    const [result] = await eslint.lintText(text, { filePath: 'test/unit/lint-fixture.ts' });
    expect(result?.messages).toEqual([]);
  });
});
