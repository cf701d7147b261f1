import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { formatDate } from '../../../domain/labels';
import { ErrorBar } from '../../components/ErrorBar';
import { ResponsiveTable, type ResponsiveColumn } from '../../components/ResponsiveTable';
import { useLocale } from '../../components/useLocale';
import { classifyError } from '../../data/errors';
import { useReporting, type PublishedReportFile } from '../../data/reporting-access';
import { useFetchData } from '../../data/useFetchData';
import { useReportingTranslation } from './i18n';

/**
 * The published yearly reports (issue 16): what the executive board's readers come for, and what
 * the network finds again. Read only: each file's name, year, language, date and a link that
 * opens it where it lies; nothing here writes. Who may read is the network site's to say (its
 * members and its read grant); anyone else sees why not.
 */
export function PublishedReports({ refresh = 0 }: { refresh?: number }) {
  const { t } = useReportingTranslation();
  const reporting = useReporting();
  const locale = useLocale();
  const state = useFetchData(
    () => reporting.publishedReports(),
    `published:${reporting.user}:${refresh}`,
  );
  const languageOf = (file: PublishedReportFile) => {
    const code = file.language ?? reporting.organisation.locale;
    return code === 'sv' || code === 'en'
      ? t(`published.languages.${code}`)
      : t('published.languages.other', { code });
  };
  const columns: ResponsiveColumn<PublishedReportFile>[] = [
    { header: t('published.name'), cell: (f) => f.name },
    { header: t('published.year'), cell: (f) => f.year },
    { header: t('published.language'), cell: languageOf },
    { header: t('published.date'), cell: (f) => formatDate(locale, f.modified) },
    {
      header: t('published.open'),
      labelled: false,
      cell: (f) => (
        <Link
          href={f.webUrl}
          target="_blank"
          rel="noreferrer"
          aria-label={t('published.openFor', { name: f.name })}
        >
          {t('published.open')}
        </Link>
      ),
    },
  ];

  return (
    <section aria-labelledby="published-heading">
      <h3 id="published-heading">{t('published.heading')}</h3>
      {state.error !== undefined && classifyError(state.error) === 'forbidden' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('published.noAccess')}</MessageBarBody>
        </MessageBar>
      ) : state.error !== undefined ? (
        <ErrorBar error={state.error} />
      ) : !state.data ? (
        <Spinner size="small" label={t('published.loading')} />
      ) : state.data.length === 0 ? (
        <p>{t('published.none')}</p>
      ) : (
        <>
          <p>{t('published.intro')}</p>
          <ResponsiveTable
            aria-labelledby="published-heading"
            size="small"
            columns={columns}
            rows={state.data}
            rowKey={(f) => f.id}
          />
        </>
      )}
    </section>
  );
}
