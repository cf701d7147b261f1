import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useNetworkTranslation } from './i18n';
import type { MemberFailure, NetworkSyncResult } from '../../../graph/network';
import { ErrorBar } from '../../components/ErrorBar';
import { useNetworkAccess } from '../../data/network-access';
import { useNetworkStyles } from './NetworkPage.styles';

type SyncState =
  | { phase: 'idle' }
  | { phase: 'busy'; label: string }
  | { phase: 'planned'; plan: NetworkSyncResult['plan'] }
  | { phase: 'done'; result: NetworkSyncResult }
  | { phase: 'failed'; error: unknown };

/**
 * The coordinator's "Synkronisera kanalmedlemmar": first the plan (who is added, who is no longer
 * a contact person), then adding; removing needs a confirmation dialog. The result names every
 * member Graph did not add (its 207 answer) with Graph's reason.
 */
export function SyncPanel() {
  const { t } = useNetworkTranslation();
  const styles = useNetworkStyles();
  const access = useNetworkAccess();
  const [state, setState] = useState<SyncState>({ phase: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const run = async (
    label: string,
    command: () => Promise<NetworkSyncResult>,
    planOnly = false,
  ) => {
    setState({ phase: 'busy', label });
    try {
      const result = await command();
      setState(planOnly ? { phase: 'planned', plan: result.plan } : { phase: 'done', result });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  const plan = () => run(t('syncPlanning'), () => access.planSync(), true);
  const apply = (remove: boolean) => {
    setConfirming(false);
    return run(t('sync'), () => access.sync({ remove }));
  };

  return (
    <section aria-labelledby="network-sync" className={styles.section}>
      <h3 id="network-sync">{t('syncHeading')}</h3>
      <div>
        <Button appearance="primary" onClick={() => void plan()} disabled={state.phase === 'busy'}>
          {t('sync')}
        </Button>
      </div>
      {state.phase === 'busy' && <Spinner size="tiny" label={state.label} />}
      {state.phase === 'failed' && <ErrorBar error={state.error} />}
      {state.phase === 'planned' && (
        <PlanView
          plan={state.plan}
          onApply={() => void apply(false)}
          onRemove={() => setConfirming(true)}
        />
      )}
      {state.phase === 'done' && <ResultView result={state.result} />}
      {state.phase === 'planned' && (
        <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('confirmTitle')}</DialogTitle>
              <DialogContent>
                <p>{t('confirmBody')}</p>
                <ul>
                  {state.plan.toRemove.map((m) => (
                    <li key={m.membershipId}>{person(m.name, m.email)}</li>
                  ))}
                </ul>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void apply(true)}>
                  {t('confirmRemove')}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}

const person = (name: string, upn: string | undefined) =>
  upn && upn !== name ? `${name} (${upn})` : name;

function PlanView({
  plan,
  onApply,
  onRemove,
}: {
  plan: NetworkSyncResult['plan'];
  onApply: () => void;
  onRemove: () => void;
}) {
  const { t } = useNetworkTranslation();
  const styles = useNetworkStyles();
  if (plan.toAdd.length === 0 && plan.toRemove.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('nothingToDo')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.section}>
      {plan.toAdd.length > 0 && (
        <section aria-label={t('toAdd', { count: plan.toAdd.length })}>
          <h4>{t('toAdd', { count: plan.toAdd.length })}</h4>
          <ul>
            {plan.toAdd.map((w) => (
              <li key={w.upn}>{person(w.name, w.upn)}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.toRemove.length > 0 && (
        <section aria-label={t('toRemove', { count: plan.toRemove.length })}>
          <h4>{t('toRemove', { count: plan.toRemove.length })}</h4>
          <ul>
            {plan.toRemove.map((m) => (
              <li key={m.membershipId}>{person(m.name, m.email)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply} disabled={plan.toAdd.length === 0}>
          {t('apply')}
        </Button>
        {plan.toRemove.length > 0 && <Button onClick={onRemove}>{t('applyWithRemoval')}</Button>}
      </div>
    </div>
  );
}

function ResultView({ result }: { result: NetworkSyncResult }) {
  const { t } = useNetworkTranslation();
  return (
    <>
      <MessageBar intent={result.failed.length > 0 ? 'warning' : 'success'} role="status">
        <MessageBarBody>
          <MessageBarTitle>{t('resultTitle')}</MessageBarTitle>
          {t('result', {
            added: result.added.length,
            removed: result.removed.length,
            unchanged: result.plan.unchanged.length,
          })}
        </MessageBarBody>
      </MessageBar>
      <Failures title={t('failedTitle')} failures={result.failed} />
      <Failures title={t('removeFailedTitle')} failures={result.removeFailed} />
    </>
  );
}

function Failures({ title, failures }: { title: string; failures: MemberFailure[] }) {
  const { t } = useNetworkTranslation();
  if (failures.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {failures.map((f) => (
            <li key={f.upn}>
              {t('failure', { name: f.name, upn: f.upn, reason: f.message || f.code })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
