import { bodyRules, type BodyRules, type DelegationView, type PersonRef } from '../../../contracts/governance';
import type { BodyRow, DelegationRow, MemberRow } from './bodies.repository';
import type { DelegationFact } from './governance.rules';
import type { SessionRow } from './sessions.repository';
import { formalName } from './names.rules';

/** Small shared helpers turning rows into the API's shapes. */

export const rulesOf = (body: Pick<BodyRow, 'rules'>): BodyRules => bodyRules.parse(body.rules);

export function personOf(m: Pick<MemberRow, 'id' | 'civility' | 'first_name' | 'last_name'>): PersonRef {
  const person = { civility: m.civility, firstName: m.first_name, lastName: m.last_name };
  return { id: m.id, ...person, formalName: formalName(person) };
}

export const asPerson = (m: Pick<MemberRow, 'civility' | 'first_name' | 'last_name'>) => ({
  civility: m.civility,
  firstName: m.first_name,
  lastName: m.last_name,
});

/** Whether a mandate runs on a day (a missing start or end is open). */
export const inOfficeOn = (m: { start_on: string | null; end_on: string | null }, day: string) =>
  (m.start_on === null || m.start_on <= day) && (m.end_on === null || m.end_on >= day);

export const yearOf = (iso: string) => Number(iso.slice(0, 4));

export function delegationFactOf(d: DelegationRow): DelegationFact {
  return {
    id: d.id,
    toBodyId: d.to_body_id,
    matter: d.matter,
    fromYear: d.from_year,
    untilYear: d.until_year,
    grantedOn: d.granted_on,
  };
}

export function delegationViewOf(d: DelegationRow, bodies: Pick<BodyRow, 'id' | 'name'>[]): DelegationView {
  const name = (id: string) => bodies.find((b) => b.id === id)?.name ?? '';
  return {
    id: d.id,
    decisionId: d.decision_id,
    decisionReference: d.decision_reference,
    grantedOn: d.granted_on,
    fromBody: { id: d.from_body_id, name: name(d.from_body_id) },
    toBody: { id: d.to_body_id, name: name(d.to_body_id) },
    matter: d.matter,
    fromYear: d.from_year,
    untilYear: d.until_year,
    description: d.description,
  };
}

/** A COPIL meeting's co-chairs (Article 4 §1), one per party, with their function. */
export function coChairsOf(
  session: Pick<SessionRow, 'department_co_chair_member_id' | 'landlord_co_chair_member_id'>,
  members: ReadonlyMap<string, MemberRow>,
) {
  const chair = (id: string | null) => {
    const m = id ? members.get(id) : undefined;
    return m ? { member: personOf(m), function: m.function } : null;
  };
  return {
    department: chair(session.department_co_chair_member_id),
    landlord: chair(session.landlord_co_chair_member_id),
  };
}
