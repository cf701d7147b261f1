import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CallResponseStatus, FundingCall } from '../../../domain/funding';
import { isoToday } from '../../../domain/funding';
import { label } from '../../../domain/labels';
import { featureName } from '../../i18n/feature-names';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useGraph } from '../../data/DataContext';
import { useFundingAccess } from '../../data/funding-access';
import { useFetchData } from '../../data/useFetchData';
import { CallForm } from './CallForm';
import { CallsView } from './CallsView';
import { GoodExamplesGallery } from './GoodExamplesGallery';
import { InitiativesView } from './InitiativesView';
import { useFundingTranslation } from './i18n';

type View = 'calls' | 'initiatives' | 'gallery';

const useStyles = makeStyles({
  toolbar: { margin: `${tokens.spacingVerticalM} 0` },
  // The views' tabs wrap on a narrow screen instead of widening the page.
  views: { flexWrap: 'wrap' },
});

/** Props of the funding view. */
export interface FundingPageProps {
  /** ISO date of today (tests pin it). */
  today?: string;
}

/**
 * Extern finansiering: the open funding calls with each administration's answer ("we apply"
 * creates the linked planned project), the coordinator's form to keep the calls, the development
 * initiatives, and the gallery of good examples (which the coordinator shares into the channel).
 */
export function FundingPage({ today = isoToday() }: FundingPageProps) {
  const { t } = useFundingTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const access = useFundingAccess();
  const { organisation } = useGraph();
  const [view, setView] = useState<View>('calls');
  const [applied, setApplied] = useState(false);
  const [answerError, setAnswerError] = useState<unknown>();
  // The coordinator's call form: `call` undefined is a new call.
  const [editing, setEditing] = useState<{ call: FundingCall | undefined }>();
  const [callSaved, setCallSaved] = useState(false);
  const administrationName = (id: string) =>
    organisation.administrations.find((a) => a.id === id)?.name ?? id;
  const calls = useFetchData(async () => {
    const [list, responses, mine, coordinator] = await Promise.all([
      access.calls().then((r) => r.list()),
      access.responses(),
      access.myAdministrations(),
      access.isCoordinator(),
    ]);
    return { list, responses, mine, coordinator };
  }, access.user);
  const gallery = useFetchData(
    () => (view === 'gallery' ? access.goodExamples() : Promise.resolve(undefined)),
    `${access.user}:${view}`,
  );

  const year = Number(today.slice(0, 4));
  const initiatives = useFetchData(async () => {
    if (view !== 'initiatives') return undefined;
    const [adminId] = await access.myAdministrations();
    if (!adminId) return { adminId, list: [] };
    return { adminId, list: await (await access.initiatives(adminId)).list() };
  }, `${access.user}:${view}:initiatives`);

  const onAnswer = async (
    call: FundingCall & { id: string },
    administrationId: string,
    status: CallResponseStatus,
    reason?: string,
  ) => {
    setAnswerError(undefined);
    try {
      const result = await access.answer({
        call,
        administrationId,
        status,
        respondedBy: access.user,
        ...(reason ? { reason } : {}),
      });
      setApplied(result.project !== undefined);
      calls.reload();
    } catch (error) {
      setAnswerError(error);
    }
  };

  const coordinator = calls.data?.coordinator === true;
  if (editing) {
    return (
      <CallForm
        key={editing.call?.id ?? 'new'}
        call={editing.call}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          setCallSaved(true);
          calls.reload();
        }}
      />
    );
  }

  return (
    <section aria-labelledby="funding-heading">
      <h2 id="funding-heading">{featureName(locale, 'funding')}</h2>
      <TabList
        className={styles.views}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
      >
        <Tab value="calls">{t('callsTab')}</Tab>
        <Tab value="initiatives">{t('initiativesTab')}</Tab>
        <Tab value="gallery">{label(locale, 'reportSection', 'goodExamples')}</Tab>
      </TabList>
      {applied && (
        <MessageBar intent="success">
          <MessageBarBody>{t('applied')}</MessageBarBody>
        </MessageBar>
      )}
      {callSaved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('callSaved')}</MessageBarBody>
        </MessageBar>
      )}
      {answerError !== undefined && <ErrorBar error={answerError} />}
      {view === 'calls' && (
        <>
          {calls.error !== undefined && <ErrorBar error={calls.error} />}
          {calls.loading && !calls.data && <Spinner label={t('callsHeading')} />}
          {coordinator && (
            <div className={styles.toolbar}>
              <Button
                appearance="primary"
                onClick={() => {
                  setCallSaved(false);
                  setEditing({ call: undefined });
                }}
              >
                {t('newCall')}
              </Button>
            </div>
          )}
          {calls.data && (
            <CallsView
              calls={calls.data.list}
              responses={calls.data.responses}
              myAdministrations={calls.data.mine}
              administrationName={administrationName}
              today={today}
              locale={locale}
              onAnswer={onAnswer}
              onEdit={
                coordinator
                  ? (call) => {
                      setCallSaved(false);
                      setEditing({ call });
                    }
                  : undefined
              }
            />
          )}
        </>
      )}
      {view === 'initiatives' && (
        <>
          {initiatives.error !== undefined && <ErrorBar error={initiatives.error} />}
          {initiatives.loading && !initiatives.data && <Spinner label={t('initiativesTab')} />}
          {initiatives.data?.adminId && (
            <InitiativesView
              initiatives={initiatives.data.list}
              administrationId={initiatives.data.adminId}
              year={year}
              locale={locale}
              onCreate={async (input) => {
                await (await access.initiatives(input.administrationId)).create(input);
                initiatives.reload();
              }}
            />
          )}
        </>
      )}
      {view === 'gallery' && (
        <>
          <p>{t('galleryIntro')}</p>
          {gallery.error !== undefined && <ErrorBar error={gallery.error} />}
          {gallery.loading && !gallery.data && (
            <Spinner label={label(locale, 'reportSection', 'goodExamples')} />
          )}
          {gallery.data && (
            <GoodExamplesGallery
              examples={gallery.data}
              administrationName={administrationName}
              locale={locale}
              onShare={
                coordinator ? (example) => access.shareGoodExample(example, locale) : undefined
              }
            />
          )}
        </>
      )}
    </section>
  );
}
