import { useState, type KeyboardEvent } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Tag,
  TagGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { width: '100%', color: tokens.colorNeutralForeground3 },
  error: { width: '100%', color: tokens.colorPaletteRedForeground1 },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    maxWidth: '520px',
    marginBottom: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1 },
  button: { flexShrink: 0 },
});

/** Props of a multi-choice over free options (administrations). */
export interface OptionChecksFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly { value: string; text: string }[];
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * A group of checkboxes over free options, kept in the options' order, as a fieldset whose
 * legend names the group for screen readers.
 */
export function OptionChecksField(props: OptionChecksFieldProps) {
  const styles = useStyles();
  const toggle = (code: string, on: boolean) =>
    props.onChange(
      props.options.map((o) => o.value).filter((v) => (v === code ? on : props.value.includes(v))),
    );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.label}</legend>
      {props.hint && <span className={styles.hint}>{props.hint}</span>}
      {props.options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.text}
          checked={props.value.includes(o.value)}
          disabled={props.disabled}
          onChange={(_, d) => toggle(o.value, d.checked === true)}
        />
      ))}
      {props.error && (
        <span role="alert" className={styles.error}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}

/** Props of a list of short free-text values (themes, keywords). */
export interface TagsFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Label of the add button. */
  addLabel: string;
  /** Accessible name of a tag's remove button, given the tag. */
  removeLabel: (tag: string) => string;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * Short texts typed one at a time (Enter or the add button) and shown as dismissible tags; the
 * value stays an array, so drafts, conflicts and the schema see the same shape as the record.
 */
export function TagsField(props: TagsFieldProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim();
    if (tag && !props.value.includes(tag)) props.onChange([...props.value, tag]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the tag instead of submitting the surrounding form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={props.label}
          {...(props.error ? { validationMessage: props.error, validationState: 'error' } : {})}
        >
          <Input
            value={text}
            disabled={props.disabled}
            onChange={(_, d) => setText(d.value)}
            onKeyDown={onKeyDown}
          />
        </Field>
        <Button
          className={styles.button}
          disabled={props.disabled || text.trim() === ''}
          onClick={add}
        >
          {props.addLabel}
        </Button>
      </div>
      {props.value.length > 0 && (
        <TagGroup
          aria-label={props.label}
          onDismiss={(_, d) => props.onChange(props.value.filter((v) => v !== d.value))}
        >
          {props.value.map((tag) => (
            <Tag
              key={tag}
              value={tag}
              dismissible={!props.disabled}
              dismissIcon={{ 'aria-label': props.removeLabel(tag) }}
            >
              {tag}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
