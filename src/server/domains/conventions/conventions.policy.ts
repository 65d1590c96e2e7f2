import { canManageAccounts, readsAllConventions, type Principal } from '../access/access.policy';

/** Organisations are set up by the platform administrator (Article 5 controllers only read). */
export const canManageOrganisations = (p: Principal) => canManageAccounts(p);

/** Whom a principal's convention listing covers. */
export const conventionScope = (p: Principal) => ({ organisationId: p.organisationId, all: readsAllConventions(p) });

/** A convention is visible to every user of a party organisation, and to global readers. */
export const canReadConvention = (p: Principal, partyOrganisationIds: string[]) =>
  readsAllConventions(p) || (p.organisationId !== null && partyOrganisationIds.includes(p.organisationId));
