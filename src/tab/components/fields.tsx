import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { label, labelCodes, type LabelGroup, type LabelGroups } from '../../domain/labels';
import { useLocale } from './useLocale';

/** Props every field shares: its label, the message next to it, and read-only state. */
interface BaseProps {
  label: string;
  error?: string | undefined;
  disabled?: boolean;
  required?: boolean;
  hint?: string;
}

function fieldProps({ label: text, error, required, hint }: BaseProps) {
  return {
    label: text,
    ...(error ? { validationMessage: error, validationState: 'error' as const } : {}),
    ...(required ? { required: true } : {}),
    ...(hint ? { hint } : {}),
  };
}

/** A one-line text input; `type="date"` gives the browser's date picker with ISO values. */
export function TextField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'number';
  },
) {
  return (
    <Field {...fieldProps(props)}>
      <Input
        type={props.type ?? 'text'}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

/** A multi-line text input. */
export function TextAreaField(
  props: BaseProps & { value: string; onChange: (value: string) => void },
) {
  return (
    <Field {...fieldProps(props)}>
      <Textarea
        value={props.value}
        disabled={props.disabled}
        resize="vertical"
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

/** A select over the codes of a domain label group, shown in the user's language. */
export function EnumField<G extends LabelGroup>(
  props: BaseProps & {
    group: G;
    value: LabelGroups[G];
    onChange: (value: LabelGroups[G]) => void;
    codes?: readonly LabelGroups[G][];
  },
) {
  const locale = useLocale();
  const codes = props.codes ?? labelCodes(props.group);
  return (
    <Field {...fieldProps(props)}>
      <Select
        value={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value as LabelGroups[G])}
      >
        {codes.map((code) => (
          <option key={code} value={code}>
            {label(locale, props.group, code)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A select over free options (administrations, projects). */
export function OptionsField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; text: string }[];
  },
) {
  return (
    <Field {...fieldProps(props)}>
      <Select
        value={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A yes/no checkbox. */
export function CheckField(
  props: BaseProps & { value: boolean; onChange: (value: boolean) => void },
) {
  return (
    <Field {...fieldProps({ ...props, label: '' })}>
      <Checkbox
        label={props.label}
        checked={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.checked === true)}
      />
    </Field>
  );
}

/** A group of checkboxes over a domain label group (sustainability, strategy means). */
export function EnumChecksField<G extends LabelGroup>(
  props: BaseProps & {
    group: G;
    value: readonly LabelGroups[G][];
    onChange: (value: LabelGroups[G][]) => void;
  },
) {
  const locale = useLocale();
  const codes = labelCodes(props.group);
  return (
    <fieldset>
      <legend>{props.label}</legend>
      {codes.map((code) => (
        <Checkbox
          key={code}
          label={label(locale, props.group, code)}
          checked={props.value.includes(code)}
          disabled={props.disabled}
          onChange={(_, d) =>
            props.onChange(
              d.checked === true ? [...props.value, code] : props.value.filter((c) => c !== code),
            )
          }
        />
      ))}
      {props.error && <div role="alert">{props.error}</div>}
    </fieldset>
  );
}
