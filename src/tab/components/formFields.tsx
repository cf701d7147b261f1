import { TextAreaField, TextField } from './fields';
import { Wide } from './FormSection';
import type { useRecordForm } from './useRecordForm';

/**
 * Renderers for the text-like inputs of a record form, bound to the form state, so a form lists
 * its fields instead of wiring value/onChange/error for each.
 */
export function formFieldRenderers<F extends string>(
  form: ReturnType<typeof useRecordForm>,
  name: (field: F) => string,
  options: { readOnly: boolean; required: readonly F[] },
) {
  const valueOf = (field: F) => (form.values[field] as string | undefined) ?? '';
  return {
    text: (field: F, type: 'text' | 'date' | 'number' = 'text') => (
      <TextField
        label={name(field)}
        type={type}
        value={valueOf(field)}
        onChange={(value) => form.setField(field, value)}
        error={form.errors[field]}
        disabled={options.readOnly}
        required={options.required.includes(field)}
      />
    ),
    area: (field: F) => (
      <Wide>
        <TextAreaField
          label={name(field)}
          value={valueOf(field)}
          onChange={(value) => form.setField(field, value)}
          error={form.errors[field]}
          disabled={options.readOnly}
        />
      </Wide>
    ),
  };
}
