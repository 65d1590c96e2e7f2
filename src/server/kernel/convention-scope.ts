import type { Db } from '../platform/db/connect';
import { notFound } from '../platform/errors';
import { findConvention, listParties } from './convention-scope.queries';
import { readsAllConventions, type Principal } from './principal';

/** The side of the partnership an organisation stands on in a convention. */
export type Side = 'department' | 'landlord';

/** Whom a principal's convention listing covers. */
export const conventionScope = (p: Principal) => ({ organisationId: p.organisationId, all: readsAllConventions(p) });

export interface PartyRef {
  organisationId: string;
  partyRole: 'department' | 'landlord' | 'controller';
}

/** A convention is visible to every user of a party organisation (or appointed controller), and to global readers. */
export const canReadConvention = (p: Principal, parties: PartyRef[]) =>
  readsAllConventions(p) || (p.organisationId !== null && parties.some((x) => x.organisationId === p.organisationId));

/** The side the principal's organisation stands on in this convention, if any. */
export function sideOf(p: Principal, parties: PartyRef[]): Side | null {
  const party = parties.find((x) => x.organisationId === p.organisationId);
  return party && party.partyRole !== 'controller' ? party.partyRole : null;
}

/**
 * The convention's parties, checked against the principal: a convention the principal may not
 * read answers NOT_FOUND, like a missing one, so identifiers reveal nothing. Every domain starts a
 * convention's use case here.
 */
export async function loadConventionAccess(db: Db, principal: Principal, conventionId: string) {
  const convention = await findConvention(db, conventionId);
  if (!convention) throw notFound('Convention');
  const parties = await listParties(db, [conventionId]);
  const refs = parties.map((p) => ({ organisationId: p.id, partyRole: p.party_role }));
  if (!canReadConvention(principal, refs)) throw notFound('Convention');
  return { convention, parties, refs, side: sideOf(principal, refs) };
}
