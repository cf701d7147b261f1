import { lazy, Suspense } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { CountryFieldProps } from './CountryCombobox';

// The combobox and the country names load when a form first shows a country, keeping Fluent's
// Combobox out of the tab's first JavaScript.
const CountryCombobox = lazy(() => import('./CountryCombobox'));

export type { CountryFieldProps };

/** A country chosen by name, stored as its ISO code (see `CountryCombobox`). */
export function CountryField(props: CountryFieldProps) {
  return (
    <Suspense
      fallback={
        <Field label={props.label}>
          <Input value={props.value} disabled readOnly />
        </Field>
      }
    >
      <CountryCombobox {...props} />
    </Suspense>
  );
}
