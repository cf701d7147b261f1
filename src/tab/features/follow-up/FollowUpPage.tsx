import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { mandatePeriodOf } from '../../../domain/counting';
import { exchangeRateNote, label } from '../../../domain/labels';
import { buildMandatePeriodModel, type MandatePeriodModel } from '../../../domain/report-model';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useGraph } from '../../data/DataContext';
import { useReadableInitiatives } from '../../data/hooks';
import { useReporting } from '../../data/reporting-access';
import { useFetchData } from '../../data/useFetchData';
import { useFollowUpTranslation } from './i18n';
import { TrendTable } from './TrendTable';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  controls: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'end',
    flexWrap: 'wrap',
  },
});

/** Saves bytes as a file on the user's device. */
function download(bytes: Uint8Array, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Uppföljning: the mandate period's years side by side, whole municipality and per administration. */
export function FollowUpPage() {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const data = useGraph();
  const { organisation } = useReporting();
  const periods = organisation.mandatePeriods;
  const current = mandatePeriodOf(new Date().getFullYear(), organisation) ?? periods.at(-1);
  const [start, setStart] = useState(current?.start);
  const period = periods.find((p) => p.start === start);
  const readInitiatives = useReadableInitiatives();
  const records = useFetchData(async () => {
    const [all, reporting, rounds, initiatives] = await Promise.all([
      data.loadRecords(),
      data.reportingData(),
      // The years' exchange rates: every sum in kronor converts with its year's round.
      data.rounds(),
      // Every year: the period's years are picked by the model.
      readInitiatives(),
    ]);
    // Readers outside the network (the executive board) see the live records only.
    return {
      ...all,
      submissions: reporting?.submissions ?? [],
      decisions: reporting?.decisions ?? [],
      rounds: rounds ?? [],
      ...(initiatives ? { initiatives } : {}),
    };
  }, data.user);
  const model = useMemo<MandatePeriodModel | undefined>(
    () =>
      records.data && period
        ? buildMandatePeriodModel({ organisation, period, ...records.data })
        : undefined,
    [records.data, period, organisation],
  );
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string>();
  const [error, setError] = useState<unknown>();

  const exportDocx = async (m: MandatePeriodModel) => {
    setExporting(true);
    setError(undefined);
    try {
      const { renderFollowUpDocx } = await import('./mandate-file');
      const name = t('fileName', { label: m.meta.period.label });
      download(await renderFollowUpDocx(m, locale), name, docxType);
      setExported(name);
    } catch (e) {
      setError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className={styles.page}>
      <h2>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className={styles.controls}>
        <Field label={t('period')}>
          <Select value={String(start ?? '')} onChange={(_, d) => setStart(Number(d.value))}>
            {periods.map((p) => (
              <option key={p.start} value={p.start}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!model || exporting} onClick={() => model && void exportDocx(model)}>
          {exporting ? t('exporting') : t('export')}
        </Button>
      </div>
      {exported && (
        <MessageBar intent="success">
          <MessageBarBody>{t('exported', { name: exported })}</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorBar error={error} />}
      {records.error !== undefined && <ErrorBar error={records.error} />}
      {!model ? (
        records.error === undefined && <Spinner label={t('loading')} />
      ) : (
        <>
          <section aria-labelledby="follow-up-whole">
            <h3 id="follow-up-whole">{label(locale, 'reportScope', 'whole')}</h3>
            <TrendTable
              caption={label(locale, 'reportScope', 'whole')}
              years={model.keyFigures}
              trends={model.trends}
            />
            {model.keyFigures.map((y) => {
              // Which rates made each year's kronor, and which currencies had none.
              const note = exchangeRateNote(locale, y.keyFigures.funding);
              return note.length > 0 ? (
                <p key={y.year}>
                  {y.year}: {note.join(' ')}
                </p>
              ) : null;
            })}
          </section>
          <section aria-labelledby="follow-up-per-admin">
            <h3 id="follow-up-per-admin">{label(locale, 'reportSection', 'perAdministration')}</h3>
            <Accordion collapsible multiple>
              {model.perAdministration.map((admin) => (
                <AccordionItem key={admin.id} value={admin.id}>
                  <AccordionHeader>{admin.name}</AccordionHeader>
                  <AccordionPanel>
                    <TrendTable
                      caption={admin.name}
                      years={admin.keyFigures}
                      trends={admin.trends}
                    />
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        </>
      )}
    </div>
  );
}
