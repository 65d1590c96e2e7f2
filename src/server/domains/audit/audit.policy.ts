import { hasRole, readsAllConventions, type Principal } from '../../kernel/principal';

/** The audit trail is read by those who answer for it: administrator, controller, DAT coordinator. */
export const canReadAudit = (p: Principal) => hasRole(p, 'admin', 'controller', 'coordinator');

/**
 * Whose events a reader sees — the same as what they read elsewhere. `all` (the platform
 * administrator) reads platform events (accounts, organisations, logins) and every convention's;
 * anyone else reads the events of the conventions their organisation is party to, and of the
 * organisations they share a convention with. A private event (an office's draft payment request,
 * hidden from the Département's lists) is read by its organisation only, administrator included.
 */
export interface AuditReader {
  all: boolean;
  organisationId: string | null;
}

export const auditReader = (p: Principal): AuditReader => ({
  all: readsAllConventions(p),
  organisationId: p.organisationId,
});
