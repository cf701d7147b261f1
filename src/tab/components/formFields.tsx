import type { LabelGroup, LabelGroups } from '../../domain/labels';
import {
  CheckField,
  EnumChecksField,
  EnumField,
  OptionsField,
  TextAreaField,
  TextField,
} from './fields';
import { Wide } from './FormSection';
import type { useRecordForm } from './useRecordForm';

/**
 * The administrations a record form offers: those the user may write in, and the record's own
 * (shown, though locked, when the user may only read it).
 */
export function administrationChoices(
  administrations: readonly { id: string; name: string }[],
  writable: readonly string[],
  current: string | undefined,
): { value: string; text: string }[] {
  return administrations
    .filter((a) => writable.includes(a.id) || a.id === current)
    .map((a) => ({ value: a.id, text: a.name }));
}

/**
 * Renderers for the inputs of a record form, bound to the form state, so a form lists its fields
 * instead of wiring label/value/onChange/error/disabled for each.
 */
export function formFieldRenderers<F extends string>(
  form: ReturnType<typeof useRecordForm>,
  name: (field: F) => string,
  options: { readOnly: boolean; required: readonly F[] },
) {
  const valueOf = (field: F) => (form.values[field] as string | undefined) ?? '';
  const bound = (field: F) => ({
    label: name(field),
    error: form.errors[field],
    disabled: options.readOnly,
  });
  return {
    text: (field: F, type: 'text' | 'date' | 'number' = 'text') => (
      <TextField
        {...bound(field)}
        type={type}
        value={valueOf(field)}
        onChange={(value) => form.setField(field, value)}
        required={options.required.includes(field)}
      />
    ),
    area: (field: F) => (
      <Wide>
        <TextAreaField
          {...bound(field)}
          value={valueOf(field)}
          onChange={(value) => form.setField(field, value)}
        />
      </Wide>
    ),
    /** A select over the codes of a label group (the blank record gives it a value). */
    choice: <G extends LabelGroup>(field: F, group: G) => (
      <EnumField
        {...bound(field)}
        group={group}
        value={form.values[field] as LabelGroups[G]}
        onChange={(value) => form.setField(field, value)}
      />
    ),
    /** Checkboxes over the codes of a label group, for an array field. */
    checks: <G extends LabelGroup>(field: F, group: G) => (
      <EnumChecksField
        {...bound(field)}
        group={group}
        value={(form.values[field] as LabelGroups[G][] | undefined) ?? []}
        onChange={(value) => form.setField(field, value)}
      />
    ),
    check: (field: F) => (
      <CheckField
        {...bound(field)}
        value={form.values[field] === true}
        onChange={(value) => form.setField(field, value)}
      />
    ),
    /** The record's administration; `locked` once the record exists (it cannot move). */
    administration: (field: F, choices: { value: string; text: string }[], locked: boolean) => (
      <OptionsField
        {...bound(field)}
        disabled={options.readOnly || locked}
        value={valueOf(field)}
        options={choices}
        onChange={(value) => form.setField(field, value)}
      />
    ),
  };
}
