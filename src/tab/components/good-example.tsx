import type { z } from 'zod';
import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CheckField, TextAreaField } from './fields';
import { Wide } from './FormSection';
import type { useRecordForm } from './useRecordForm';

/** The good-example fields that projects and activities share. */
interface GoodExampleShape {
  goodExample?: boolean | undefined;
  goodExampleSummary?: string | undefined;
}

/**
 * Adds the rule "a good example needs its public summary" to a record schema, for the forms.
 * The domain schemas (src/domain/records.ts) lack this refinement; the gallery and the report
 * skip a flag without a summary, so the form is where the user must be told.
 */
export function withGoodExampleRule<S extends z.ZodType<GoodExampleShape>>(schema: S): S {
  return schema.superRefine((record, ctx) => {
    if (record.goodExample === true && !record.goodExampleSummary?.trim()) {
      // Worded as zod's "required" (a string shorter than 1), like any other missing field.
      ctx.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        path: ['goodExampleSummary'],
        input: record.goodExampleSummary,
      });
    }
  }) as S;
}

/** Props: the record form, how to name its fields, and read-only state. */
export interface GoodExampleFieldsProps {
  form: ReturnType<typeof useRecordForm>;
  name: (field: 'goodExample' | 'goodExampleSummary') => string;
  readOnly: boolean;
}

/**
 * "Gott exempel" and, once ticked, its required public summary (max 1000 characters, the
 * domain's limit), with a note that the text is shown publicly.
 */
export function GoodExampleFields({ form, name, readOnly }: GoodExampleFieldsProps) {
  const { t } = useTranslation();
  const flagged = form.values.goodExample === true;
  return (
    <>
      <CheckField
        label={name('goodExample')}
        value={flagged}
        onChange={(x) => form.setField('goodExample', x)}
        disabled={readOnly}
      />
      {flagged && (
        <Wide>
          <TextAreaField
            label={name('goodExampleSummary')}
            value={(form.values.goodExampleSummary as string | undefined) ?? ''}
            onChange={(x) => form.setField('goodExampleSummary', x)}
            error={form.errors.goodExampleSummary}
            hint={t('goodExample.hint')}
            disabled={readOnly}
            required
          />
        </Wide>
      )}
    </>
  );
}

/** The "Gott exempel" badge of a flagged project or activity (nothing when not flagged). */
export function GoodExampleBadge({ record }: { record: GoodExampleShape }) {
  const { t } = useTranslation();
  if (record.goodExample !== true) return null;
  return (
    <Badge appearance="tint" color="success">
      {t('goodExample.badge')}
    </Badge>
  );
}
