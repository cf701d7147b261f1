import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * `npm test` does not run `npm run lint`, so the app's own code is held to the import-direction
 * and Graph-path rules here: ESLint on all of `src` with only those two rules, and with inline
 * `eslint-disable` comments ignored, so no comment can hide a violation.
 */
describe('src', () => {
  it(
    'should import only along the layers and write Graph paths only in src/graph',
    { timeout: 180_000 },
    async () => {
      const eslint = new ESLint({
        allowInlineConfig: false,
        ruleFilter: ({ ruleId }) =>
          ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
      });
      const results = await eslint.lintFiles(['src']);
      expect(results.length).toBeGreaterThan(100);
      const problems = results.flatMap((r) =>
        r.messages.map(
          (m) => `${r.filePath.slice(process.cwd().length + 1)}:${m.line} ${m.message}`,
        ),
      );
      expect(problems).toEqual([]);
    },
  );
});
