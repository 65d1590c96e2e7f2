import type { Role } from '../../../contracts/access';

/** The person behind a request, as policies see them. */
export interface Principal {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId: string | null;
}

export const hasRole = (p: Principal, ...roles: Role[]) => p.roles.some((r) => roles.includes(r));

/** Platform administrators manage organisations and accounts. */
export const canManageAccounts = (p: Principal) => hasRole(p, 'admin');

/**
 * Readers of every convention: the platform administrator only. A controller reads the conventions
 * their organisation is party to or was appointed to control (a party with role `controller`).
 */
export const readsAllConventions = (p: Principal) => hasRole(p, 'admin');

/** The audit trail is read by those who answer for it: administrator, controller, DAT coordinator. */
export const canReadAudit = (p: Principal) => hasRole(p, 'admin', 'controller', 'coordinator');

/** A controller never writes, whatever other role they were given. */
export const canWrite = (p: Principal) => !hasRole(p, 'controller');
