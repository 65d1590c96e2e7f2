/**
 * Who may do what with obligations. Every reader of a convention reads its duties and calendar
 * (conventions.policy). The administrator sets duties up (an amendment may change them). Only the
 * party that owes a duty marks an instance done, by one of its writers. The Département validates
 * invitations and checks proofs; the office submits them. A controller reads only.
 */
const DEPARTMENT_WRITERS = ['coordinator', 'department_agent'] as const;
const OFFICE_WRITERS = ['office_manager', 'office_agent'] as const;

export const canManageDuties = (p: Principal) => canWrite(p) && hasRole(p, 'admin');

export function canMarkDone(p: Principal, side: Side | null, owing: Side): boolean {
  if (!canWrite(p) || side !== owing) return false;
  return side === 'department' ? hasRole(p, ...DEPARTMENT_WRITERS) : hasRole(p, ...OFFICE_WRITERS);
}

/** Users who receive the reminders of a party: its writers (a controller is told nothing to do). */
export const REMINDED_ROLES: Record<Side, readonly string[]> = {
  department: DEPARTMENT_WRITERS,
  landlord: OFFICE_WRITERS,
};

/** Article 6: the office declares events, submits invitations and proofs; the Département validates and checks them. */
export const canSubmitCommunication = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, ...OFFICE_WRITERS);
export const canReviewCommunication = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'department' && hasRole(p, ...DEPARTMENT_WRITERS);
/** A proof of publicity commits the office: its manager submits it (DESIGN §1). */
export const canSubmitProof = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, 'office_manager');
export const canDeclareEvent = (p: Principal, side: Side | null) =>
  canSubmitCommunication(p, side) || canReviewCommunication(p, side);

/**
 * Article 5: a control mission is recorded by the Département's coordination (DAT coordinator or
 * agents) or the administrator. A controller never writes (DESIGN): they read the missions and
 * everything else of the convention, and download the evidence bundle.
 */
export const canRecordControl = (p: Principal, side: Side | null) =>
  canWrite(p) && (hasRole(p, 'admin') || (side === 'department' && hasRole(p, ...DEPARTMENT_WRITERS)));

/** The evidence bundle (convention, decisions, money, tables, audit trail) is for those who answer for the audit trail. */
export const canDownloadEvidence = (p: Principal) => hasRole(p, 'admin', 'controller', 'coordinator');
import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, type Principal } from '../../kernel/principal';

/** Article 3.2: the office's writers report events; the Département's acknowledge and close them; both follow up. */
export const canReportEvent = canSubmitCommunication;
export const canAcknowledgeEvent = canReviewCommunication;
export const canFollowUpEvent = (p: Principal, side: Side | null) =>
  canReportEvent(p, side) || canAcknowledgeEvent(p, side);
