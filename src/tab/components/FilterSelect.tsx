import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Props: the label, the selected value (undefined = all) and the options. */
export interface FilterSelectProps {
  label: string;
  value: string | undefined;
  options: readonly { value: string; text: string }[];
  onChange: (value: string | undefined) => void;
}

/** A labelled filter select whose first option, "Alla", clears the filter. */
export function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      <Select value={value ?? ''} onChange={(_, d) => onChange(d.value || undefined)}>
        <option value="">{t('common.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
