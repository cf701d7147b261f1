import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the network view (Fluent tokens only). */
export const useNetworkStyles = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // An address may break anywhere (it has no spaces); names and buttons do not.
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});
