import type { OrganisationConfig } from '../../domain/organisation.js';
import type { GroupMembership } from './provision.js';

/**
 * The sample tenant's membership convention (the emulator's seeded directory, or a demo tenant
 * set up the same way): per administration `kontakt.<id>@<domain>` (contact person),
 * `personal1.<id>@…` and `personal2.<id>@…` (staff), and `samordnare@<domain>` (coordinator).
 * Only sample mode uses this; a real tenant passes its own `membership` to `provision`.
 */
export const SAMPLE_DOMAIN = 'vaxjo.example';

/** UPN of the sample coordinator. */
export const sampleCoordinator = (domain = SAMPLE_DOMAIN) => `samordnare@${domain}`;

/** UPN of the sample contact person of an administration. */
export const sampleContactPerson = (administrationId: string, domain = SAMPLE_DOMAIN) =>
  `kontakt.${administrationId}@${domain}`;

/**
 * Group membership for the sample directory: the coordinator owns every group; an administration
 * is co-owned by its contact person, whose staff are members; the network's members are the
 * coordinator and every contact person.
 */
export function sampleMembership(
  organisation: OrganisationConfig,
  domain = SAMPLE_DOMAIN,
): (target: string | 'network') => GroupMembership {
  const coordinator = sampleCoordinator(domain);
  return (target) => {
    if (target === 'network') {
      return {
        owners: [coordinator],
        members: [coordinator, ...organisation.administrations.map((a) => sampleContactPerson(a.id, domain))],
      };
    }
    const contact = sampleContactPerson(target, domain);
    return {
      owners: [coordinator, contact],
      members: [contact, `personal1.${target}@${domain}`, `personal2.${target}@${domain}`],
    };
  };
}
