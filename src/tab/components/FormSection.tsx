import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    marginBottom: tokens.spacingVerticalXL,
  },
  heading: {
    gridColumn: '1 / -1',
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  wide: { gridColumn: '1 / -1' },
});

/** A titled group of form fields laid out in a responsive grid. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {children}
    </section>
  );
}

/** A cell spanning the whole row of a `FormSection` (long text, repeatable groups). */
export function Wide({ children }: { children: ReactNode }) {
  return <div className={useStyles().wide}>{children}</div>;
}
