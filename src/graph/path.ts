/**
 * The one way `src/graph` writes a Graph path: a tagged template that encodes every interpolated
 * value as one path segment (`encodeURIComponent`), so an id with `/`, `?`, `#` or `,` can never
 * change which resource a request reaches. The literal parts are the path's fixed words and an
 * optional fixed query (`?$select=id`). A value interpolated into the query is encoded the same
 * way, as one query value (a whole `$filter` expression built by `odata.ts`).
 *
 * @example graphPath`/sites/${siteId}/lists/${listId}/items` // '/sites/host%2Cabc%2Cdef/lists/…'
 */
export function graphPath(
  strings: TemplateStringsArray,
  ...segments: readonly (string | number)[]
): string {
  return strings.reduce(
    (path, literal, i) =>
      path + literal + (i < segments.length ? encodeURIComponent(String(segments[i])) : ''),
    '',
  );
}
