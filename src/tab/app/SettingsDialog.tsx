import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { useShellStyles } from './Shell.styles';

/**
 * Teams mobile: the header's switches behind a settings button, in a dialog. Loaded only on
 * narrow screens (Fluent's Dialog is about 9 KB gzipped that a desktop tab never needs).
 */
export function SettingsDialog(props: { title: string; dismiss: string; children: ReactNode }) {
  const styles = useShellStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<SettingsRegular />} aria-label={props.title} />
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.popover}>{props.children}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{props.dismiss}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
