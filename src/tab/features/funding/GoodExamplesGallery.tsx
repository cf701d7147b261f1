import { Badge, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { GoodExample } from '../../../domain/funding';
import { formatDate, label, type Locale } from '../../../domain/labels';
import type { ActivityType, Programme } from '../../../domain/records';
import { registerFundingStrings } from './i18n';

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
});

/** Props of the gallery: the examples and how to name an administration. */
export interface GoodExamplesGalleryProps {
  examples: readonly GoodExample[];
  administrationName: (id: string) => string;
  locale: Locale;
}

/**
 * The good examples as a gallery of cards: title, administration, kind and category, date and
 * the public summary. A list of articles, so screen readers announce how many there are.
 */
export function GoodExamplesGallery({
  examples,
  administrationName,
  locale,
}: GoodExamplesGalleryProps) {
  const { t, i18n } = useTranslation();
  registerFundingStrings(i18n);
  const styles = useStyles();
  if (examples.length === 0) return <Text>{t('funding.noExamples')}</Text>;
  const category = (example: GoodExample) =>
    example.kind === 'project'
      ? label(locale, 'programme', example.category as Programme)
      : label(locale, 'activityType', example.category as ActivityType);
  return (
    <ul className={styles.grid} aria-label={t('funding.galleryHeading')}>
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
                  {t(example.kind === 'project' ? 'funding.project' : 'funding.activity')}
                </Badge>
              }
            />
            <Text as="p">{example.summary}</Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
