import type { ReactNode } from 'react';
import { Button, Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { label, labelCodes, type LabelGroup } from '../../domain/labels';
import { useGraph } from '../data/DataContext';
import { ErrorBar } from './ErrorBar';
import { useLocale } from './useLocale';

/** Styles shared by the record lists: page column, heading row, filter bar, row and meta line. */
export const useListPageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The loading placeholder of a page. */
export function LoadingSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Skeleton aria-label={t('app.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonItem key={i} size={32} />
      ))}
    </Skeleton>
  );
}

/**
 * A list page's frame: heading, the "new" button (offered only to those who may write in some
 * administration: the store's group membership decides), error, body.
 */
export function ListPageFrame(props: {
  heading: string;
  newLabel: string;
  canCreate: boolean;
  onNew: () => void;
  error: unknown;
  children: ReactNode;
}) {
  const styles = useListPageStyles();
  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <h2>{props.heading}</h2>
        {props.canCreate && (
          <Button appearance="primary" onClick={props.onNew}>
            {props.newLabel}
          </Button>
        )}
      </div>
      {props.error !== undefined && <ErrorBar error={props.error} />}
      {props.children}
    </div>
  );
}

/** Options for a filter over a domain label group, in the user's language. */
export function useEnumOptions(group: LabelGroup): { value: string; text: string }[] {
  const locale = useLocale();
  return labelCodes(group).map((code) => ({
    value: code,
    text: label(locale, group, code as never),
  }));
}

/**
 * Options for the administration filter, and an administration's name: the full name everywhere
 * (an abbreviation such as "KLF" means nothing to most readers).
 */
export function useAdministrations() {
  const data = useGraph();
  const list = data.organisation.administrations;
  return {
    options: list.map((a) => ({ value: a.id, text: a.name })),
    name: (id: string) => list.find((a) => a.id === id)?.name ?? id,
  };
}

/** The years offered by year filters: next year and seven back. */
export function filterYears(now = new Date().getFullYear()): { value: string; text: string }[] {
  return Array.from({ length: 8 }, (_, i) => String(now + 1 - i)).map((y) => ({
    value: y,
    text: y,
  }));
}
