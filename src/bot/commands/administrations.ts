import { editDistance, fold } from './text';

/** The part of an administration of the organisation config that the matcher needs. */
export interface AdministrationRef {
  id: string;
  name: string;
  shortName?: string | undefined;
}

/** The outcome of matching what a user typed against the organisation's administrations. */
export type AdministrationMatch =
  | { kind: 'match'; administrationId: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; suggestions: string[] };

// Words that name the kind of body rather than which one: "Utbildningsförvaltningen" and
// "utbildning" must both find the administration `utbildning`.
const GENERIC_SUFFIXES = ['forvaltningen', 'forvaltning', 'namnden', 'namnd', 'bolaget', 'ab'];
const MIN_PREFIX = 3;

const compact = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

function stem(text: string): string {
  let out = compact(text);
  for (const suffix of GENERIC_SUFFIXES) {
    if (out.length > suffix.length + 2 && out.endsWith(suffix)) {
      out = out.slice(0, -suffix.length);
      break;
    }
  }
  // Swedish compounds join with a genitive s: "utbildnings|förvaltningen".
  return out.length > 4 && out.endsWith('s') ? out.slice(0, -1) : out;
}

function words(admin: AdministrationRef): string[] {
  return [admin.id, admin.name, admin.shortName ?? '']
    .flatMap((key) => fold(key).split(/[^a-z0-9]+/))
    .filter((word) => word.length >= MIN_PREFIX && !GENERIC_SUFFIXES.includes(word));
}

function keys(admin: AdministrationRef): string[] {
  return [admin.id, admin.name, admin.shortName]
    .filter((key): key is string => Boolean(key))
    .map(stem);
}

/**
 * Finds the administration a user means, tolerant of case, diacritics, the generic suffix
 * ("-förvaltningen", "AB") and prefixes ("kultur" for Kultur- och fritidsförvaltningen).
 * Several hits give `ambiguous`; none gives `unknown` with the closest names as suggestions.
 */
export function matchAdministration(
  query: string,
  administrations: readonly AdministrationRef[],
): AdministrationMatch {
  const wanted = stem(query);
  if (wanted.length === 0) return { kind: 'unknown', suggestions: [] };

  const exact = administrations.filter((admin) => keys(admin).includes(wanted));
  if (exact.length === 1 && exact[0]) return { kind: 'match', administrationId: exact[0].id };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact.map((a) => a.id) };

  const byPrefix =
    wanted.length < MIN_PREFIX
      ? []
      : administrations.filter(
          (admin) =>
            keys(admin).some((key) => key.startsWith(wanted)) ||
            words(admin).some((word) => word.startsWith(wanted)),
        );
  if (byPrefix.length === 1 && byPrefix[0]) {
    return { kind: 'match', administrationId: byPrefix[0].id };
  }
  if (byPrefix.length > 1) return { kind: 'ambiguous', candidates: byPrefix.map((a) => a.id) };

  // Short words (abbreviations like "SBF") are too close to everything to suggest from.
  if (wanted.length < MIN_PREFIX) return { kind: 'unknown', suggestions: [] };
  const tolerance = wanted.length <= 4 ? 1 : Math.max(2, Math.floor(wanted.length / 4));
  const suggestions = administrations
    .map((admin) => ({
      id: admin.id,
      distance: Math.min(
        ...[...keys(admin), ...words(admin)].map((key) =>
          editDistance(wanted, key.slice(0, wanted.length + tolerance)),
        ),
      ),
    }))
    .filter((scored) => scored.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((scored) => scored.id);
  return { kind: 'unknown', suggestions };
}
