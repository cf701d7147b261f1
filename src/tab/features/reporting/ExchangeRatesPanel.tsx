import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fieldErrors, formatRate } from '../../../domain/labels';
import {
  currencies,
  exchangeRatesSchema,
  reportingCurrency,
  type Currency,
  type ExchangeRate,
  type ReportingRound,
} from '../../../domain/records';
import { ConflictError } from '../../../graph/errors';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useReporting } from '../../data/reporting-access';
import { useExchangeRatesTranslation } from './exchange-rates-i18n';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The currencies a rate can be entered for: every record currency but SEK. */
const foreign = currencies.filter((c): c is Exclude<Currency, 'SEK'> => c !== reportingCurrency);

type Draft = Record<(typeof foreign)[number], { rate: string; source: string }>;

function draftOf(rates: readonly ExchangeRate[], locale: 'sv' | 'en'): Draft {
  const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 6,
    useGrouping: false,
  });
  return Object.fromEntries(
    foreign.map((code) => {
      const rate = rates.find((r) => r.currency === code);
      return [code, { rate: rate ? number.format(rate.rate) : '', source: rate?.source ?? '' }];
    }),
  ) as Draft;
}

/**
 * The draft as rates: a currency with neither rate nor source has none; a decimal comma is read
 * as a point. What is left is validated by the round's own schema (the boundary), so a rate of 0,
 * a negative rate or a rate without a source is refused with the schema's message.
 */
function ratesOf(draft: Draft): { currency: string; rate: number; source: string }[] {
  return foreign.flatMap((code) => {
    const { rate, source } = draft[code];
    if (rate.trim() === '' && source.trim() === '') return [];
    const text = rate.trim().replace(/\s/g, '').replace(',', '.');
    return [{ currency: code, rate: text === '' ? Number.NaN : Number(text), source }];
  });
}

/**
 * Växelkurser: the year's exchange rates to SEK on the reporting round (DESIGN.md §3a). Everyone
 * sees them and the currencies that lack one; the coordinator enters them. A refused save keeps
 * what was typed; a stale round (412) keeps it too and saves over the new version on request.
 */
export function ExchangeRatesPanel(props: {
  year: number;
  round: ReportingRound | undefined;
  coordinator: boolean;
  /** Currencies that occur in the year's figures without a rate. */
  missing: readonly Currency[];
  onChanged: () => void;
}) {
  const { t } = useExchangeRatesTranslation();
  const styles = useStyles();
  const locale = useLocale();
  const reporting = useReporting();
  const { year, round, coordinator, missing } = props;
  const rates = round?.exchangeRates ?? [];
  const [draft, setDraft] = useState<Draft>(() => draftOf(rates, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [base, setBase] = useState<ReportingRound | undefined>();
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'conflict'>('idle');
  const [error, setError] = useState<unknown>();

  const edit = (code: keyof Draft, field: 'rate' | 'source', value: string) => {
    setDraft((d) => ({ ...d, [code]: { ...d[code], [field]: value } }));
    setState('idle');
  };
  const errorOf = (code: string, field: 'rate' | 'source') => {
    const index = ratesOf(draft).findIndex((r) => r.currency === code);
    return index < 0 ? undefined : errors[`${index}.${field}`];
  };

  const save = async () => {
    const current = base ?? round;
    if (!current) return;
    const parsed = exchangeRatesSchema.safeParse(ratesOf(draft));
    setError(undefined);
    if (!parsed.success) {
      // Keys like `0.rate`: the index into the draft's rates and the field.
      setErrors(
        Object.fromEntries(
          Object.entries(fieldErrors(locale, parsed.error)).map(([key, message]) => [
            key.replace(/^\[(\d+)\]\./, '$1.'),
            message,
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setState('busy');
    try {
      await reporting.saveRound({ ...current, exchangeRates: parsed.data }, current);
      setBase(undefined);
      setState('saved');
      props.onChanged();
    } catch (e) {
      if (e instanceof ConflictError && e.current) {
        setBase(e.current as ReportingRound);
        setState('conflict');
      } else {
        setError(e);
        setState('idle');
      }
    }
  };

  return (
    <section aria-labelledby="rates-heading">
      <h3 id="rates-heading">{t('heading', { year })}</h3>
      <p>{t('intro')}</p>
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('missing', { codes: missing.join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {!coordinator &&
        (rates.length === 0 ? (
          <p>{t('none', { year })}</p>
        ) : (
          <ul className={styles.list}>
            {rates.map((r) => (
              <li key={r.currency}>
                {formatRate(locale, r)} ({r.source})
              </li>
            ))}
          </ul>
        ))}
      {coordinator && !round && <p>{t('noRound')}</p>}
      {coordinator && round && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className={styles.grid}>
            {foreign.map((code) => (
              <div key={code}>
                <Field
                  label={t('rate', { code })}
                  validationMessage={errorOf(code, 'rate')}
                  validationState={errorOf(code, 'rate') ? 'error' : 'none'}
                >
                  <Input
                    inputMode="decimal"
                    value={draft[code].rate}
                    onChange={(_, d) => edit(code, 'rate', d.value)}
                  />
                </Field>
                <Field
                  label={t('source', { code })}
                  validationMessage={errorOf(code, 'source')}
                  validationState={errorOf(code, 'source') ? 'error' : 'none'}
                >
                  <Input
                    value={draft[code].source}
                    placeholder={t('sourcePlaceholder', { year })}
                    onChange={(_, d) => edit(code, 'source', d.value)}
                  />
                </Field>
              </div>
            ))}
          </div>
          {Object.keys(errors).length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>{t('invalid')}</MessageBarBody>
            </MessageBar>
          )}
          {state === 'conflict' && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('conflict')}</MessageBarBody>
            </MessageBar>
          )}
          {state === 'saved' && (
            <MessageBar intent="success">
              <MessageBarBody>{t('saved')}</MessageBarBody>
            </MessageBar>
          )}
          {error !== undefined && <ErrorBar error={error} />}
          <Button appearance="primary" type="submit" disabled={state === 'busy'}>
            {t('save')}
          </Button>
        </form>
      )}
    </section>
  );
}
