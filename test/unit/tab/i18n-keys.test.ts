import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { createI18n } from '../../../src/tab/i18n';
import type { FeatureStrings } from '../../../src/tab/i18n/feature-strings';

/**
 * Every key the tab asks i18next for exists in Swedish and in English, read without the Swedish
 * fallback (an English key missing would otherwise show Swedish silently). A file's `t` is the
 * shell's (`translation`), or in a feature's folder the feature's, which reads its own namespace,
 * then the shell's (`fallbackNS`).
 */

const root = path.resolve(__dirname, '../../../src/tab');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every feature strings module (`features/<feature>/…i18n.ts`) with what it exports. */
const stringModules = import.meta.glob<Record<string, unknown>>(
  '../../../src/tab/features/*/*i18n.ts',
  { eager: true },
);

function featureStringsOf(module: Record<string, unknown>): FeatureStrings | undefined {
  return Object.values(module).find(
    (value): value is FeatureStrings =>
      typeof value === 'object' && value !== null && 'namespace' in value && 'register' in value,
  );
}

/** The namespace of each strings module by its path relative to src/tab, without extension. */
const namespaces = new Map<string, FeatureStrings>();
for (const [file, module] of Object.entries(stringModules)) {
  const strings = featureStringsOf(module);
  if (!strings) throw new Error(`${file} exports no feature strings (defineFeatureStrings)`);
  const relative = path.relative(root, path.resolve(__dirname, file)).replace(/\.ts$/, '');
  namespaces.set(relative, strings);
}

function instance(locale: 'sv' | 'en'): i18n {
  const i18n = createI18n(locale);
  for (const strings of namespaces.values()) strings.register(i18n);
  return i18n;
}
const instances = { sv: instance('sv'), en: instance('en') };

/** The keys a source passes to `t` as literals, and the literal prefixes of template keys. */
function keysOf(source: string): { keys: string[]; prefixes: string[] } {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const match of source.matchAll(/\bt\(\s*([^,)]*)/g)) {
    const whole = match[1] ?? '';
    const template = /^`([^`$]*)\$\{/.exec(whole);
    if (template) {
      prefixes.push((template[1] ?? '').replace(/\.$/, ''));
      continue;
    }
    // In `t(a === 'x' ? 'key.one' : 'key.two')` the keys are the branches, not the comparison.
    const argument = whole.includes('?') ? whole.slice(whole.indexOf('?')) : whole;
    for (const literal of argument.matchAll(/'([^']+)'|"([^"]+)"/g)) {
      keys.push(literal[1] ?? literal[2] ?? '');
    }
  }
  return { keys, prefixes };
}

/**
 * The namespaces a file's `t` may read: a file in a feature's folder gets its `t` from that
 * feature's strings (directly or through the feature's hook), which falls back to the shell's.
 */
function namespacesOf(file: string): string[] {
  const folder = path.relative(root, path.dirname(file));
  const own = [...namespaces.entries()]
    .filter(([module]) => path.dirname(module) === folder)
    .map(([, strings]) => strings.namespace);
  return [...own, 'translation'];
}

function resolves(locale: 'sv' | 'en', spaces: string[], key: string): boolean {
  const i18n = instances[locale];
  return spaces.some((ns) =>
    ['', '_one', '_other'].some(
      (suffix) => typeof i18n.getResource(locale, ns, `${key}${suffix}`) === 'string',
    ),
  );
}

function isTable(locale: 'sv' | 'en', spaces: string[], prefix: string): boolean {
  return spaces.some((ns) => {
    const value: unknown = instances[locale].getResource(locale, ns, prefix);
    return typeof value === 'object' && value !== null;
  });
}

const sources = filesUnder(root)
  .filter((file) => /\.tsx?$/.test(file) && !/i18n\.ts$/.test(file))
  .map((file) => ({ file, source: readFileSync(file, 'utf8') }))
  .filter(({ source }) => /\bt\(/.test(source));

describe('the tab’s i18n keys', () => {
  it('should find the feature strings modules and the files that use keys', () => {
    expect([...namespaces.values()].map((s) => s.namespace).sort()).toEqual([
      'dashboard',
      'exchangeRates',
      'follow-up',
      'funding',
      'network',
      'reporting',
    ]);
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(['sv', 'en'] as const)('should have every key used in the tab in %s', (locale) => {
    const missing: string[] = [];
    for (const { file, source } of sources) {
      const spaces = namespacesOf(file);
      const { keys, prefixes } = keysOf(source);
      for (const key of keys) {
        if (!resolves(locale, spaces, key)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
      for (const prefix of prefixes) {
        if (!isTable(locale, spaces, prefix)) {
          missing.push(`${path.relative(root, file)}: ${prefix}.*`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([...namespaces.values()].map((s) => [s.namespace, s] as const))(
    'should have the same keys in English as in Swedish in %s',
    (_namespace, strings) => {
      const paths = (table: object, prefix = ''): string[] =>
        Object.entries(table).flatMap(([key, value]) =>
          typeof value === 'object' && value !== null
            ? paths(value as object, `${prefix}${key}.`)
            : [`${prefix}${key}`],
        );
      expect(paths(strings.en).sort()).toEqual(paths(strings.sv).sort());
    },
  );
});
