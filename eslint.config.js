import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import direction (STYLE.md): domain imports nothing of ours; emulator imports nothing of ours. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Import direction: see STYLE.md' })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'manifest/build/**', '.data/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/tab/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  { files: ['src/domain/**/*.ts'], rules: restrict(['**/graph/**', '**/tab/**', '**/bot/**', '**/report/**', '**/server/**', '**/emulator/**', '**/auth/**']) },
  { files: ['src/emulator/**/*.ts'], rules: restrict(['**/domain/**', '**/graph/**', '**/tab/**', '**/bot/**', '**/report/**', '**/server/**', '**/auth/**']) },
  { files: ['src/graph/**/*.ts'], rules: restrict(['**/tab/**', '**/bot/**', '**/report/**', '**/server/**', '**/emulator/**']) },
  { files: ['src/report/**/*.ts'], rules: restrict(['**/graph/**', '**/tab/**', '**/bot/**', '**/server/**', '**/emulator/**']) },
  {
    // Features never import each other: `../<sibling>/...` from a feature folder, or any path
    // through `features/`, is another feature.
    files: ['src/tab/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./[^./]', message: 'Features never import each other (STYLE.md).' },
            { regex: '/features/', message: 'Features never import each other (STYLE.md).' },
          ],
        },
      ],
    },
  },
);
