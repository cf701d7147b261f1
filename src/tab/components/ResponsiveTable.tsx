import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useResponsiveTableStyles } from './responsiveTable.styles';

/** One column: its header, and what a row shows in it. */
export interface ResponsiveColumn<T> {
  header: string;
  /** `false`: on a narrow screen the cell is not led by the header (a row's buttons). */
  labelled?: boolean;
  cell: (row: T) => ReactNode;
}

/**
 * A Fluent table that fits every width (`useResponsiveTableStyles`): columns as wide as their
 * content, and on narrow screens each row a card whose cells name their column.
 */
export function ResponsiveTable<T>(props: {
  columns: readonly ResponsiveColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  size?: 'small' | 'medium';
}) {
  const table = useResponsiveTableStyles();
  const { columns, rows, rowKey, size, ...names } = props;
  return (
    <Table {...names} size={size ?? 'medium'} className={table.table}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header}>{c.header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((c) => (
              <TableCell
                key={c.header}
                className={table.cell}
                data-label={c.labelled === false ? '' : c.header}
              >
                {c.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
