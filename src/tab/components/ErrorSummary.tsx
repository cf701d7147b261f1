import { forwardRef } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Props: the form's problems by field, and each field's name as its label shows it. */
export interface ErrorSummaryProps {
  errors: Record<string, string>;
  fieldName: (field: string) => string;
  /** The form the fields are in (their labels are looked up there). */
  form: () => HTMLFormElement | null;
}

/**
 * The form's problems at its top (GOV.UK's error summary pattern): focused after a failed save,
 * each problem a link that moves focus to its field. A field is found by its label's text, so
 * every field with a Fluent `Field` label is reachable without knowing its id.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(
  function ErrorSummary(props, ref) {
    const { t } = useTranslation();
    const entries = Object.entries(props.errors);
    if (entries.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} role="group" aria-labelledby="error-summary-title">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id="error-summary-title">{t('errors.validation')}</MessageBarTitle>
            <ul>
              {entries.map(([field, message]) => (
                <li key={field}>
                  <Link
                    href={`#${field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const control = findControl(props.form(), props.fieldName(field));
                      control?.focus();
                      control?.scrollIntoView?.({ block: 'center' });
                    }}
                  >
                    {props.fieldName(field)}: {message}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  },
);

/** The control whose label reads `name` (a required field's label ends in " *"). */
export function findControl(form: HTMLFormElement | null, name: string): HTMLElement | null {
  if (!form) return null;
  for (const label of Array.from(form.querySelectorAll('label'))) {
    const text = (label.textContent ?? '').replace(/\s*\*\s*$/, '').trim();
    if (text !== name) continue;
    const target = label.htmlFor ? form.ownerDocument.getElementById(label.htmlFor) : null;
    if (target) return target;
  }
  // Otherwise the first field marked invalid.
  return form.querySelector<HTMLElement>('[aria-invalid="true"]');
}
