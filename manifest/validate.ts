import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';

/**
 * Validation of an app package before it is zipped: the official JSON schema (the copy bundled
 * in `@microsoft/app-manifest`, never fetched), the localization files, and the rules Teams
 * checks on upload that no schema expresses: icon sizes, a white-on-transparent outline icon,
 * every referenced file present, tab URLs on a valid domain.
 */

/** The files of a package: name at the zip root → bytes. */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

type Json = Record<string, unknown>;
type ValidatableManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type ValidatableSchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const OFFICIAL_SCHEMA_BASE = 'https://developer.microsoft.com/json-schemas/';
const require = createRequire(import.meta.url);
const APP_MANIFEST_ROOT = dirname(require.resolve('@microsoft/app-manifest/package.json'));

/**
 * The file inside `@microsoft/app-manifest` that holds the official schema published at `url`
 * (`https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json` →
 * `build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json`), or undefined for other URLs.
 */
export function bundledSchemaPath(url: string): string | undefined {
  if (!url.startsWith(OFFICIAL_SCHEMA_BASE)) return undefined;
  const rest = url.slice(OFFICIAL_SCHEMA_BASE.length);
  if (!/^teams\/v[\w.]+\/[\w.]+\.schema\.json$/.test(rest)) return undefined;
  return join(APP_MANIFEST_ROOT, 'build', 'json-schemas', rest);
}

const schemaCache = new Map<string, Promise<ValidatableSchema>>();

/**
 * Repairs what the published schemas get wrong for a JavaScript validator. The first two
 * replacements mirror the library's own loader: `\a` and `\v` escapes that JSON.parse rejects
 * (OfficeDev/microsoft-teams-app-schema#190). The third is ours: the localization schema's
 * `activities.activityTypes[…\b]` patterns have an unescaped `]`, which Ajv's unicode-mode
 * RegExp rejects ("Lone quantifier brackets"), so escaping it keeps the meaning.
 */
function repairSchemaText(text: string): string {
  return text
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
}

/**
 * Loads a bundled official schema (repaired, see {@link repairSchemaText}).
 * @throws when `url` names no schema bundled in the installed `@microsoft/app-manifest`.
 */
export function loadBundledSchema(url: string): Promise<ValidatableSchema> {
  const path = bundledSchemaPath(url);
  if (!path) {
    return Promise.reject(
      new Error(`${url} is not an official schema URL (${OFFICIAL_SCHEMA_BASE}teams/…)`),
    );
  }
  let schema = schemaCache.get(path);
  if (!schema) {
    schema = readFile(path, 'utf8').then(
      (text) => JSON.parse(repairSchemaText(text)) as ValidatableSchema,
      () => {
        throw new Error(`${url} is not bundled in @microsoft/app-manifest (looked for ${path})`);
      },
    );
    schemaCache.set(path, schema);
  }
  return schema;
}

/** Schema validation offline: the schema is passed in, so the library never fetches it. */
async function validateAgainstBundledSchema(file: string, document: Json): Promise<string[]> {
  const url = document.$schema;
  if (typeof url !== 'string') return [`${file}: $schema is missing`];
  let schema: ValidatableSchema;
  try {
    schema = await loadBundledSchema(url);
  } catch (error) {
    return [`${file}: $schema ${(error as Error).message}`];
  }
  let failures: string[];
  try {
    failures = await AppManifestUtils.validateAgainstSchema(
      document as unknown as ValidatableManifest,
      schema,
    );
  } catch (error) {
    return [`${file}: the schema at ${url} cannot be compiled (${(error as Error).message})`];
  }
  return failures.map((failure) => `${file}: schema: ${failure.trim() || '(root)'}`);
}

function parseJson(files: PackageFiles, name: string, errors: string[]): Json | undefined {
  const bytes = files.get(name);
  if (!bytes) {
    errors.push(`${name}: missing from the package`);
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
    errors.push(`${name}: not a JSON object`);
  } catch (error) {
    errors.push(`${name}: not valid JSON (${(error as Error).message})`);
  }
  return undefined;
}

/** `value` if it is an array, else none: the schema reports wrong types, we just go on. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Reads `bots[0].commandLists[1].commands[2].title` (the localization key syntax) from `root`. */
export function readKeyPath(root: unknown, key: string): unknown {
  let node = root;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The localization keys of the manifest's translatable strings that this app uses: name,
 * description and its features, static tab names and bot commands.
 */
export function localizableKeys(manifest: Json): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  list(readKeyPath(manifest, 'description.features')).forEach((_, i) => {
    keys.push(`description.features[${i}].title`, `description.features[${i}].description`);
  });
  list(manifest.staticTabs).forEach((_, i) => keys.push(`staticTabs[${i}].name`));
  list(manifest.bots).forEach((bot, b) => {
    list(readKeyPath(bot, 'commandLists')).forEach((commandList, l) => {
      list(readKeyPath(commandList, 'commands')).forEach((_, c) => {
        const prefix = `bots[${b}].commandLists[${l}].commands[${c}]`;
        keys.push(`${prefix}.title`, `${prefix}.description`);
      });
    });
  });
  return keys.filter((key) => typeof readKeyPath(manifest, key) === 'string');
}

async function validateLocalizations(manifest: Json, files: PackageFiles): Promise<string[]> {
  const languages = list(readKeyPath(manifest, 'localizationInfo.additionalLanguages'));
  const expected = localizableKeys(manifest);
  const errors: string[] = [];
  for (const language of languages) {
    const file = String(readKeyPath(language, 'file'));
    const translation = parseJson(files, file, errors);
    if (!translation) continue;
    errors.push(...(await validateAgainstBundledSchema(file, translation)));
    const keys = Object.keys(translation).filter(
      (k) => k !== '$schema' && k !== 'localizationKeys',
    );
    for (const key of expected) {
      if (!keys.includes(key)) errors.push(`${file}: missing translation of ${key}`);
    }
    for (const key of keys) {
      if (!expected.includes(key))
        errors.push(`${file}: ${key} matches no string in manifest.json`);
    }
  }
  return errors;
}

function checkPng(
  files: PackageFiles,
  field: string,
  file: unknown,
  size: { width: number; height: number },
): { errors: string[]; bytes?: Uint8Array } {
  if (typeof file !== 'string') return { errors: [] }; // the schema reports a missing field
  const bytes = files.get(file);
  if (!bytes) return { errors: [`${field}: ${file} is missing from the package`] };
  try {
    const { width, height } = PNG.sync.read(Buffer.from(bytes));
    if (width !== size.width || height !== size.height) {
      return {
        errors: [`${field}: ${file} is ${width}x${height}, expected ${size.width}x${size.height}`],
      };
    }
    return { errors: [], bytes };
  } catch (error) {
    return { errors: [`${field}: ${file} is not a readable PNG: ${(error as Error).message}`] };
  }
}

/**
 * The outline icon must be white on a transparent background (Teams docs, "App icons"):
 * transparent corners and every visible pixel pure white; anti-aliasing lives in alpha only.
 */
export function checkOutlineIcon(
  file: string,
  image: Pick<PNG, 'width' | 'height' | 'data'>,
): string[] {
  const { width, height, data: rgba } = image;
  const alpha = (x: number, y: number) => rgba[(y * width + x) * 4 + 3] ?? 0;
  const errors: string[] = [];
  const corners: Array<[number, number]> = [
    [0, 0],
    [width - 1, 0],
    [0, height - 1],
    [width - 1, height - 1],
  ];
  const opaqueCorner = corners.find(([x, y]) => alpha(x, y) !== 0);
  if (opaqueCorner) {
    const [x, y] = opaqueCorner;
    errors.push(
      `icons.outline: ${file} must have a transparent background (pixel ${x},${y} has alpha ${alpha(x, y)})`,
    );
  }
  let coloured = 0;
  let first = '';
  for (let i = 0; i < width * height; i++) {
    const [r, g, b, a] = rgba.subarray(i * 4, i * 4 + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      coloured++;
      if (!first) {
        const colour = [r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('');
        first = `${i % width},${Math.floor(i / width)} is #${colour.toUpperCase()}`;
      }
    }
  }
  if (coloured > 0) {
    errors.push(
      `icons.outline: ${file} must be white only; ${coloured} visible pixels are not (${first})`,
    );
  }
  return errors;
}

function validateImages(manifest: Json, files: PackageFiles): string[] {
  const outlineFile = readKeyPath(manifest, 'icons.outline');
  const color = checkPng(files, 'icons.color', readKeyPath(manifest, 'icons.color'), {
    width: 192,
    height: 192,
  });
  const outline = checkPng(files, 'icons.outline', outlineFile, { width: 32, height: 32 });
  const errors = [...color.errors, ...outline.errors];
  if (outline.bytes) {
    try {
      errors.push(
        ...checkOutlineIcon(String(outlineFile), PNG.sync.read(Buffer.from(outline.bytes))),
      );
    } catch (error) {
      errors.push(`icons.outline: ${String(outlineFile)}: ${(error as Error).message}`);
    }
  }
  list(manifest.configurableTabs).forEach((tab, i) => {
    const image = readKeyPath(tab, 'sharePointPreviewImage');
    if (image === undefined) return;
    const field = `configurableTabs[${i}].sharePointPreviewImage`;
    errors.push(...checkPng(files, field, image, { width: 1024, height: 768 }).errors);
  });
  return errors;
}

/** Teams loads tab pages only from `validDomains`; a missing entry shows a blank tab. */
function validateTabDomains(manifest: Json): string[] {
  const domains = list(manifest.validDomains).map(String);
  const matches = (host: string) =>
    domains.some((d) => d === host || (d.startsWith('*.') && host.endsWith(d.slice(1))));
  const urls: Array<[string, unknown]> = [];
  const each = (tabs: unknown, name: string, fields: string[]) =>
    list(tabs).forEach((tab, i) =>
      fields.forEach((f) => urls.push([`${name}[${i}].${f}`, readKeyPath(tab, f)])),
    );
  each(manifest.staticTabs, 'staticTabs', ['contentUrl', 'websiteUrl']);
  each(manifest.configurableTabs, 'configurableTabs', ['configurationUrl']);
  const errors: string[] = [];
  for (const [field, url] of urls) {
    if (typeof url !== 'string') continue;
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      continue; // the schema reports malformed URLs
    }
    if (!matches(host)) errors.push(`${field}: host ${host} is not in validDomains`);
  }
  return errors;
}

/**
 * Validates an app package offline and returns every problem found (empty = valid), each
 * prefixed with the file or manifest field it concerns.
 */
export async function validatePackage(files: PackageFiles): Promise<string[]> {
  const errors: string[] = [];
  const manifest = parseJson(files, 'manifest.json', errors);
  if (!manifest) return errors;
  errors.push(...(await validateAgainstBundledSchema('manifest.json', manifest)));
  errors.push(...(await validateLocalizations(manifest, files)));
  errors.push(...validateImages(manifest, files));
  errors.push(...validateTabDomains(manifest));
  return errors;
}
