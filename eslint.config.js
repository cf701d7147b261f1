import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import direction (STYLE.md), one entry per layer of `src`: what it may import of the others.
 * Derived from the imports the layers have; a layer not listed for another may not be imported by
 * it. Nothing imports `server` (the composition root) but itself; tests are free.
 */
const LAYER_IMPORTS = {
  domain: [],
  emulator: [],
  graph: ['domain'],
  report: ['domain'],
  auth: ['graph'],
  tab: ['domain', 'graph', 'report', 'auth'],
  bot: ['domain', 'graph', 'report'],
  server: ['domain', 'graph', 'report', 'auth', 'bot', 'emulator'],
};
const LAYERS = Object.keys(LAYER_IMPORTS);

/** The `no-restricted-imports` patterns of a layer: a relative import that climbs to a forbidden one. */
function layerPatterns(layer) {
  const allowed = LAYER_IMPORTS[layer];
  const forbidden = LAYERS.filter((other) => other !== layer && !allowed.includes(other));
  return [
    {
      regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
      message: `Import direction (STYLE.md): src/${layer} imports ${allowed.length ? `only ${allowed.join(', ')} of the app's layers` : "nothing of the app's other layers"}.`,
    },
  ];
}

/** Features never import each other: `../<sibling>/...` from a feature folder, or any path through `features/`. */
const FEATURE_PATTERNS = [
  { regex: '^\\.\\./[^./]', message: 'Features never import each other (STYLE.md).' },
  { regex: '/features/', message: 'Features never import each other (STYLE.md).' },
];

/**
 * One home for Graph paths (issue 19): only `src/graph` writes them, with `graphPath`. A string or
 * template part starting like a Graph path (`/sites/`, `/groups/`, `/teams/`, `/me`, `/users/`,
 * `/drives/`, `/directoryObjects/`, `/$batch`) anywhere else in `src` is an error; the emulator
 * implements those URLs. Inside `src/graph`, a path template with values is `graphPath`-tagged, so
 * every value is encoded.
 */
const GRAPH_PATH = String.raw`/^\/(sites|groups|teams|me|users|drives|directoryObjects|\$batch)(\/|\?|\(|$)/`;
const GRAPH_PATH_MESSAGE =
  'Graph paths are built in src/graph only (graphPath); call a src/graph function.';
const GRAPH_PATH_SELECTORS = [
  { selector: `Literal[value=${GRAPH_PATH}]`, message: GRAPH_PATH_MESSAGE },
  { selector: `TemplateElement[value.raw=${GRAPH_PATH}]`, message: GRAPH_PATH_MESSAGE },
];
const UNENCODED_PATH_SELECTORS = [
  {
    selector: `:not(TaggedTemplateExpression) > TemplateLiteral[expressions.length>0][quasis.0.value.raw=${GRAPH_PATH}]`,
    message:
      'A Graph path with values is written with graphPath`...`, which encodes each value as one segment.',
  },
];
/** What a layer's code may not write: Graph paths outside src/graph, unencoded ones inside it. */
const PATH_SELECTORS = { graph: UNENCODED_PATH_SELECTORS, emulator: [] };

/**
 * `no-restricted-imports` does not look at `import()`: the same direction for dynamic imports.
 * (One `no-restricted-syntax` entry per file, since a later config block replaces its options.)
 */
function dynamicImportSelectors(layer) {
  const [{ regex, message }] = layerPatterns(layer);
  return [
    {
      selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\/')}/]`,
      message,
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'manifest/build/**',
      '.data/**',
      'test/e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/tab/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: layerPatterns(layer) }],
      'no-restricted-syntax': [
        'error',
        ...(PATH_SELECTORS[layer] ?? GRAPH_PATH_SELECTORS),
        ...dynamicImportSelectors(layer),
      ],
    },
  })),
  {
    // A later block replaces the rule's options, so the features' block repeats the tab's layer.
    files: ['src/tab/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...layerPatterns('tab'), ...FEATURE_PATTERNS] },
      ],
    },
  },
);
