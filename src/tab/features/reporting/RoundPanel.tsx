import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formatDate } from '../../../domain/labels';
import { reportingDay, roundPhase } from '../../../domain/reporting-status';
import type { ReportingRound } from '../../../domain/records';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useReporting } from '../../data/reporting-access';
import { useReportingTranslation } from './i18n';
import { useCommand } from './useCommand';

/** The default deadline: 15 February after the year, when the yearly reports are compiled. */
export const defaultDeadline = (year: number) => `${year + 1}-02-15`;

/**
 * The round of the year: its state for everyone; for the coordinator, opening it with a deadline
 * and closing or reopening it.
 */
export function RoundPanel(props: {
  year: number;
  round: ReportingRound | undefined;
  coordinator: boolean;
  onChanged: () => void;
}) {
  const { t } = useReportingTranslation();
  const locale = useLocale();
  const reporting = useReporting();
  const [deadline, setDeadline] = useState(defaultDeadline(props.year));
  const { run, busy, error } = useCommand();
  const { round } = props;
  // Today in Sweden, where the deadline is set (a date, compared as text).
  const phase = round ? roundPhase(round, reportingDay(new Date())) : undefined;

  const save = async (open: boolean) => {
    const input = round
      ? { ...round, open }
      : { year: props.year, deadline, open: true, openedBy: reporting.user };
    if (await run(() => reporting.saveRound(input, round))) props.onChanged();
  };

  return (
    <section aria-labelledby="round-heading">
      <h3 id="round-heading">{t('round.heading', { year: props.year })}</h3>
      {error !== undefined && <ErrorBar error={error} />}
      {round ? (
        <MessageBar intent={phase === 'open' ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>
            {t(`round.${phase ?? 'closed'}`, { deadline: formatDate(locale, round.deadline) })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p>{t('round.none', { year: props.year })}</p>
      )}
      {props.coordinator && !round && (
        <>
          <Field label={t('round.deadline')}>
            <Input type="date" value={deadline} onChange={(_, d) => setDeadline(d.value)} />
          </Field>
          <Button appearance="primary" disabled={busy || !deadline} onClick={() => void save(true)}>
            {t('round.openButton')}
          </Button>
        </>
      )}
      {props.coordinator && round && (
        <Button disabled={busy} onClick={() => void save(!round.open)}>
          {t(round.open ? 'round.closeButton' : 'round.reopenButton')}
        </Button>
      )}
    </section>
  );
}
