import { makeStyles, tokens } from '@fluentui/react-components';

/** The bulleted list inside an overview card (to-dos, quick links, calls closing soon). */
export const useCardListStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});
