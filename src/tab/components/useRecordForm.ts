import { useState } from 'react';
import type { z } from 'zod';
import { ConflictError } from '../../graph/errors';
import { classifyError } from '../data/errors';
import { draftKey, useDraft } from './useDraft';
import {
  inputFieldsOf,
  reapplyEdits,
  toFormValues,
  validateForm,
  fromFormValues,
  type FormValues,
} from './form-model';
import { useLocale } from './useLocale';
import { recordKey } from './useRecordView';

/** What a record form needs to know about its record type. */
export interface RecordFormSpec<S extends z.ZodType> {
  kind: string;
  schema: S;
  numberFields: readonly string[];
  textFields: readonly string[];
}

/**
 * The spec of a form over an object schema, its number and text inputs read from the schema, so
 * a field added to the schema needs no list here.
 */
export function recordFormSpec<S extends z.ZodObject>(kind: string, schema: S): RecordFormSpec<S> {
  return { kind, schema, ...inputFieldsOf(schema) };
}

/** Options: the record being edited (undefined for a new one), the user, and the save command. */
export interface RecordFormOptions<T> {
  record:
    | (Record<string, unknown> & { id?: string; etag?: string; administrationId?: string })
    | undefined;
  blank: () => Record<string, unknown>;
  user: string;
  save: (input: T, existing?: { id?: string; etag?: string }) => Promise<T>;
  onSaved: (saved: T) => void;
}

/**
 * The state of a record form (the `useX` hook of the Fluent pattern): values kept as a draft in
 * localStorage, per-field validation in the user's language, save with the eTag the form was
 * opened with, and a 412 conflict kept with both versions so nothing typed is lost.
 */
export function useRecordForm<S extends z.ZodType>(
  spec: RecordFormSpec<S>,
  options: RecordFormOptions<z.infer<S>>,
) {
  const locale = useLocale();
  const { record } = options;
  const key = draftKey(spec.kind, record ? recordKey(record) : undefined, options.user);
  const { draft, restored, update, clear } = useDraft<FormValues>(key, () => ({
    values: toFormValues(record ?? options.blank(), spec.textFields),
    ...(record ? { base: record } : {}),
    ...(record?.etag ? { etag: record.etag } : {}),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [conflict, setConflict] = useState<Record<string, unknown>>();
  const [saving, setSaving] = useState(false);

  const setField = (field: string, value: unknown) => {
    update({ ...draft, values: { ...draft.values, [field]: value } });
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  /** Validates and saves; says how it went so the form can move focus to what needs the user. */
  const submit = async (): Promise<'invalid' | 'failed' | 'saved'> => {
    setSaveError(undefined);
    const result = validateForm(spec.schema, draft.values, spec.numberFields, locale);
    if (!result.ok) {
      setErrors(result.errors);
      return 'invalid';
    }
    setErrors({});
    setSaving(true);
    try {
      const existing = record?.id
        ? { id: record.id, ...(draft.etag ? { etag: draft.etag } : {}) }
        : undefined;
      const saved = await options.save(result.data, existing);
      clear();
      setConflict(undefined);
      options.onSaved(saved);
      return 'saved';
    } catch (error) {
      // The form and draft stay as they are: a failed save never loses input.
      if (error instanceof ConflictError && error.current && typeof error.current === 'object') {
        setConflict(error.current as Record<string, unknown>);
      } else if (classifyError(error) === 'conflict') {
        setConflict({});
      }
      setSaveError(error);
      return 'failed';
    } finally {
      setSaving(false);
    }
  };

  /** Puts the user's edits on top of the current version and takes its eTag; saving is next. */
  const reapply = () => {
    if (!conflict) return;
    const mine = fromFormValues(draft.values, spec.numberFields);
    const base = draft.base ?? {};
    const merged = reapplyEdits(
      toPlain(base, spec.numberFields, spec.textFields),
      mine,
      toPlain(conflict, spec.numberFields, spec.textFields),
    );
    update({ values: toFormValues(merged, spec.textFields), base: conflict, ...etagOf(conflict) });
    setConflict(undefined);
    setSaveError(undefined);
  };

  /** Drops the user's edits and continues from the current version. */
  const keepCurrent = () => {
    if (!conflict) return;
    update({
      values: toFormValues(conflict, spec.textFields),
      base: conflict,
      ...etagOf(conflict),
    });
    setConflict(undefined);
    setSaveError(undefined);
  };

  return {
    values: draft.values,
    mine: fromFormValues(draft.values, spec.numberFields),
    restored,
    errors,
    saveError,
    conflict,
    saving,
    setField,
    submit,
    reapply,
    keepCurrent,
    discard: clear,
  };
}

function etagOf(record: Record<string, unknown>): { etag?: string } {
  return typeof record.etag === 'string' ? { etag: record.etag } : {};
}

// Records and form values are compared in one shape so a number typed as "10" equals 10.
function toPlain(
  record: Record<string, unknown>,
  numberFields: readonly string[],
  textFields: readonly string[],
) {
  return fromFormValues(toFormValues(record, textFields), numberFields);
}
