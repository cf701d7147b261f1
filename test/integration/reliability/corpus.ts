import { readFileSync } from 'node:fs';

/** Expands `{"$repeat": [text, times]}` into the repeated string (keeps 1 MB inputs out of git). */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === 'object') {
    const repeat = (value as { $repeat?: [string, number] }).$repeat;
    if (repeat) return repeat[0].repeat(repeat[1]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
  }
  return value;
}

/** Reads a file of the hostile input corpus in test/fixtures/hostile. */
export function corpus<T>(name: string): T {
  const url = new URL(`../../fixtures/hostile/${name}.json`, import.meta.url);
  return expand(JSON.parse(readFileSync(url, 'utf8'))) as T;
}
