import { Checkbox } from '@fluentui/react-components';

/** Props: the label, whether the filter is on, and its setter. */
export interface FilterCheckboxProps {
  label: string;
  checked: boolean | undefined;
  /** `true` narrows the list; `undefined` (not `false`) removes the filter. */
  onChange: (checked: true | undefined) => void;
}

/**
 * A list filter's checkbox. Unchecked means "no filter", not "only those without", so it sets
 * the filter field to undefined rather than false.
 */
export function FilterCheckbox(props: FilterCheckboxProps) {
  return (
    <Checkbox
      label={props.label}
      checked={props.checked === true}
      onChange={(_, d) => props.onChange(d.checked === true || undefined)}
    />
  );
}
