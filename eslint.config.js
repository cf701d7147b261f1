import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import direction (STYLE.md): domain imports nothing of ours; emulator imports nothing of ours. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Import direction: see STYLE.md' })) }],
});


/**
 * One home for Graph paths (issue 19): only `src/graph` writes them, with `graphPath`. A string or
 * template starting like a Graph path (`/sites/`, `/groups/`, `/teams/`, `/me`, `/users/`,
 * `/drives/`) anywhere else in `src` is an error. The emulator implements those URLs.
 */
const GRAPH_PATH = String.raw`/^\/(sites|groups|teams|me|users|drives)(\/|\?|$)/`;
const graphPathRule = (level) => ({
  'no-restricted-syntax': [
    level,
    { selector: `Literal[value=${GRAPH_PATH}]`, message: 'Graph paths are built in src/graph only (graphPath); call a src/graph function.' },
    { selector: `TemplateElement[value.raw=${GRAPH_PATH}]`, message: 'Graph paths are built in src/graph only (graphPath); call a src/graph function.' },
  ],
});
/** Files whose owners move their Graph paths into src/graph in their own change: warned for now. */
const GRAPH_PATHS_TO_MOVE = [
  'src/bot/graph-data.ts',
  'src/tab/data/reporting-access.ts',
  'src/tab/data/network-access.ts',
  'src/server/provision-cli.ts',
];

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
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph/**', 'src/emulator/**', ...GRAPH_PATHS_TO_MOVE],
    rules: graphPathRule('error'),
  },
  { files: GRAPH_PATHS_TO_MOVE, rules: graphPathRule('warn') },
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
