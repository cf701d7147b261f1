import { badRequest } from '../errors.js';

/** The type facets a columnDefinition can have (exactly one per column). */
export const COLUMN_TYPES = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'currency',
  'personOrGroup',
  'lookup',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A columnDefinition as Graph returns it; the type facet is one of COLUMN_TYPES. */
export interface ColumnDefinition {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  enforceUniqueValues: boolean;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  required: boolean;
  text?: { allowMultipleLines: boolean; appendChangesToExistingText: boolean; linesForEditing: number; maxLength: number };
  number?: { decimalPlaces: string; displayAs: string; maximum?: number; minimum?: number };
  boolean?: Record<string, never>;
  dateTime?: { displayAs: string; format: 'dateOnly' | 'dateTime' };
  choice?: { allowTextEntry: boolean; choices: string[]; displayAs: string };
  currency?: { locale: string };
  personOrGroup?: { allowMultipleSelection: boolean; chooseFromType: string; displayAs: string };
  lookup?: { allowMultipleValues: boolean; allowUnlimitedLength: boolean; columnName: string; listId: string };
}

export const typeOf = (c: ColumnDefinition): ColumnType =>
  COLUMN_TYPES.find((t) => c[t] !== undefined) ?? 'text';

/** Read-only built-in field names of every generic list (writing them is refused). */
export const READ_ONLY_FIELDS = new Set(
  ['ID', 'id', 'Created', 'Modified', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', 'ContentType', 'Attachments', '_UIVersionString'].map((n) =>
    n.toLowerCase(),
  ),
);

const base = (name: string, over: Partial<ColumnDefinition>): Omit<ColumnDefinition, 'id'> => ({
  name,
  displayName: name,
  description: '',
  columnGroup: 'Custom Columns',
  enforceUniqueValues: false,
  hidden: false,
  indexed: false,
  readOnly: false,
  required: false,
  ...over,
});

/**
 * The built-in columns of a genericList. Only ID is indexed (SharePoint indexes nothing else by
 * default). Title is required, as in a new SharePoint custom list.
 */
export const BUILT_IN_COLUMNS: ReadonlyArray<Omit<ColumnDefinition, 'id'>> = [
  base('Title', {
    required: true,
    columnGroup: 'Custom Columns',
    text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 },
  }),
  base('ID', { readOnly: true, indexed: true, columnGroup: '_Hidden', number: { decimalPlaces: 'none', displayAs: 'number' } }),
  base('Created', { readOnly: true, columnGroup: '_Hidden', dateTime: { displayAs: 'default', format: 'dateTime' } }),
  base('Modified', { readOnly: true, columnGroup: '_Hidden', dateTime: { displayAs: 'default', format: 'dateTime' } }),
  base('Author', {
    readOnly: true,
    displayName: 'Created By',
    columnGroup: '_Hidden',
    personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' },
  }),
  base('Editor', {
    readOnly: true,
    displayName: 'Modified By',
    columnGroup: '_Hidden',
    personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' },
  }),
  base('ContentType', { readOnly: true, displayName: 'Content Type', columnGroup: '_Hidden', text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 } }),
  base('Attachments', { readOnly: true, columnGroup: '_Hidden', boolean: {} }),
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const ALLOWED_KEYS = new Set([
  'name', 'displayName', 'description', 'columnGroup', 'enforceUniqueValues', 'hidden', 'indexed', 'required', ...COLUMN_TYPES,
]);

function bool(input: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const v = input[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw badRequest(`Invalid value for property '${key}': expected a boolean.`);
  return v;
}

function facetOf(input: Record<string, unknown>, type: ColumnType): Record<string, unknown> {
  const facet = input[type];
  if (!isRecord(facet)) throw badRequest(`Invalid value for property '${type}': expected an object.`);
  return facet;
}

function num(facet: Record<string, unknown>, key: string): number | undefined {
  const v = facet[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badRequest(`Invalid value for property '${key}': expected a number.`);
  return v;
}

/** Validates a POSTed columnDefinition and fills Graph's defaults; 400 names the bad property. */
export function parseColumnDefinition(input: unknown): Omit<ColumnDefinition, 'id'> {
  if (!isRecord(input)) throw badRequest('A column definition must be an object.');
  for (const key of Object.keys(input)) {
    if (!ALLOWED_KEYS.has(key) && !key.startsWith('@odata.')) throw badRequest(`Property '${key}' is not supported on columnDefinition.`);
  }
  const name = input.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw badRequest(`Invalid column name '${String(name)}': use letters, digits and '_' and start with a letter.`);
  }
  const types = COLUMN_TYPES.filter((t) => input[t] !== undefined);
  // Strict: Graph infers nothing useful without a facet, so require exactly one.
  if (types.length !== 1) throw badRequest(`Column '${name}' must have exactly one type facet (${COLUMN_TYPES.join(', ')}).`);
  const type = types[0] as ColumnType;
  const facet = facetOf(input, type);
  const def = base(name, {
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    description: typeof input.description === 'string' ? input.description : '',
    columnGroup: typeof input.columnGroup === 'string' ? input.columnGroup : 'Custom Columns',
    enforceUniqueValues: bool(input, 'enforceUniqueValues', false),
    hidden: bool(input, 'hidden', false),
    indexed: bool(input, 'indexed', false),
    required: bool(input, 'required', false),
  });
  // SharePoint: unique values need an index.
  if (def.enforceUniqueValues && !def.indexed) def.indexed = true;
  switch (type) {
    case 'text': {
      const maxLength = num(facet, 'maxLength') ?? 255;
      if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 255) throw badRequest(`Invalid maxLength for column '${name}': 1..255.`);
      def.text = {
        allowMultipleLines: bool(facet, 'allowMultipleLines', false),
        appendChangesToExistingText: bool(facet, 'appendChangesToExistingText', false),
        linesForEditing: num(facet, 'linesForEditing') ?? 0,
        maxLength,
      };
      if (def.text.allowMultipleLines && def.indexed) throw badRequest(`Column '${name}': multiple lines of text cannot be indexed.`);
      break;
    }
    case 'number':
    case 'currency': {
      const minimum = num(facet, 'minimum');
      const maximum = num(facet, 'maximum');
      if (minimum !== undefined && maximum !== undefined && minimum > maximum) throw badRequest(`Column '${name}': minimum is greater than maximum.`);
      if (type === 'number') {
        def.number = {
          decimalPlaces: typeof facet.decimalPlaces === 'string' ? facet.decimalPlaces : 'automatic',
          displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'number',
          ...(minimum !== undefined ? { minimum } : {}),
          ...(maximum !== undefined ? { maximum } : {}),
        };
      } else def.currency = { locale: typeof facet.locale === 'string' ? facet.locale : 'sv-SE' };
      break;
    }
    case 'boolean':
      def.boolean = {};
      break;
    case 'dateTime': {
      const format = facet.format ?? 'dateTime';
      if (format !== 'dateOnly' && format !== 'dateTime') throw badRequest(`Invalid dateTime format for column '${name}'.`);
      def.dateTime = { displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'default', format };
      break;
    }
    case 'choice': {
      const choices = facet.choices;
      if (!Array.isArray(choices) || choices.length === 0 || !choices.every((c) => typeof c === 'string')) {
        throw badRequest(`Column '${name}': choice.choices must be a non-empty array of strings.`);
      }
      def.choice = {
        allowTextEntry: bool(facet, 'allowTextEntry', false),
        choices: choices as string[],
        displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'dropDownMenu',
      };
      break;
    }
    case 'personOrGroup':
      def.personOrGroup = {
        allowMultipleSelection: bool(facet, 'allowMultipleSelection', false),
        chooseFromType: typeof facet.chooseFromType === 'string' ? facet.chooseFromType : 'peopleOnly',
        displayAs: typeof facet.displayAs === 'string' ? facet.displayAs : 'nameWithPresence',
      };
      break;
    case 'lookup': {
      if (typeof facet.listId !== 'string' || facet.listId === '') throw badRequest(`Column '${name}': lookup.listId is required.`);
      def.lookup = {
        allowMultipleValues: bool(facet, 'allowMultipleValues', false),
        allowUnlimitedLength: false,
        columnName: typeof facet.columnName === 'string' ? facet.columnName : 'Title',
        listId: facet.listId,
      };
      break;
    }
  }
  return def;
}
