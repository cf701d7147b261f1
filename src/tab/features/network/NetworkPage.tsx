import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Link,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  type BadgeProps,
} from '@fluentui/react-components';
import { fieldLabel, label } from '../../../domain/labels';
import type { NetworkMembership } from '../../../domain/records';
import { ClosingSoonCalls } from '../../components/ClosingSoonCalls';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../components/useLocale';
import { useNetworkAccess } from '../../data/network-access';
import { useNetworkTranslation } from './i18n';
import { ContactPersonForm, MembershipForm } from './NetworkForms';
import type { NetworkRow, ReportingStatus } from './network-model';
import { useResponsiveTableStyles } from '../../components/responsiveTable.styles';
import { useNetworkStyles } from './NetworkPage.styles';
import { SyncPanel } from './SyncPanel';
import { useNetwork } from './useNetwork';

/** Props of the network view. */
export interface NetworkPageProps {
  /**
   * The Teams channel's membership type (teams-js spelling: `Standard`, `Private`, `Shared`);
   * default: the one the network access was built with.
   */
  channelMembershipType?: string | undefined;
  /** ISO date of today (tests pin it). */
  today?: string;
}

type Editing =
  | { kind: 'contact'; row: NetworkRow }
  | { kind: 'membership'; record: NetworkMembership | undefined };

const statusColour: Record<ReportingStatus, BadgeProps['color']> = {
  missing: 'danger',
  draft: 'warning',
  submitted: 'brand',
  returned: 'severe',
  approved: 'success',
  changed: 'warning',
};

/**
 * Nätverket: the administrations with their contact person and deputy, this year's reporting
 * status, the international networks the municipality is a member of, upcoming deadlines, the
 * funding calls closing within 30 days, and for the coordinator editing of the registry and the
 * shared channel's member sync.
 */
export function NetworkPage(props: NetworkPageProps) {
  const { t } = useNetworkTranslation();
  const access = useNetworkAccess();
  const channelMembershipType = props.channelMembershipType ?? access.channelMembershipType;
  const locale = useLocale();
  const styles = useNetworkStyles();
  const table = useResponsiveTableStyles();
  const network = useNetwork(props.today);
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState(false);

  const heading = (
    <h2 className={styles.heading}>
      {t('heading')}
      {channelMembershipType === 'Shared' && (
        <Badge appearance="tint" color="informative">
          {t('sharedChannel')}
        </Badge>
      )}
    </h2>
  );
  if (network.loading && !network.data) {
    return (
      <div>
        {heading}
        <Skeleton aria-label={t('app.loading')}>
          <SkeletonItem size={48} />
          <SkeletonItem size={48} />
        </Skeleton>
      </div>
    );
  }
  if (!network.data) {
    return (
      <div>
        {heading}
        <ErrorBar error={network.error} />
      </div>
    );
  }
  const { coordinator, view, memberships } = network.data;
  const done = () => {
    setEditing(undefined);
    setSaved(true);
    network.reload();
  };
  if (editing?.kind === 'contact') {
    return (
      <ContactPersonForm
        record={editing.row.entry}
        administrationId={editing.row.administrationId}
        administrationName={editing.row.name}
        onClose={() => setEditing(undefined)}
        onSaved={done}
      />
    );
  }
  if (editing?.kind === 'membership') {
    return (
      <MembershipForm
        record={editing.record}
        onClose={() => setEditing(undefined)}
        onSaved={done}
      />
    );
  }
  const nameOf = (id: string) => view.rows.find((r) => r.administrationId === id)?.name ?? id;
  // The name first, the address under it: an address is long and breaks anywhere.
  const person = (upn: string | undefined, name: string | undefined) =>
    upn ? (
      name ? (
        <div>
          {name}
          <div className={styles.muted}>{upn}</div>
        </div>
      ) : (
        upn
      )
    ) : (
      '–'
    );
  const columns = [
    fieldLabel(locale, 'contactPerson', 'administrationId'),
    t('contact'),
    t('deputy'),
    t('status', { year: view.year }),
    ...(coordinator ? [t('common.edit')] : []),
  ];

  return (
    <div>
      {heading}
      {network.error !== undefined && <ErrorBar error={network.error} />}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('saved')}</MessageBarBody>
        </MessageBar>
      )}
      {view.withoutContact.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('withoutContact', {
              count: view.withoutContact.length,
              names: view.withoutContact.map(nameOf).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="network-admins">
        <h3 id="network-admins">{t('administrations')}</h3>
        <Table aria-labelledby="network-admins" size="small" className={table.table}>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.rows.map((row) => (
              <TableRow key={row.administrationId}>
                <TableCell className={table.cell} data-label={columns[0]}>
                  {row.name}
                </TableCell>
                <TableCell className={table.cell} data-label={columns[1]}>
                  {row.entry ? (
                    person(row.entry.contactUpn, row.entry.contactName)
                  ) : (
                    <Badge color="danger" appearance="tint">
                      {t('noContact')}
                    </Badge>
                  )}
                </TableCell>
                <TableCell className={table.cell} data-label={columns[2]}>
                  {person(row.entry?.deputyUpn, row.entry?.deputyName)}
                </TableCell>
                <TableCell className={table.cell} data-label={columns[3]}>
                  <Badge appearance="tint" color={statusColour[row.status]}>
                    {label(locale, 'completenessStatus', row.status)}
                  </Badge>
                </TableCell>
                {coordinator && (
                  <TableCell className={table.cell} data-label="">
                    <Button
                      size="small"
                      aria-label={t(row.entry ? 'editContact' : 'appoint', {
                        name: row.name,
                      })}
                      onClick={() => setEditing({ kind: 'contact', row })}
                    >
                      {t(row.entry ? 'common.edit' : 'appointShort')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <div className={styles.grid}>
        <Card>
          <CardHeader header={<h3>{t('memberships')}</h3>} />
          <MembershipList
            memberships={memberships}
            nameOf={nameOf}
            onEdit={
              coordinator ? (record) => setEditing({ kind: 'membership', record }) : undefined
            }
          />
          {coordinator && (
            <div>
              <Button onClick={() => setEditing({ kind: 'membership', record: undefined })}>
                {t('addMembership')}
              </Button>
            </div>
          )}
        </Card>
        <Card>
          <CardHeader header={<h3>{t('deadlines')}</h3>} />
          {view.upcoming.length === 0 ? (
            <p className={styles.muted}>{t('noDeadlines')}</p>
          ) : (
            <ul className={styles.list}>
              {view.upcoming.map((r) => (
                <li key={`${r.year}:${r.deadline}`}>
                  {t('deadline', { year: r.year, date: r.deadline })}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <ClosingSoonCalls scope="all" {...(props.today ? { today: props.today } : {})} />
        {coordinator && (
          <Card>
            <SyncPanel />
          </Card>
        )}
      </div>
    </div>
  );
}

function MembershipList({
  memberships,
  nameOf,
  onEdit,
}: {
  memberships: NetworkMembership[];
  nameOf: (administrationId: string) => string;
  onEdit: ((record: NetworkMembership) => void) | undefined;
}) {
  const { t } = useNetworkTranslation();
  const styles = useNetworkStyles();
  if (memberships.length === 0) return <p className={styles.muted}>{t('noMemberships')}</p>;
  const sorted = [...memberships].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <ul className={styles.list}>
      {sorted.map((m) => (
        <li key={m.id ?? m.name}>
          {m.url ? (
            <Link href={m.url} target="_blank" rel="noreferrer">
              {m.name}
            </Link>
          ) : (
            m.name
          )}
          {m.administrationId ? ` · ${nameOf(m.administrationId)}` : ''}
          {m.since ? ` · ${m.since.slice(0, 4)}` : ''}
          {onEdit && (
            <>
              {' '}
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onEdit(m)}
                aria-label={t('editMembership', { name: m.name })}
              >
                {t('common.edit')}
              </Button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
