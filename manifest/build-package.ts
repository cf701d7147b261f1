import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { ManifestConfig } from './config';
import { validatePackage, type PackageFiles } from './validate';

/**
 * Builds the Teams app package: fills `manifest.template.json` from the settings, validates the
 * result offline and zips it with the localization file and images.
 */

/** This folder: the template, `en.json` and the committed images live here. */
export const MANIFEST_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The files copied into the package as they are, beside the generated manifest.json. */
export const STATIC_FILES = [
  'en.json',
  'color.png',
  'outline.png',
  'sharepoint-preview.png',
] as const;

/** The name of the zip inside the output folder. */
export const PACKAGE_FILE = 'appPackage.zip';

/** The result of filling the template: the manifest, or the placeholders that had no value. */
export interface FilledTemplate {
  manifest: unknown;
  errors: string[];
}

/**
 * Replaces `{{NAME}}` in every string of the template (keys untouched) with `values[NAME]`.
 * Working on the parsed JSON, not the text, keeps a value with quotes from breaking the JSON.
 */
export function fillTemplate(
  template: unknown,
  values: Readonly<Record<string, string>>,
): FilledTemplate {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) missing.add(name);
        return value ?? placeholder;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const manifest = fill(template);
  return {
    manifest,
    errors: [...missing].map((name) => `manifest.template.json: no value for {{${name}}}`),
  };
}

/** Options of {@link buildPackage}. */
export interface BuildPackageOptions {
  config: ManifestConfig;
  /** Where the package files and `appPackage.zip` go (created when missing). */
  outDir: string;
  /** Where the template and static files are read from; this folder by default. */
  sourceDir?: string;
}

/** The outcome of {@link buildPackage}: `zipPath` only when there were no errors. */
export interface BuildPackageResult {
  errors: string[];
  files: PackageFiles;
  zipPath?: string;
}

/** Zips the package files at the zip root, as Teams expects (no folder inside the zip). */
export async function zipPackage(files: PackageFiles): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for identical input (reproducible packages).
  const date = new Date('2026-01-01T00:00:00Z');
  for (const [name, bytes] of files) zip.file(name, bytes, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Reads the template and static files and fills the template: the package's files before
 * validation, plus the problems met on the way (unfilled placeholders, unreadable files).
 */
export async function assemblePackage(
  config: ManifestConfig,
  sourceDir: string = MANIFEST_DIR,
): Promise<{ files: Map<string, Uint8Array>; errors: string[] }> {
  const templateText = await readFile(join(sourceDir, 'manifest.template.json'), 'utf8');
  const filled = fillTemplate(JSON.parse(templateText), config);
  const files = new Map<string, Uint8Array>();
  files.set('manifest.json', Buffer.from(`${JSON.stringify(filled.manifest, null, 2)}\n`));
  const errors = [...filled.errors];
  for (const name of STATIC_FILES) {
    try {
      files.set(name, await readFile(join(sourceDir, name)));
    } catch {
      errors.push(`${name}: cannot read ${join(sourceDir, name)}`);
    }
  }
  return { files, errors };
}

/**
 * Assembles the package, writes its files to `outDir`, validates them and, when valid, writes
 * `outDir/appPackage.zip`. An invalid package leaves no zip behind, so a stale one is never
 * uploaded by mistake.
 */
export async function buildPackage(options: BuildPackageOptions): Promise<BuildPackageResult> {
  const { files, errors } = await assemblePackage(options.config, options.sourceDir);
  errors.push(...(await validatePackage(files)));

  await mkdir(options.outDir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(options.outDir, name), bytes);
  const zipPath = join(options.outDir, PACKAGE_FILE);
  if (errors.length > 0) {
    await rm(zipPath, { force: true });
    return { errors, files };
  }
  await writeFile(zipPath, await zipPackage(files));
  return { errors, files, zipPath };
}
