/**
 * A safe OData `$filter` builder. Values are always rendered as literals (strings quoted with
 * single quotes doubled, as OData ABNF requires), field names are checked against a strict
 * pattern, so user text can never change the shape of a query: `eq('title', "' or 1 eq 1")`
 * stays one comparison. Filters are trees rendered late, so the repository can map domain field
 * names onto SharePoint paths (`fields/status`) and see which columns a query touches.
 */

/** A literal value of a comparison. Dates are ISO strings; `null` tests for an empty field. */
export type ODataValue = string | number | boolean | null;

type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A filter expression tree. Build it with `eq`, `and`, ...; render with `renderFilter`. */
export type ODataFilter =
  | { readonly kind: 'compare'; readonly op: Comparison; readonly field: string; readonly value: ODataValue }
  | { readonly kind: 'startsWith'; readonly field: string; readonly value: string }
  | { readonly kind: 'logical'; readonly op: 'and' | 'or'; readonly operands: readonly ODataFilter[] }
  | { readonly kind: 'not'; readonly operand: ODataFilter };

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;

function checkField(field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`Invalid OData field name: ${JSON.stringify(field)}`);
  return field;
}

/** Renders a literal: strings quoted with `'` doubled; numbers must be finite. */
export function literal(value: ODataValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Invalid OData number: ${value}`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

const compare =
  (op: Comparison) =>
  (field: string, value: ODataValue): ODataFilter => ({ kind: 'compare', op, field: checkField(field), value });

/** `field eq value` */
export const eq = compare('eq');
/** `field ne value` */
export const ne = compare('ne');
/** `field gt value` */
export const gt = compare('gt');
/** `field ge value` */
export const ge = compare('ge');
/** `field lt value` */
export const lt = compare('lt');
/** `field le value` */
export const le = compare('le');

/** `startswith(field, 'value')` */
export function startsWith(field: string, value: string): ODataFilter {
  return { kind: 'startsWith', field: checkField(field), value };
}

/** All operands must hold; one operand is returned as is. */
export function and(...operands: ODataFilter[]): ODataFilter {
  return logical('and', operands);
}

/** One operand must hold. */
export function or(...operands: ODataFilter[]): ODataFilter {
  return logical('or', operands);
}

/** Negation. */
export function not(operand: ODataFilter): ODataFilter {
  return { kind: 'not', operand };
}

function logical(op: 'and' | 'or', operands: ODataFilter[]): ODataFilter {
  if (operands.length === 0) throw new Error(`OData ${op}() needs at least one operand`);
  if (operands.length === 1) return operands[0] as ODataFilter;
  return { kind: 'logical', op, operands };
}

/**
 * Renders the filter as `$filter` text. `fieldPath` maps each field name (e.g. to `fields/x`).
 * The result is plain text; URL-encode it when putting it in a query string.
 */
export function renderFilter(filter: ODataFilter, fieldPath: (field: string) => string = (f) => f): string {
  switch (filter.kind) {
    case 'compare':
      return `${fieldPath(filter.field)} ${filter.op} ${literal(filter.value)}`;
    case 'startsWith':
      return `startswith(${fieldPath(filter.field)},${literal(filter.value)})`;
    case 'not':
      return `not (${renderFilter(filter.operand, fieldPath)})`;
    case 'logical':
      return filter.operands.map((o) => `(${renderFilter(o, fieldPath)})`).join(` ${filter.op} `);
  }
}

/** The field names a filter refers to (for the indexed-column check). */
export function fieldsOf(filter: ODataFilter): string[] {
  switch (filter.kind) {
    case 'compare':
    case 'startsWith':
      return [filter.field];
    case 'not':
      return fieldsOf(filter.operand);
    case 'logical':
      return [...new Set(filter.operands.flatMap(fieldsOf))];
  }
}

/** An `$orderby` clause on one field. */
export interface OrderBy {
  field: string;
  direction?: 'asc' | 'desc';
}

/** Renders `$orderby` text with the same field mapping as filters. */
export function renderOrderBy(orderBy: readonly OrderBy[], fieldPath: (field: string) => string = (f) => f): string {
  return orderBy.map((o) => `${fieldPath(checkField(o.field))}${o.direction === 'desc' ? ' desc' : ''}`).join(',');
}
