import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  CardFooter,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { GoodExample } from '../../../domain/funding';
import { formatDate, label, type Locale } from '../../../domain/labels';
import type { ActivityType, Programme } from '../../../domain/records';
import { ShareError } from '../../data/funding-access';
import { useFundingTranslation } from './i18n';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  footer: { flexDirection: 'column', alignItems: 'stretch' },
});

/** Props of the gallery: the examples and how to name an administration. */
export interface GoodExamplesGalleryProps {
  examples: readonly GoodExample[];
  administrationName: (id: string) => string;
  locale: Locale;
  /** The coordinator's share command; without it no share button is shown. */
  onShare?: ((example: GoodExample) => Promise<unknown>) | undefined;
}

type ShareState =
  { kind: 'idle' } | { kind: 'sharing' } | { kind: 'done' } | { kind: 'failed'; error: unknown };

/**
 * "Dela i kanalen" for one example, with the outcome next to it: shared, or why not. A 503
 * `botUnavailable` gets its own explanation, since the coordinator can fix it by adding the app
 * to the channel.
 */
function ShareButton({
  example,
  onShare,
}: {
  example: GoodExample;
  onShare: (example: GoodExample) => Promise<unknown>;
}) {
  const { t } = useFundingTranslation();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const share = async () => {
    setState({ kind: 'sharing' });
    try {
      await onShare(example);
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const failure = (error: unknown) =>
    error instanceof ShareError && (error.code === 'botUnavailable' || error.status === 503)
      ? t('botUnavailable')
      : t('shareFailed', {
          message: error instanceof Error ? error.message : String(error),
        });
  return (
    <>
      <Button
        appearance="primary"
        disabled={state.kind === 'sharing'}
        aria-label={t('shareLabel', { title: example.title })}
        onClick={() => void share()}
      >
        {state.kind === 'sharing' ? t('sharing') : t('share')}
      </Button>
      {state.kind === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('shared')}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure(state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * The good examples as a gallery of cards: title, administration, kind and category, date and
 * the public summary; for the coordinator a button to share each into the network's channel. A list of articles, so screen readers announce how many there are.
 */
export function GoodExamplesGallery({
  examples,
  administrationName,
  locale,
  onShare,
}: GoodExamplesGalleryProps) {
  const { t } = useFundingTranslation();
  const styles = useStyles();
  if (examples.length === 0) return <Text>{t('noExamples')}</Text>;
  const category = (example: GoodExample) =>
    example.kind === 'project'
      ? label(locale, 'programme', example.category as Programme)
      : label(locale, 'activityType', example.category as ActivityType);
  return (
    <ul className={styles.grid} aria-label={label(locale, 'reportSection', 'goodExamples')}>
      {examples.map((example) => (
        <li key={`${example.kind}-${example.administrationId}-${example.id ?? example.title}`}>
          <Card role="article" aria-label={example.title}>
            <CardHeader
              header={<Text weight="semibold">{example.title}</Text>}
              description={
                <Text size={200} className={styles.meta}>
                  {[
                    administrationName(example.administrationId),
                    category(example),
                    example.date ? formatDate(locale, example.date) : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              }
              action={
                <Badge
                  appearance="tint"
                  color={example.kind === 'project' ? 'brand' : 'informative'}
                >
                  {label(locale, 'recordKind', example.kind)}
                </Badge>
              }
            />
            <Text as="p">{example.summary}</Text>
            {onShare && example.id && (
              <CardFooter className={styles.footer}>
                <ShareButton example={example} onShare={onShare} />
              </CardFooter>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
