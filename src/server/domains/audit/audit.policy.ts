import { hasRole, type Principal } from '../../kernel/principal';

/** The audit trail is read by those who answer for it: administrator, controller, DAT coordinator. */
export const canReadAudit = (p: Principal) => hasRole(p, 'admin', 'controller', 'coordinator');
