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
