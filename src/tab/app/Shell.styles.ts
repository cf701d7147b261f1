import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { narrowScreen } from '../components/useMediaQuery';

const narrowMedia = `@media ${narrowScreen}`;

/** Shell layout: header with the switches, the feature tabs, the feature. */
export const useShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [narrowMedia]: {
      flexWrap: 'nowrap',
      alignItems: 'center',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    },
  },
  heading: { minWidth: 0 },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    [narrowMedia]: { fontSize: tokens.fontSizeBase400 },
  },
  popover: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  nav: {
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [narrowMedia]: { padding: `0 ${tokens.spacingHorizontalXS}` },
  },
  // The overflow pattern measures the list's own width: it must not grow with its tabs.
  tabList: { minWidth: 0, overflow: 'hidden' },
  main: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalXL,
    [narrowMedia]: { padding: tokens.spacingHorizontalM },
  },
  context: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The document itself: no browser margin, so the tab meets the host's edges. */
export const useDocumentStyles = makeStaticStyles({ body: { margin: 0 } });
