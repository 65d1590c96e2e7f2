import { canWrite, hasRole, type Principal } from '../../kernel/principal';
/**
 * Who sees and changes a landlord's stock. The stock belongs to the landlord organisation: its
 * users read it; so do the users of the organisations that have a convention with it (the
 * Départements, and the control bodies appointed to a convention, who read everything of it); and
 * the platform administrator. Only the landlord's office staff (and the administrator) import the
 * stock or manage its establishments; a controller never writes. The legal calendar is changed by
 * the administrator only.
 */
export interface StockAccess {
  landlordId: string;
  /** Organisations party to a convention with the landlord (as Département or controller). */
  partnerIds: string[];
}

export const canReadStock = (p: Principal, a: StockAccess) =>
  hasRole(p, 'admin') ||
  (p.organisationId !== null && (p.organisationId === a.landlordId || a.partnerIds.includes(p.organisationId)));

export const canImportStock = (p: Principal, a: StockAccess) =>
  canWrite(p) &&
  (hasRole(p, 'admin') || (p.organisationId === a.landlordId && hasRole(p, 'office_manager', 'office_agent')));

export const canManageEstablishments = canImportStock;

export const canManageCalendar = (p: Principal) => canWrite(p) && hasRole(p, 'admin');
