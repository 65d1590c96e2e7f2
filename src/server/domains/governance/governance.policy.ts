import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, type Principal } from '../../kernel/principal';
import type { BodySide } from '../../../contracts/governance';

/**
 * Who may do what in governance. Everyone who reads the convention reads its bodies, sessions,
 * decisions and meetings (conventions.policy). Each party records its own bodies: the office
 * manager the office's board and Bureau, the DAT coordinator the Département's assembly and
 * Commission permanente; joint bodies (COPIL, COTECH) are recorded by either; the administrator
 * sets everything up. Action items are followed up by any writer of a party. A controller never
 * writes.
 */
export function canManageBody(p: Principal, side: Side | null, bodySide: BodySide): boolean {
  if (!canWrite(p)) return false;
  if (hasRole(p, 'admin')) return true;
  const coordinator = side === 'department' && hasRole(p, 'coordinator');
  const officeManager = side === 'landlord' && hasRole(p, 'office_manager');
  if (bodySide === 'department') return coordinator;
  if (bodySide === 'landlord') return officeManager;
  return coordinator || officeManager;
}

/** Members (people) of the convention's bodies are entered by whoever records a body. */
export const canManageMembers = (p: Principal, side: Side | null) =>
  canWrite(p) &&
  (hasRole(p, 'admin') ||
    (side === 'department' && hasRole(p, 'coordinator')) ||
    (side === 'landlord' && hasRole(p, 'office_manager')));

/** Following up an action item: any writer of a party (its owner reports progress). */
export const canFollowUpActionItem = (p: Principal, side: Side | null) =>
  canWrite(p) &&
  (hasRole(p, 'admin') ||
    (side !== null && hasRole(p, 'coordinator', 'department_agent', 'office_manager', 'office_agent')));

/**
 * A body's standing members (who is invited to each meeting) are kept by the Département's
 * coordinator (the DAT coordinates the convention's follow-up, Article 4 §2), or the administrator.
 */
export const canManageStandingMembers = (p: Principal, side: Side | null) =>
  canWrite(p) && (hasRole(p, 'admin') || (side === 'department' && hasRole(p, 'coordinator')));
