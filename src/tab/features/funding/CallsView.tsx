import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Link,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useFundingTranslation } from './i18n';
import {
  callConcerns,
  isClosingSoon,
  openCalls,
  responseOf,
  type CallResponse,
  type CallResponseStatus,
  type FundingCall,
} from '../../../domain/funding';
import { formatDate, label, type Locale } from '../../../domain/labels';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: 0,
    margin: 0,
    listStyleType: 'none',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  flag: { whiteSpace: 'nowrap' },
});

/** Props of the calls view. */
export interface CallsViewProps {
  calls: readonly FundingCall[];
  responses: readonly CallResponse[];
  /** Administrations the user may answer for (empty: read only). */
  myAdministrations: readonly string[];
  administrationName: (id: string) => string;
  today: string;
  locale: Locale;
  onAnswer: (
    call: FundingCall & { id: string },
    administrationId: string,
    status: CallResponseStatus,
    reason?: string,
  ) => Promise<void>;
  /** The coordinator's edit command; without it the calls are read only. */
  onEdit?: ((call: FundingCall) => void) | undefined;
}

/**
 * The calls to show: the open ones concerning the administration answered for. The coordinator,
 * who keeps the calls, sees every call not yet closed, including those that have not opened, so
 * a call entered ahead of time or for other administrations can still be found and edited.
 */
function visibleCalls(props: CallsViewProps, adminId: string | undefined): FundingCall[] {
  if (!props.onEdit) return openCalls(props.calls, props.today, adminId);
  const upcoming = props.calls.filter((c) => c.opens !== undefined && c.opens > props.today);
  return [...openCalls(props.calls, props.today), ...upcoming];
}

/**
 * The open calls, soonest deadline first, limited to those that may concern the administration
 * answered for; each with its facts, the closing-soon flag and the administration's answer.
 */
export function CallsView(props: CallsViewProps) {
  const { t } = useFundingTranslation();
  const styles = useStyles();
  const [adminId, setAdminId] = useState(props.myAdministrations[0]);
  const [reasonFor, setReasonFor] = useState<string>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const calls = visibleCalls(props, adminId);
  const answer = async (
    call: FundingCall & { id: string },
    status: CallResponseStatus,
    why?: string,
  ) => {
    if (!adminId) return;
    setBusy(true);
    try {
      await props.onAnswer(call, adminId, status, why);
      setReasonFor(undefined);
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={t('callsHeading')}>
      {props.myAdministrations.length > 1 && (
        <Field label={t('answeringFor')}>
          <Select value={adminId} onChange={(_, d) => setAdminId(d.value)}>
            {props.myAdministrations.map((id) => (
              <option key={id} value={id}>
                {props.administrationName(id)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {calls.length === 0 && <Text>{t('noCalls')}</Text>}
      <ul className={styles.list}>
        {calls.map((call) => {
          const id = call.id ?? '';
          const stored = adminId ? responseOf(props.responses, id, adminId) : undefined;
          const concerns = call.administrationIds.length
            ? call.administrationIds.map(props.administrationName).join(', ')
            : t('allAdministrations');
          return (
            <li key={id}>
              <Card role="article" aria-label={call.title}>
                <CardHeader
                  header={<Text weight="semibold">{call.title}</Text>}
                  description={
                    <Text size={200} className={styles.meta}>
                      {[
                        call.programmeDetail ?? label(props.locale, 'programme', call.programme),
                        t('closes', { date: formatDate(props.locale, call.closes) }),
                        call.coFinancingRate === undefined
                          ? undefined
                          : t('coFinancing', { rate: call.coFinancingRate }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  }
                  action={
                    isClosingSoon(call, props.today) ? (
                      <Badge color="danger" appearance="tint" className={styles.flag}>
                        {t('closingSoon')}
                      </Badge>
                    ) : call.opens && call.opens > props.today ? (
                      <Badge color="informative" appearance="tint" className={styles.flag}>
                        {t('opensOn', { date: formatDate(props.locale, call.opens) })}
                      </Badge>
                    ) : undefined
                  }
                />
                <Text size={200}>{t('concerns', { names: concerns })}</Text>
                {call.themes.length > 0 && <Text size={200}>{call.themes.join(', ')}</Text>}
                {call.notes && <Text as="p">{call.notes}</Text>}
                {call.url && (
                  <Link href={call.url} target="_blank" rel="noreferrer">
                    {t('readMore')}
                  </Link>
                )}
                {props.onEdit && (
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      aria-label={t('editCallButton', { title: call.title })}
                      onClick={() => props.onEdit?.(call)}
                    >
                      {t('common.edit')}
                    </Button>
                  </div>
                )}
                {adminId && call.id && callConcerns(call, adminId) && (
                  <div className={styles.actions}>
                    <Badge appearance="outline">
                      {stored
                        ? t('answer', {
                            status: label(props.locale, 'callResponseStatus', stored.status),
                          })
                        : t('noAnswer')}
                    </Badge>
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => void answer({ ...call, id }, 'looking')}
                    >
                      {label(props.locale, 'callResponseStatus', 'looking')}
                    </Button>
                    <Button size="small" disabled={busy} onClick={() => setReasonFor(id)}>
                      {label(props.locale, 'callResponseStatus', 'not-relevant')}
                    </Button>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={busy || stored?.status === 'applying'}
                      onClick={() => void answer({ ...call, id }, 'applying')}
                    >
                      {label(props.locale, 'callResponseStatus', 'applying')}
                    </Button>
                  </div>
                )}
                {reasonFor === id && (
                  <div className={styles.actions}>
                    <Field label={t('reason')} required>
                      <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
                    </Field>
                    <Button
                      size="small"
                      disabled={busy || reason.trim() === ''}
                      onClick={() => void answer({ ...call, id }, 'not-relevant', reason.trim())}
                    >
                      {t('saveReason')}
                    </Button>
                  </div>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
