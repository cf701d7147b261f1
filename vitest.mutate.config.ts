import { defineConfig } from 'vitest/config';

/**
 * The unit tests that `npm run mutate` runs against each mutant: the pure tests of the domain's
 * rules, the Graph client's stages and the emulator's OData parser. Kept apart from
 * vitest.config.ts so the mutation run never starts the integration or browser projects.
 */
export default defineConfig({
  test: {
    include: [
      'test/unit/domain/**/*.test.ts',
      'test/unit/graph/**/*.test.ts',
      'test/unit/emulator/filter.test.ts',
    ],
    environment: 'node',
  },
});
