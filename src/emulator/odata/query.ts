/** Small parsers for $expand, $orderby and $top. Throw Error with a message on bad input. */

export class QuerySyntaxError extends Error {}

/** One `$expand` entry: `fields`, `fields($select=A,B)` or `fields(select=A,B)`. */
export interface ExpandEntry {
  name: string;
  select?: string[];
}

/** Parses `$expand`, splitting on top-level commas only. */
export function parseExpand(value: string): ExpandEntry[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth < 0) throw new QuerySyntaxError('Unbalanced parentheses in $expand.');
    } else if (ch === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new QuerySyntaxError('Unbalanced parentheses in $expand.');
  parts.push(value.slice(start));
  return parts.map((raw) => {
    const part = raw.trim();
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/.exec(part);
    if (!m?.[1]) throw new QuerySyntaxError(`Invalid $expand entry '${part}'.`);
    const inner = m[2];
    if (inner === undefined) return { name: m[1] };
    const sel = /^\s*\$?select\s*=\s*(.+?)\s*$/.exec(inner);
    if (!sel?.[1]) throw new QuerySyntaxError(`Only $select is supported inside $expand, got '${inner}'.`);
    return { name: m[1], select: sel[1].split(',').map((s) => s.trim()).filter(Boolean) };
  });
}

export interface OrderByEntry {
  path: string;
  desc: boolean;
}

/** Parses `$orderby=fields/A desc, fields/B`. */
export function parseOrderBy(value: string): OrderByEntry[] {
  return value.split(',').map((raw) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?\s*$/.exec(raw);
    if (!m?.[1]) throw new QuerySyntaxError(`Invalid $orderby clause '${raw.trim()}'.`);
    return { path: m[1], desc: m[2] === 'desc' };
  });
}

/** The documented page-size cap of Graph collections is 999 (Azure AD); we apply it to list items too. */
export const MAX_TOP = 999;

/** Parses `$top`: an integer 1..999. */
export function parseTop(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new QuerySyntaxError(`Invalid $top value '${value}'.`);
  const n = Number(value);
  if (n < 1 || n > MAX_TOP) throw new QuerySyntaxError(`$top must be between 1 and ${MAX_TOP}.`);
  return n;
}
