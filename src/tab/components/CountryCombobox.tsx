import { useMemo, useState } from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { countryCodes, countryName, parseCountry } from '../../domain/labels';
import { useLocale } from './useLocale';

/** Props: the label, the stored ISO code, and the message next to the field. */
export interface CountryFieldProps {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * A country as its name in the user's language, stored as its ISO code: pick from the list, or
 * type a name in Swedish or English (or a code) and leave the field. Something that names no
 * country stays as typed, and the form's validation names the field.
 */
export default function CountryCombobox(props: CountryFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useMemo(
    () =>
      countryCodes
        .map((code) => ({ code, name: countryName(locale, code) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [locale],
  );
  const shown = props.value ? countryName(locale, props.value) : '';
  const [typed, setTyped] = useState<string>();
  const text = typed ?? shown;
  const query = text.trim().toLocaleLowerCase(locale);
  const matches =
    typed === undefined || query === ''
      ? options
      : options.filter((o) => o.name.toLocaleLowerCase(locale).includes(query));
  const commit = () => {
    if (typed === undefined) return;
    const code = parseCountry(typed);
    // An unknown name is kept as typed so nothing is lost; validation then names the field.
    props.onChange(code ?? typed);
    setTyped(undefined);
  };
  return (
    <Field
      label={props.label}
      {...(props.error
        ? { validationMessage: props.error, validationState: 'error' as const }
        : {})}
    >
      <Combobox
        freeform
        disabled={props.disabled}
        value={text}
        selectedOptions={props.value ? [props.value] : []}
        onChange={(event) => setTyped(event.target.value)}
        onOptionSelect={(_, d) => {
          setTyped(undefined);
          if (d.optionValue) props.onChange(d.optionValue);
        }}
        onBlur={commit}
      >
        {matches.length === 0 ? (
          <Option disabled value="" text="">
            {t('common.noCountry')}
          </Option>
        ) : (
          matches.map((o) => (
            <Option key={o.code} value={o.code} text={o.name}>
              {o.name}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
