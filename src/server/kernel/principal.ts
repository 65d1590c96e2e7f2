import type { Role } from '../../contracts/access';
import type { Actor } from '../platform/audit';

/**
 * The person behind a request, as every domain's policies see them. Part of the shared kernel:
 * each domain asks the same questions of the same principal, so they live once, here.
 */
export interface Principal {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  organisationId: string | null;
}

export const hasRole = (p: Principal, ...roles: Role[]) => p.roles.some((r) => roles.includes(r));

/** The platform administrator: accounts, organisations, conventions set-up. */
export const isPlatformAdmin = (p: Principal) => hasRole(p, 'admin');

/**
 * Readers of every convention: the platform administrator only. A controller reads the conventions
 * their organisation is party to or was appointed to control (a party with role `controller`).
 */
export const readsAllConventions = (p: Principal) => isPlatformAdmin(p);

/** A controller never writes, whatever other role they were given. */
export const canWrite = (p: Principal) => !hasRole(p, 'controller');

/** Who an audit event names for a principal's change. */
export const actorOf = (p: Principal): Actor => ({ userId: p.id, label: `${p.displayName} <${p.email}>` });
