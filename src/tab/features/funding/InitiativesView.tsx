import { useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useFundingTranslation } from './i18n';
import {
  developmentInitiativeSchema,
  fundingConsideredFigure,
  fundingOutcomes,
  type DevelopmentInitiative,
  type DevelopmentInitiativeInput,
  type FundingOutcome,
} from '../../../domain/funding';
import { fieldErrors, label, type Locale } from '../../../domain/labels';

/** Props of the initiatives view of one administration and year. */
export interface InitiativesViewProps {
  initiatives: readonly DevelopmentInitiative[];
  administrationId: string;
  year: number;
  locale: Locale;
  onCreate: (input: DevelopmentInitiativeInput) => Promise<void>;
}

/**
 * The administration's development initiatives of the year, the strategy's indicator (share where
 * external funding was considered), and a short form to record one; validated with the schema,
 * so a missing outcome or reason is named before anything is written.
 */
export function InitiativesView(props: InitiativesViewProps) {
  const { t } = useFundingTranslation();
  const [title, setTitle] = useState('');
  const [considered, setConsidered] = useState(false);
  const [outcome, setOutcome] = useState<FundingOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const figure = fundingConsideredFigure(props.initiatives, props.year);
  const ofYear = props.initiatives.filter((d) => d.year === props.year);

  const submit = async () => {
    const input: DevelopmentInitiativeInput = {
      administrationId: props.administrationId,
      title,
      year: props.year,
      fundingConsidered: considered,
      ...(considered && outcome ? { fundingOutcome: outcome } : {}),
      ...(considered && reason.trim() ? { outcomeReason: reason.trim() } : {}),
    };
    const parsed = developmentInitiativeSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(props.locale, parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await props.onCreate(input);
      setTitle('');
      setConsidered(false);
      setOutcome('');
      setReason('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('initiativesTab')}>
      <p>{t('initiativesIntro')}</p>
      <Text as="p" weight="semibold">
        {figure.share === null
          ? t('noInitiatives', { year: props.year })
          : t('consideredShare', {
              considered: figure.considered,
              total: figure.initiatives,
              year: props.year,
              share: Math.round(figure.share * 100),
            })}
      </Text>
      {ofYear.length > 0 && (
        <Table aria-label={t('initiativesTab')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('initiativeTitle')}</TableHeaderCell>
              <TableHeaderCell>{t('outcome')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ofYear.map((d) => (
              <TableRow key={d.id ?? d.title}>
                <TableCell>{d.title}</TableCell>
                <TableCell>
                  {d.fundingConsidered && d.fundingOutcome
                    ? label(props.locale, 'fundingOutcome', d.fundingOutcome)
                    : t('notConsidered')}
                  {d.outcomeReason ? ` – ${d.outcomeReason}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h3>{t('newInitiative')}</h3>
      <Field label={t('initiativeTitle')} required validationMessage={errors.title}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Checkbox
        label={t('fundingConsidered')}
        checked={considered}
        onChange={(_, d) => setConsidered(d.checked === true)}
      />
      {considered && (
        <Field label={t('outcome')} required validationMessage={errors.fundingOutcome}>
          <Select value={outcome} onChange={(_, d) => setOutcome(d.value as FundingOutcome | '')}>
            <option value="" />
            {fundingOutcomes.map((code) => (
              <option key={code} value={code}>
                {label(props.locale, 'fundingOutcome', code)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {considered && outcome === 'not-suitable' && (
        <Field label={t('outcomeReason')} required validationMessage={errors.outcomeReason}>
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
      )}
      <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
        {t('save')}
      </Button>
    </section>
  );
}
