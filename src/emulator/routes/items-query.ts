import { badRequest } from '../errors.js';
import { parseIsoDate } from '../store/fields.js';
import { typeOf, type ColumnDefinition } from '../store/columns.js';
import type { ItemRecord } from '../store/items.js';
import { FilterSyntaxError, parseFilter, type FilterNode, type Literal } from '../odata/filter.js';
import { QuerySyntaxError, parseOrderBy } from '../odata/query.js';

type Kind = 'text' | 'number' | 'boolean' | 'date' | 'lookup';
type Value = string | number | boolean | undefined;

/** How to read one field of an item for $filter/$orderby. */
interface Accessor {
  name: string;
  kind: Kind;
  indexed: boolean;
  get(item: ItemRecord): Value;
}

const collator = new Intl.Collator('sv', { sensitivity: 'accent' });

/** The Prefer header value that lets SharePoint run queries on non-indexed columns. */
export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

function kindOf(c: ColumnDefinition): Kind {
  switch (typeOf(c)) {
    case 'number':
    case 'currency':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'dateTime':
      return 'date';
    case 'personOrGroup':
    case 'lookup':
      return 'lookup';
    default:
      return 'text';
  }
}

/** Resolves `fields/Name` to an accessor; 400 for anything else or unknown columns. */
function accessor(columns: ColumnDefinition[], path: string, lookupId: (actor: string) => number): Accessor {
  const m = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(path);
  if (!m?.[1]) throw badRequest(`Only 'fields/<column>' can be used in $filter and $orderby of list items, not '${path}'.`);
  const name = m[1];
  const column = (n: string) => columns.find((c) => c.name === n);
  if (name === 'id' || name === 'ID') {
    return { name, kind: 'number', indexed: true, get: (i) => i.id };
  }
  const builtIn: Record<string, (i: ItemRecord) => Value> = {
    Created: (i) => Date.parse(i.created),
    Modified: (i) => Date.parse(i.modified),
    AuthorLookupId: (i) => lookupId(i.author),
    EditorLookupId: (i) => lookupId(i.editor),
  };
  const builtInGet = builtIn[name];
  if (builtInGet) {
    const col = column(name.replace(/LookupId$/, ''));
    return { name, kind: name.endsWith('LookupId') ? 'lookup' : 'date', indexed: col?.indexed ?? false, get: builtInGet };
  }
  const direct = column(name);
  const viaLookup = name.endsWith('LookupId') ? column(name.slice(0, -8)) : undefined;
  const col = direct && !direct.personOrGroup && !direct.lookup ? direct : viaLookup?.personOrGroup || viaLookup?.lookup ? viaLookup : undefined;
  if (!col) throw badRequest(`Field '${name}' is not recognized as a column of this list.`);
  const kind = kindOf(col);
  const key = kind === 'lookup' ? `${col.name}LookupId` : col.name;
  return {
    name,
    kind,
    indexed: col.indexed,
    get: (i) => {
      const v = i.fields[key];
      if (v === undefined) return undefined;
      if (kind === 'date') return Date.parse(String(v));
      if (kind === 'lookup') return Number(v);
      return v;
    },
  };
}

function literalFor(acc: Accessor, lit: Literal): Value {
  const wrong = () => badRequest(`The value of the filter on field '${acc.name}' does not match the column type (${acc.kind}).`);
  if (lit.type === 'null') return undefined;
  switch (acc.kind) {
    case 'text':
      if (lit.type !== 'string') throw wrong();
      return lit.value;
    case 'number':
      if (lit.type === 'number') return lit.value;
      throw wrong();
    case 'lookup':
      if (lit.type === 'number') return lit.value;
      if (lit.type === 'string' && /^\d+$/.test(lit.value)) return Number(lit.value);
      throw wrong();
    case 'boolean':
      if (lit.type !== 'boolean') throw wrong();
      return lit.value;
    case 'date': {
      const iso = lit.type === 'string' || lit.type === 'datetime' ? parseIsoDate(lit.value) : undefined;
      if (!iso) throw wrong();
      return Date.parse(iso);
    }
  }
}

/** Typed comparison; undefined (no value) sorts first. */
export function compareValues(a: Value, b: Value): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ItemQuery {
  filter?: (item: ItemRecord) => boolean;
  /** Sort keys of an item: order-by values then id. */
  key(item: ItemRecord): Value[];
  directions: boolean[];
}

function checkIndexed(acc: Accessor, honorNonIndexed: boolean): void {
  if (!acc.indexed && !honorNonIndexed) {
    throw badRequest(
      `Field '${acc.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
}

/** Compiles $filter and $orderby for a list's items, applying SharePoint's indexed-column rule. */
export function compileItemQuery(
  columns: ColumnDefinition[],
  filterText: string | undefined,
  orderByText: string | undefined,
  honorNonIndexed: boolean,
  lookupId: (actor: string) => number,
): ItemQuery {
  let filter: ItemQuery['filter'];
  if (filterText !== undefined) {
    let ast: FilterNode;
    try {
      ast = parseFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw badRequest(`Invalid filter clause: ${e.message}`);
      throw e;
    }
    const build = (node: FilterNode): ((i: ItemRecord) => boolean) => {
      switch (node.kind) {
        case 'and': {
          const [l, r] = [build(node.left), build(node.right)];
          return (i) => l(i) && r(i);
        }
        case 'or': {
          const [l, r] = [build(node.left), build(node.right)];
          return (i) => l(i) || r(i);
        }
        case 'not': {
          const inner = build(node.operand);
          return (i) => !inner(i);
        }
        case 'startswith': {
          const acc = accessor(columns, node.path, lookupId);
          checkIndexed(acc, honorNonIndexed);
          if (acc.kind !== 'text') throw badRequest(`startswith is only supported on text fields, not on '${acc.name}'.`);
          const prefix = node.value.toLocaleLowerCase('sv');
          return (i) => {
            const v = acc.get(i);
            return typeof v === 'string' && v.toLocaleLowerCase('sv').startsWith(prefix);
          };
        }
        case 'compare': {
          const acc = accessor(columns, node.path, lookupId);
          checkIndexed(acc, honorNonIndexed);
          const lit = literalFor(acc, node.value);
          if (lit === undefined && node.op !== 'eq' && node.op !== 'ne') throw badRequest(`null can only be compared with eq or ne.`);
          const op = node.op;
          return (i) => {
            const v = acc.get(i);
            if (lit === undefined) return op === 'eq' ? v === undefined : v !== undefined;
            if (v === undefined) return op === 'ne';
            const c = compareValues(v, lit);
            switch (op) {
              case 'eq': return c === 0;
              case 'ne': return c !== 0;
              case 'lt': return c < 0;
              case 'le': return c <= 0;
              case 'gt': return c > 0;
              case 'ge': return c >= 0;
            }
          };
        }
      }
    };
    filter = build(ast);
  }
  let order: { acc: Accessor; desc: boolean }[] = [];
  if (orderByText !== undefined) {
    try {
      order = parseOrderBy(orderByText).map((o) => ({ acc: accessor(columns, o.path, lookupId), desc: o.desc }));
    } catch (e) {
      if (e instanceof QuerySyntaxError) throw badRequest(e.message);
      throw e;
    }
    for (const o of order) checkIndexed(o.acc, honorNonIndexed);
  }
  return {
    filter,
    key: (i) => [...order.map((o) => o.acc.get(i)), i.id],
    directions: [...order.map((o) => o.desc), false],
  };
}

/** Compares two sort keys with their directions. */
export function compareKeys(a: Value[], b: Value[], directions: boolean[]): number {
  for (let k = 0; k < directions.length; k += 1) {
    const c = compareValues(a[k], b[k]);
    if (c !== 0) return directions[k] ? -c : c;
  }
  return 0;
}
