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
import { ExchangeRatesPanel } from './ExchangeRatesPanel';
import { RoundPanel } from './RoundPanel';
import { SubmissionEditor } from './SubmissionEditor';
import { completenessRows, liveModel, roundFor, statusOf, submissionFor } from './submission-flow';
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
        <MessageBar intent="info">
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
  const styles = useStyles();
  const reporting = useReporting();
  const { year, data, reload, linked, onLinkedMissing } = props;
  const { organisation } = reporting;
  const round = roundFor(data.rounds, year);
  const now = new Date().toISOString();
  const mine = organisation.administrations.filter((a) => data.mine.includes(a.id));
  // The coordinator sees every administration in the completeness table; others only their own.
  const linkedMissing =
    linked !== undefined &&
    !(
      data.mine.includes(linked) ||
      (data.coordinator && organisation.administrations.some((a) => a.id === linked))
    );
  useEffect(() => {
    if (linkedMissing) onLinkedMissing?.();
  }, [linkedMissing, onLinkedMissing]);

  return (
    <>
      <RoundPanel year={year} round={round} coordinator={data.coordinator} onChanged={reload} />
      <ExchangeRatesPanel
        key={`rates:${year}`}
        year={year}
        round={round}
        coordinator={data.coordinator}
        missing={missingRatesOf(data, year, round)}
        onChanged={reload}
      />
      {mine.length === 0 && !data.coordinator && <p>{t('mine.none')}</p>}
      {mine.map((admin) => {
        const submission = submissionFor(data.submissions, admin.id, year);
        return (
          <section key={`${admin.id}:${year}`} aria-label={t('mine.heading', { name: admin.name })}>
            <Divider />
            <div className={styles.heading}>
              <h3
                tabIndex={admin.id === linked ? -1 : undefined}
                ref={admin.id === linked ? props.focusLinked : undefined}
              >
                {t('mine.heading', { name: admin.name })}
              </h3>
              <StatusBadge status={statusOf(submission)} />
            </div>
            <SubmissionEditor
              administrationId={admin.id}
              name={admin.name}
              year={year}
              submission={submission}
              live={liveModel({ organisation, year, ...data }, admin.id, now)}
              roundOpen={round?.open ?? false}
              onSaved={reload}
            />
          </section>
        );
      })}
      {data.coordinator && (
        <>
          <Divider />
          <CompletenessTable
            year={year}
            rows={completenessRows(organisation, data.submissions, year)}
            onChanged={reload}
          />
          <Divider />
          <MunicipalityReport year={year} />
        </>
      )}
    </>
  );
}
