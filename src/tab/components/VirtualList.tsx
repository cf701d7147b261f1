import { useRef, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';

const useStyles = makeStyles({
  scroller: {
    height: '60vh',
    minHeight: '240px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  inner: { position: 'relative', width: '100%', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** Props: the items, a row renderer, the list's accessible name and the row height estimate. */
export interface VirtualListProps<T> {
  items: readonly T[];
  label: string;
  rowHeight?: number;
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
}

/**
 * A list that renders only the rows in view (@tanstack/react-virtual), so 1,000+ records scroll
 * smoothly. It stays a real list for screen readers (`aria-setsize`/`aria-posinset`).
 */
export function VirtualList<T>({
  items,
  label,
  rowHeight = 64,
  getKey,
  renderRow,
}: VirtualListProps<T>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // jsdom and the first paint have no layout: render a first screen anyway.
    initialRect: { width: 800, height: rowHeight * 12 },
  });
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <ul
        className={styles.inner}
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={label}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={getKey(item)}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${row.start}px)` }}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
            >
              {renderRow(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
