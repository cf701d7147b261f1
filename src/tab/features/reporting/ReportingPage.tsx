import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { computeKeyFigures } from '../../../domain/report-model';
import type { Currency, ReportingRound } from '../../../domain/records';
import { classifyError } from '../../data/errors';
import { ErrorBar } from '../../components/ErrorBar';
import { useReporting } from '../../data/reporting-access';
import { CompletenessTable, StatusBadge } from './CompletenessTable';
import { useReportingTranslation } from './i18n';
import { MunicipalityReport } from './MunicipalityReport';
import { PeopleNamesContext } from './people';
import { PublishedReports } from './PublishedReports';
import { ExchangeRatesPanel } from './ExchangeRatesPanel';
import { RoundPanel } from './RoundPanel';
import { SubmissionEditor } from './SubmissionEditor';
import { completenessRows, liveModel, roundFor, type CompletenessRow } from './submission-flow';
import { useReportingRound, type ReportingRoundData } from './useReportingRound';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The years offered: the last full year first (the one being reported), then the current one. */
export function reportingYears(today: Date): number[] {
  const current = today.getFullYear();
  return [current - 1, current, current - 2, current - 3];
}

/** Where a link (the bot's reminder) opens the page: a year and an administration's draft. */
export interface ReportingPageProps {
  /** The year selected first; offered even when it is not one of the usual years. */
  initialYear?: number | undefined;
  /** The administration whose draft is brought into view and focused once. */
  initialAdministrationId?: string | undefined;
  /** The administration is unknown, or its draft is not the user's to see. */
  onAdministrationMissing?: (() => void) | undefined;
}

/** Årsrapport: the reporting round of a year for contact persons and the coordinator. */
export function ReportingPage(props: ReportingPageProps = {}) {
  const { t } = useReportingTranslation();
  const styles = useStyles();
  const { initialYear } = props;
  const years = useMemo(() => {
    const usual = reportingYears(new Date());
    return initialYear === undefined || usual.includes(initialYear)
      ? usual
      : [initialYear, ...usual];
  }, [initialYear]);
  const [year, setYear] = useState(initialYear ?? years[0] ?? new Date().getFullYear() - 1);
  const state = useReportingRound(year);
  const focused = useRef(false);
  const focusOnce = useCallback((heading: HTMLHeadingElement | null) => {
    if (!heading || focused.current) return;
    focused.current = true;
    // Focus scrolls the draft into view and tells a screen reader where the link led.
    heading.focus();
  }, []);

  return (
    <div className={styles.page}>
      <h2>{t('title')}</h2>
      <Field label={t('year')}>
        <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
          {[...years]
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </Select>
      </Field>
      {state.error !== undefined && classifyError(state.error) === 'forbidden' ? (
        // A long message: multiline from the start (auto layout measures after the first paint,
        // and the page is briefly wider than a phone).
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('noNetwork')}</MessageBarBody>
        </MessageBar>
      ) : state.error !== undefined ? (
        <ErrorBar error={state.error} />
      ) : !state.data ? (
        <Spinner label={t('loading')} />
      ) : (
        <RoundContent
          year={year}
          data={state.data}
          reload={state.reload}
          linked={props.initialAdministrationId}
          focusLinked={focusOnce}
          onLinkedMissing={props.onAdministrationMissing}
        />
      )}
    </div>
  );
}

/** Currencies in the year's figures (the records the user reads) that the round has no rate for. */
function missingRatesOf(
  data: ReportingRoundData,
  year: number,
  round: ReportingRound | undefined,
): Currency[] {
  const rates = round?.exchangeRates ?? [];
  return computeKeyFigures({ projects: data.projects, activities: [], rates }, year).funding
    .missingRates;
}

function RoundContent(props: {
  year: number;
  data: ReportingRoundData;
  reload: () => void;
  linked: string | undefined;
  focusLinked: (heading: HTMLHeadingElement | null) => void;
  onLinkedMissing: (() => void) | undefined;
}) {
  const { t } = useReportingTranslation();
  const reporting = useReporting();
  const { year, data, reload, linked, onLinkedMissing } = props;
  const { organisation } = reporting;
  const round = roundFor(data.rounds, year);
  const rows = completenessRows(organisation, data, year);
  // The coordinator starts from the completeness table and opens one administration at a time;
  // everyone else sees the reports of their own administrations.
  const [opened, setOpened] = useState<string | undefined>(data.coordinator ? linked : undefined);
  const shown = data.coordinator
    ? rows.filter((r) => r.administrationId === opened)
    : rows.filter((r) => data.mine.includes(r.administrationId));
  const linkedMissing =
    linked !== undefined &&
    !(
      data.mine.includes(linked) ||
      (data.coordinator && organisation.administrations.some((a) => a.id === linked))
    );
  useEffect(() => {
    if (linkedMissing) onLinkedMissing?.();
  }, [linkedMissing, onLinkedMissing]);

  // The executive board's readers (and anyone else reading without an administration of their
  // own) come for the published reports; there is nothing for them to write here.
  const reader = !data.coordinator && data.mine.length === 0;
  const [published, setPublished] = useState(0);
  const roundPanel = (
    <RoundPanel year={year} round={round} coordinator={data.coordinator} onChanged={reload} />
  );
  if (reader) {
    return (
      <>
        <PublishedReports refresh={published} />
        <Divider />
        {roundPanel}
      </>
    );
  }

  return (
    <PeopleNamesContext.Provider value={data.names}>
      {data.coordinator && (
        <CompletenessTable
          year={year}
          rows={rows}
          onChanged={reload}
          opened={opened}
          onOpen={setOpened}
        />
      )}
      {data.coordinator && <Divider />}
      {roundPanel}
      <ExchangeRatesPanel
        key={`rates:${year}`}
        year={year}
        round={round}
        coordinator={data.coordinator}
        missing={missingRatesOf(data, year, round)}
        onChanged={reload}
      />
      {shown.length === 0 && !data.coordinator && <p>{t('mine.none')}</p>}
      {shown.map((row) => (
        <AdministrationReport
          key={`${row.administrationId}:${year}`}
          row={row}
          year={year}
          data={data}
          roundOpen={round?.open ?? false}
          onSaved={reload}
          focus={row.administrationId === linked ? props.focusLinked : undefined}
        />
      ))}
      {data.coordinator && (
        <>
          <Divider />
          <MunicipalityReport year={year} onPublished={() => setPublished((n) => n + 1)} />
        </>
      )}
      <Divider />
      <PublishedReports refresh={published} />
    </PeopleNamesContext.Provider>
  );
}

function AdministrationReport(props: {
  row: CompletenessRow;
  year: number;
  data: ReportingRoundData;
  roundOpen: boolean;
  onSaved: () => void;
  focus: ((heading: HTMLHeadingElement | null) => void) | undefined;
}) {
  const { t } = useReportingTranslation();
  const styles = useStyles();
  const { organisation } = useReporting();
  const { row, year, data } = props;
  const live = useMemo(
    () =>
      liveModel({ organisation, year, ...data }, row.administrationId, new Date().toISOString()),
    [organisation, year, data, row.administrationId],
  );
  return (
    <section aria-label={t('mine.heading', { name: row.name })}>
      <Divider />
      <div className={styles.heading}>
        <h3 tabIndex={props.focus ? -1 : undefined} ref={props.focus}>
          {t('mine.heading', { name: row.name })}
        </h3>
        <StatusBadge status={row.status} />
      </div>
      <SubmissionEditor
        administrationId={row.administrationId}
        name={row.name}
        year={year}
        state={row}
        live={live}
        roundOpen={props.roundOpen}
        onSaved={props.onSaved}
      />
    </section>
  );
}
