import { assemblePackage } from '../../../manifest/build-package';
import { manifestConfigFromEnv } from '../../../manifest/config';

/** A manifest as parsed JSON, for tests that break one field. */
export type ManifestJson = Record<string, unknown> & {
  bots: Array<
    Record<string, unknown> & {
      commandLists: Array<{
        scopes: string[];
        commands: Array<{ title: string; description: string }>;
      }>;
    }
  >;
};

/** The package as `npm run package` assembles it with the local defaults, before validation. */
export async function localPackage(): Promise<Map<string, Uint8Array>> {
  const { files, errors } = await assemblePackage(manifestConfigFromEnv({}));
  if (errors.length > 0) throw new Error(`fixture package is broken: ${errors.join('; ')}`);
  return files;
}

/** Reads a JSON file of a package. */
export function readJson<T = ManifestJson>(
  files: ReadonlyMap<string, Uint8Array>,
  name: string,
): T {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`${name} is not in the package`);
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
}

/** A copy of `files` with `name` replaced by `value` (JSON-encoded unless already bytes). */
export function replaced(
  files: ReadonlyMap<string, Uint8Array>,
  name: string,
  value: unknown,
): Map<string, Uint8Array> {
  const copy = new Map(files);
  copy.set(name, value instanceof Uint8Array ? value : Buffer.from(JSON.stringify(value)));
  return copy;
}
