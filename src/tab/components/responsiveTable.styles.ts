import { makeStyles, tokens } from '@fluentui/react-components';
import { narrowScreen } from './useMediaQuery';

/**
 * A table that fits every width: columns as wide as their content (Fluent's Table is fixed-layout,
 * so long addresses ran into the next column), words wrapped at their spaces and an address where
 * it must, buttons on one line; on narrow screens each row is
 * a card whose cells stack, the first as its title, the others each led by its column's name from the cell's `data-label` (a cell's
 * content is then one element or one text).
 */
export const useResponsiveTableStyles = makeStyles({
  table: {
    tableLayout: 'auto',
    width: '100%',
    [`@media ${narrowScreen}`]: {
      display: 'block',
      '& thead': {
        // Kept for assistive technology; the cells name their column themselves.
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
      },
      '& tbody': { display: 'block' },
      '& tr': {
        display: 'block',
        padding: `${tokens.spacingVerticalS} 0`,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      '& td': {
        display: 'grid',
        gridTemplateColumns: 'minmax(7em, 40%) 1fr',
        gap: tokens.spacingHorizontalS,
        alignItems: 'start',
        justifyItems: 'start',
        height: 'auto',
        padding: `${tokens.spacingVerticalXXS} 0`,
      },
      '& td::before': {
        content: 'attr(data-label)',
        fontWeight: tokens.fontWeightSemibold,
        color: tokens.colorNeutralForeground2,
      },
      '& td[data-label=""]::before': { display: 'none' },
      // A cell without a label (a row's buttons) has the card's whole width.
      '& td[data-label=""]': { gridTemplateColumns: '1fr' },
      // The row's first cell names the card.
      '& td:first-child': { display: 'block', fontWeight: tokens.fontWeightSemibold },
      '& td:first-child::before': { display: 'none' },
    },
  },
  // Long words wrap at their spaces; a word longer than the column (an address) breaks where it
  // must. A button's label stays on one line ("Redigera", never "Rediger|a").
  cell: {
    overflowWrap: 'break-word',
    verticalAlign: 'top',
    '& button': { whiteSpace: 'nowrap', minWidth: 'max-content' },
  },
});
