/**
 * Who may do what with operations, progress tables and forecasts. The office (landlord side: its
 * manager and agents) writes operations, its agents and manager fill its progress tables and forecasts, its manager submits them; the
 * Département's DAT coordinator reviews (comments, returns, accepts), never what its own
 * organisation submitted; every party and controller reads; a controller never writes.
 */
export const canWriteOperations = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, 'office_manager', 'office_agent');

/** Opening and filling a progress table, drafting a forecast: the office's manager or agents. */
export const canFillProgress = canWriteOperations;

/** Submitting a progress table or a forecast commits the office: its manager alone (DESIGN §1). */
export const canSubmitProgress = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, 'office_manager');

export const canReviewProgress = (p: Principal, side: Side | null, submitterOrganisationId: string) =>
  canWrite(p) && side === 'department' && hasRole(p, 'coordinator') && p.organisationId !== submitterOrganisationId;
import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, type Principal } from '../../kernel/principal';
