/**
 * Who may do what with the money. The Département's DAT coordinator manages the finance chain and
 * reviews requests; the administrator may set up envelopes and allocations (first start, migration
 * of history); the office's agents and manager draft requests, its manager submits them. Nobody approves their own organisation's
 * submission, and a controller never writes.
 */
export const canSetUpFinance = (p: Principal, side: Side | null) =>
  canWrite(p) && (hasRole(p, 'admin') || (side === 'department' && hasRole(p, 'coordinator')));

export const canManageFinance = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'department' && hasRole(p, 'coordinator');

export const canDraftRequest = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, 'office_manager', 'office_agent');

/** Submitting commits the office: its manager alone; agents draft (DESIGN §1). */
export const canSubmitRequest = (p: Principal, side: Side | null) =>
  canWrite(p) && side === 'landlord' && hasRole(p, 'office_manager');

/** Reviewing (return, approve, reject, pay): the Département's coordinator, never someone of the requesting organisation. */
export const canReviewRequest = (p: Principal, side: Side | null, requesterOrganisationId: string | null) =>
  canManageFinance(p, side) && p.organisationId !== requesterOrganisationId;

/** A draft is the office's work in progress: the others (Département, controller, administrator) see a request once it is submitted. */
export const canSeeRequest = (side: Side | null, status: string) => status !== 'draft' || side === 'landlord';
import type { Side } from '../../kernel/convention-scope';
import { canWrite, hasRole, type Principal } from '../../kernel/principal';

/** A guarantee request commits the office (article 3.1): its manager files it, as they submit a payment request. */
export const canFileGuaranteeRequest = canSubmitRequest;
/** The Département examines and records the decision of its deliberating body: the DAT coordinator. */
export const canExamineGuaranteeRequest = canManageFinance;
