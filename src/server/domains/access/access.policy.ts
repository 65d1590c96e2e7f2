import { hasRole, isPlatformAdmin, type Principal } from '../../kernel/principal';

/** Platform administrators manage organisations and accounts. */
export const canManageAccounts = (p: Principal) => isPlatformAdmin(p);

/** The audit trail is read by those who answer for it: administrator, controller, DAT coordinator. */
export const canReadAudit = (p: Principal) => hasRole(p, 'admin', 'controller', 'coordinator');
