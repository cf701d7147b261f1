import { vi } from 'vitest';
import {
  contactPersonSchema,
  networkMembershipSchema,
  type ContactPerson,
  type NetworkMembership,
  type ReportingRound,
  type ReviewDecision,
  type Submission,
} from '../../../../src/domain/records';
import type { NetworkSyncResult } from '../../../../src/graph/network';
import type {
  ContactPersonInput,
  NetworkAccess,
  NetworkMembershipInput,
} from '../../../../src/tab/data/network-access';
import { memoryRepository } from '../support';

export const COORDINATOR = 'samordnare@vaxjo.example';

/** A schema-valid registry entry with overrides. */
export function aContactPerson(overrides: Partial<ContactPersonInput> = {}): ContactPerson {
  return contactPersonSchema.parse({
    administrationId: 'utbildning',
    contactUpn: 'kontakt.utbildning@vaxjo.example',
    contactName: 'Karin Utbildning',
    deputyUpn: 'personal1.utbildning@vaxjo.example',
    deputyName: 'Per Utbildning',
    ...overrides,
  });
}

/** A schema-valid network membership with overrides. */
export function aMembership(overrides: Partial<NetworkMembershipInput> = {}): NetworkMembership {
  return networkMembershipSchema.parse({
    name: 'Eurocities',
    url: 'https://eurocities.eu',
    ...overrides,
  });
}

/** A sync result with an empty plan and overrides. */
export function aSyncResult(overrides: Partial<NetworkSyncResult> = {}): NetworkSyncResult {
  return {
    plan: { teamId: 't', channelId: 'c', toAdd: [], toRemove: [], unchanged: [] },
    applied: true,
    added: [],
    failed: [],
    removed: [],
    removeFailed: [],
    ...overrides,
  };
}

/** An in-memory NetworkAccess; the sync commands are spies answering the given results. */
export function fakeNetwork(
  options: {
    coordinator?: boolean;
    contacts?: ContactPerson[];
    memberships?: NetworkMembership[];
    rounds?: ReportingRound[];
    submissions?: Submission[];
    decisions?: ReviewDecision[];
    plan?: NetworkSyncResult;
    result?: NetworkSyncResult;
  } = {},
) {
  const contacts = memoryRepository<ContactPerson, ContactPersonInput>(options.contacts ?? []);
  const memberships = memoryRepository<NetworkMembership, NetworkMembershipInput>(
    options.memberships ?? [],
  );
  const planSync = vi.fn(async () => options.plan ?? aSyncResult({ applied: false }));
  const sync = vi.fn(async (_: { remove: boolean }) => options.result ?? aSyncResult());
  const access: NetworkAccess = {
    user: COORDINATOR,
    isCoordinator: async () => options.coordinator ?? true,
    contactPersons: async () => contacts,
    memberships: async () => memberships,
    reportingRounds: async () => options.rounds ?? [],
    reporting: async () => ({ submissions: options.submissions ?? [], decisions: options.decisions ?? [] }),
    planSync,
    sync,
  };
  return { access, contacts, memberships, planSync, sync };
}
