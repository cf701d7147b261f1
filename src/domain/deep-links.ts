import { z } from 'zod';

/**
 * Links into the tab: the one contract between the bot, which writes them on its cards, and the
 * tab, which opens them. Inside Teams the target travels as the deep link's `subEntityId` (the
 * tab reads it as `page.subPageId`); in a browser as the tab URL's query.
 */

/**
 * A place inside the tab that a link opens: the bot's reminder (a contact person's draft of the
 * yearly report) or a shared good example (a project's detail or an activity).
 */
export type DeepLinkTarget =
  | { feature: 'reporting'; administrationId: string; year: number }
  | { feature: 'projects' | 'activities'; administrationId: string; itemId: string };

// Ids are the organisation config's kebab-case ids and SharePoint's numeric item ids; anything
// else (paths, markup, huge strings) is not a target, so it never reaches a query or the DOM.
const administrationId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const itemId = z.string().regex(/^\d{1,12}$/);
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(2000).max(2100));

const targetSchema = z.discriminatedUnion('feature', [
  z.object({ feature: z.literal('reporting'), administrationId, year }),
  z.object({ feature: z.enum(['projects', 'activities']), administrationId, itemId }),
]);

/** Longer inputs are not links we make; refusing them early keeps parsing cheap. */
const maxLength = 512;

const recordFeature = { project: 'projects', activity: 'activities' } as const;
const recordKind = { projects: 'project', activities: 'activity' } as const;

/** The Teams `subEntityId` of a target (read back by {@link targetFromSubPageId}). */
export function subEntityIdOf(target: DeepLinkTarget): string {
  return target.feature === 'reporting'
    ? `submission/${target.administrationId}/${target.year}`
    : `good-example/${target.administrationId}/${recordKind[target.feature]}/${target.itemId}`;
}

/** The tab URL's query parameters of a target (read back by {@link targetFromSearch}). */
export function searchParamsOf(target: DeepLinkTarget): Record<string, string> {
  return target.feature === 'reporting'
    ? {
        feature: target.feature,
        administration: target.administrationId,
        year: String(target.year),
      }
    : { feature: target.feature, administration: target.administrationId, item: target.itemId };
}

/**
 * Reads the Teams sub-page id (`page.subPageId`, the bot's `subEntityId`):
 * `submission/<administrationId>/<year>` or `good-example/<administrationId>/<project|activity>/<itemId>`.
 */
export function targetFromSubPageId(subPageId: string | undefined): DeepLinkTarget | undefined {
  if (!subPageId || subPageId.length > maxLength) return undefined;
  const parts = subPageId.split('/');
  const [head, adm, third, fourth] = parts;
  if (head === 'submission' && parts.length === 3) {
    return validTarget({ feature: 'reporting', administrationId: adm, year: third });
  }
  if (
    head === 'good-example' &&
    parts.length === 4 &&
    (third === 'project' || third === 'activity')
  ) {
    return validTarget({ feature: recordFeature[third], administrationId: adm, itemId: fourth });
  }
  return undefined;
}

/**
 * Reads the tab URL's query outside Teams: `feature=reporting&administration=…&year=…` or
 * `feature=projects|activities&administration=…&item=…`.
 */
export function targetFromSearch(search: string): DeepLinkTarget | undefined {
  if (search.length > maxLength * 4) return undefined;
  const params = new URLSearchParams(search);
  return validTarget({
    feature: params.get('feature') ?? undefined,
    administrationId: params.get('administration') ?? undefined,
    year: params.get('year') ?? undefined,
    itemId: params.get('item') ?? undefined,
  });
}

/**
 * True when the query or the sub-page id asks for a place inside a page, so a link that cannot
 * be opened is told to the user instead of silently showing the default view.
 */
export function deepLinkRequested(search: string, subPageId: string | undefined): boolean {
  if (subPageId) return true;
  const params = new URLSearchParams(search.slice(0, maxLength * 4));
  return ['administration', 'item', 'year'].some((name) => params.has(name));
}

/** The target of a link: Teams' sub-page id first (inside Teams), else the URL's query. */
export function deepLinkTarget(
  search: string,
  subPageId: string | undefined,
): DeepLinkTarget | undefined {
  return subPageId ? targetFromSubPageId(subPageId) : targetFromSearch(search);
}

function validTarget(candidate: Record<string, string | undefined>): DeepLinkTarget | undefined {
  const parsed = targetSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
