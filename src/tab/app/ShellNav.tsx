import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../components/useLocale';
import { featureName } from '../i18n/feature-names';
import { featureIds, type FeatureId } from './navigation';
import { useShellStyles } from './Shell.styles';

/**
 * The feature tabs in Fluent's overflow pattern: the tabs that fit are shown, the others are in a
 * "more pages" menu at the end, and the selected tab always stays visible. The bar never makes
 * the page wider than the screen.
 */
export function ShellNav(props: { feature: FeatureId; onSelect: (feature: FeatureId) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useShellStyles();
  return (
    <nav className={styles.nav} aria-label={t('app.nav')}>
      <Overflow minimumVisible={1}>
        <TabList
          className={styles.tabList}
          selectedValue={props.feature}
          onTabSelect={(_, d) => props.onSelect(d.value as FeatureId)}
        >
          {featureIds.map((id) => (
            <OverflowItem key={id} id={id} priority={id === props.feature ? 2 : 1}>
              <Tab value={id}>{featureName(locale, id)}</Tab>
            </OverflowItem>
          ))}
          <MorePages onSelect={props.onSelect} />
        </TabList>
      </Overflow>
    </nav>
  );
}

/** The menu of the tabs that did not fit; absent when all fit. */
function MorePages(props: { onSelect: (feature: FeatureId) => void }) {
  const { t } = useTranslation();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          // A child of the tab list must be a tab for assistive technology.
          role="tab"
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={t('app.morePages', { count: overflowCount })}
        >
          {t('app.more')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {featureIds.map((id) => (
            <MorePagesItem key={id} id={id} onSelect={props.onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MorePagesItem(props: { id: FeatureId; onSelect: (feature: FeatureId) => void }) {
  const locale = useLocale();
  const visible = useIsOverflowItemVisible(props.id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => props.onSelect(props.id)}>{featureName(locale, props.id)}</MenuItem>
  );
}
