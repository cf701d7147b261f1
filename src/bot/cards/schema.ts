import { z } from 'zod';

/**
 * A zod schema for the subset of Adaptive Cards 1.5 that the bot sends. It is not the official
 * JSON schema (no package for it is installed): it whitelists the element and action types we use,
 * rejects unknown properties (a typo would otherwise be silently ignored by Teams), pins
 * `version: '1.5'` (the highest version Teams renders) and requires `fallbackText` and `speak` so
 * every card can be read as text.
 */

const spacing = z.enum(['none', 'small', 'default', 'medium', 'large', 'extraLarge', 'padding']);
const color = z.enum(['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention']);
const containerStyle = z.enum(['default', 'emphasis', 'good', 'attention', 'warning', 'accent']);

const common = {
  id: z.string().min(1).optional(),
  spacing: spacing.optional(),
  separator: z.boolean().optional(),
  isVisible: z.boolean().optional(),
};

export const textBlockSchema = z.strictObject({
  type: z.literal('TextBlock'),
  text: z.string().min(1).max(4000),
  wrap: z.boolean().optional(),
  size: z.enum(['small', 'default', 'medium', 'large', 'extraLarge']).optional(),
  weight: z.enum(['lighter', 'default', 'bolder']).optional(),
  color: color.optional(),
  isSubtle: z.boolean().optional(),
  /** `heading` (1.5) lets screen readers announce the block as a heading. */
  style: z.enum(['default', 'heading']).optional(),
  ...common,
});

export const factSetSchema = z.strictObject({
  type: z.literal('FactSet'),
  facts: z
    .array(z.strictObject({ title: z.string().min(1).max(200), value: z.string().max(1000) }))
    .min(1),
  ...common,
});

export const openUrlActionSchema = z.strictObject({
  type: z.literal('Action.OpenUrl'),
  title: z.string().min(1).max(100),
  url: z.url({ protocol: /^https?$/ }),
});

/**
 * A button that runs a command: Teams and the Agents Playground both send an Action.Submit's
 * `data` back as the message activity's `value` (no text), which the bot reads as the command.
 * (`msteams.imBack` did nothing in the Playground, issue 18.) Titles stay short (at most 30).
 */
export const commandActionSchema = z.strictObject({
  type: z.literal('Action.Submit'),
  title: z.string().min(1).max(30),
  data: z.strictObject({ command: z.string().min(1).max(300) }),
});

export const actionSchema = z.discriminatedUnion('type', [
  openUrlActionSchema,
  commandActionSchema,
]);
export type CardAction = z.infer<typeof actionSchema>;

export const actionSetSchema = z.strictObject({
  type: z.literal('ActionSet'),
  actions: z.array(actionSchema).min(1).max(6),
  ...common,
});

/** A column of a ColumnSet: `stretch` takes the free width, `auto` fits its content. */
export interface CardColumn {
  type: 'Column';
  width: 'auto' | 'stretch' | number;
  items: CardElement[];
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}

export type CardElement =
  | z.infer<typeof textBlockSchema>
  | z.infer<typeof factSetSchema>
  | z.infer<typeof actionSetSchema>
  | {
      type: 'ColumnSet';
      columns: CardColumn[];
      id?: string;
      spacing?: z.infer<typeof spacing>;
      separator?: boolean;
      isVisible?: boolean;
    }
  | {
      type: 'Container';
      items: CardElement[];
      style?: z.infer<typeof containerStyle>;
      id?: string;
      spacing?: z.infer<typeof spacing>;
      separator?: boolean;
      isVisible?: boolean;
    };

export const elementSchema: z.ZodType<CardElement> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textBlockSchema,
    factSetSchema,
    actionSetSchema,
    z.strictObject({
      type: z.literal('ColumnSet'),
      columns: z
        .array(
          z.strictObject({
            type: z.literal('Column'),
            width: z.union([z.enum(['auto', 'stretch']), z.number().int().positive()]),
            items: z.array(elementSchema).min(1),
            verticalContentAlignment: z.enum(['top', 'center', 'bottom']).optional(),
          }),
        )
        .min(1),
      ...common,
    }),
    z.strictObject({
      type: z.literal('Container'),
      items: z.array(elementSchema).min(1),
      style: containerStyle.optional(),
      ...common,
    }),
  ]),
);

/** Teams refuses a message above about 28 KB; a card must stay well below it. */
export const MAX_CARD_BYTES = 24_000;

export const adaptiveCardSchema = z
  .strictObject({
    type: z.literal('AdaptiveCard'),
    $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json'),
    version: z.literal('1.5'),
    lang: z.enum(['sv', 'en']).optional(),
    body: z.array(elementSchema).min(1),
    actions: z.array(actionSchema).max(6).optional(),
    fallbackText: z.string().min(1).max(4000),
    speak: z.string().min(1).max(4000),
    msteams: z.strictObject({ width: z.literal('Full') }).optional(),
  })
  .refine((card) => Buffer.byteLength(JSON.stringify(card)) <= MAX_CARD_BYTES, {
    message: 'card-too-large',
  });
export type AdaptiveCard = z.infer<typeof adaptiveCardSchema>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
