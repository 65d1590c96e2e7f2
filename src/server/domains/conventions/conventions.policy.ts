import type { CommitmentParty } from '../../../contracts/convention-content';
import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, isPlatformAdmin, type Principal } from '../../kernel/principal';
import { sideMaySet } from './commitment.rules';

/** Organisations and conventions are set up by the platform administrator. */
export const canManageOrganisations = (p: Principal) => isPlatformAdmin(p);
export const canCreateConvention = (p: Principal) => isPlatformAdmin(p);

const DEPARTMENT_WRITERS = ['coordinator', 'department_agent'] as const;
const OFFICE_WRITERS = ['office_manager', 'office_agent'] as const;

/** Who may set a commitment's status: a writer of the responsible side (joint commitments: either side). */
export function canSetCommitment(p: Principal, side: Side | null, party: CommitmentParty): boolean {
  if (!side || !canWrite(p) || !sideMaySet(side, party)) return false;
  return side === 'department' ? hasRole(p, ...DEPARTMENT_WRITERS) : hasRole(p, ...OFFICE_WRITERS);
}

/** Evidence may be uploaded by any writer of a party. */
export function canUploadEvidence(p: Principal, side: Side | null): boolean {
  if (!side || !canWrite(p)) return false;
  return side === 'department' ? hasRole(p, ...DEPARTMENT_WRITERS) : hasRole(p, ...OFFICE_WRITERS);
}

/** Amendments and the signature are recorded by the DAT coordinator (who follows the convention) or the administrator. */
export const canRecordAmendment = (p: Principal, side: Side | null) =>
  canWrite(p) && (hasRole(p, 'admin') || (side === 'department' && hasRole(p, 'coordinator')));

/** A formal notice is sent by a party: the DAT coordinator or the office manager, for their own organisation. */
export const canSendTerminationNotice = (p: Principal, side: Side | null) =>
  canWrite(p) &&
  (hasRole(p, 'admin') ||
    (side === 'department' && hasRole(p, 'coordinator')) ||
    (side === 'landlord' && hasRole(p, 'office_manager')));
