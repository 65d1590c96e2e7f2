import type { Transaction } from 'kysely';
import { centsToEuros } from '../../../contracts/money';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import * as repo from './finance.repository';
import { envelopePosition, type EnvelopePosition } from './position.rules';
import * as requestsRepo from './requests.repository';
import { requestsInExaminationAsOf } from './guarantee-requests.repository';
import { guaranteeRequestReference } from './guarantees.rules';

type Q = Db | Transaction<Database>;

/**
 * The finance domain's published reads: each envelope's position as of a date (amount as revised
 * on that date, allocated, committed, paid, reimbursed, left, year by year, and the forecast made
 * on that date), computed by position.rules. The finance page, the dashboard, the annual review
 * and COPIL pack call this; no other domain reads the finance tables for these figures.
 */

/** Every row an envelope's position is computed from, read once for the convention. */
export async function loadFinanceRows(db: Q, conventionId: string) {
  const envelopes = await repo.listEnvelopes(db, conventionId);
  const ids = envelopes.map((x) => x.id);
  const [revisions, allocations, agreements] = await Promise.all([
    repo.listRevisions(db, ids),
    repo.listAllocations(db, ids),
    repo.listAgreements(db, conventionId),
  ]);
  const agreementIds = agreements.map((a) => a.id);
  const [requests, payments, reimbursements] = await Promise.all([
    requestsRepo.listRequests(db, agreementIds),
    repo.listPayments(db, agreementIds),
    repo.listReimbursements(db, agreementIds),
  ]);
  return { envelopes, revisions, allocations, agreements, requests, payments, reimbursements };
}
export type FinanceRows = Awaited<ReturnType<typeof loadFinanceRows>>;

/** The position of one envelope of the loaded rows as of `asOf`. */
export const positionOf = (rows: FinanceRows, envelope: FinanceRows['envelopes'][number], asOf: string) =>
  envelopePosition({ ...rows, envelope }, asOf);

/** An envelope's position as other parts of Copil read it: euros as decimal strings. */
export interface EnvelopeFigures {
  id: string;
  kind: 'investment' | 'operating';
  label: string;
  asOf: string;
  /** The envelope as revised on asOf (a revision effective later does not count). */
  amount: string;
  allocated: string;
  committed: string;
  paid: string;
  reimbursed: string;
  leftToAllocate: string;
  leftToPay: string;
  byYear: { year: number; allocated: string; committed: string; requested: string; paid: string }[];
  forecast: {
    remainingYears: number[];
    missedYears: number[];
    requiredPace: string | null;
    currentPace: string | null;
    projectedExhaustionYear: number | null;
    onTrack: boolean;
  };
}

const e = centsToEuros;
export function figuresOf(
  envelope: { id: string; kind: 'investment' | 'operating'; label: string },
  p: EnvelopePosition,
): EnvelopeFigures {
  return {
    id: envelope.id,
    kind: envelope.kind,
    label: envelope.label,
    asOf: p.asOf,
    amount: e(p.amountCents),
    allocated: e(p.allocatedCents),
    committed: e(p.committedCents),
    paid: e(p.paidCents),
    reimbursed: e(p.reimbursedCents),
    leftToAllocate: e(p.leftToAllocateCents),
    leftToPay: e(p.leftToPayCents),
    byYear: p.byYear.map((y) => ({
      year: y.year,
      allocated: e(y.allocatedCents),
      committed: e(y.committedCents),
      requested: e(y.requestedCents),
      paid: e(y.paidCents),
    })),
    forecast: {
      remainingYears: p.forecast.remainingYears,
      missedYears: p.forecast.missedYears,
      requiredPace: p.forecast.requiredPaceCents === null ? null : e(p.forecast.requiredPaceCents),
      currentPace: p.forecast.currentPaceCents === null ? null : e(p.forecast.currentPaceCents),
      projectedExhaustionYear: p.forecast.projectedExhaustionYear,
      onTrack: p.forecast.onTrack,
    },
  };
}

/** The convention's envelopes (investment, then operating) and their position as of `asOf`. */
export async function envelopePositionsAsOf(db: Q, conventionId: string, asOf: string): Promise<EnvelopeFigures[]> {
  const rows = await loadFinanceRows(db, conventionId);
  return rows.envelopes.map((env) => figuresOf(env, positionOf(rows, env, asOf)));
}

/**
 * What the finance domain publishes to the others: the convention's finance overview (envelopes,
 * allocations, agreements, payments and the forecast) and its tables as spreadsheet sheets. Other
 * domains read the finance tables through these alone (the lint rule in eslint.config.js).
 */
export { getFinanceOverview } from './envelopes.service';
export { financeSheets, financeTables } from './exports.service';
/**
 * The finance reads other domains compose with their own: what operations show of their funding,
 * the forecast's voted and paid per year, the indicators' payments, governance's link targets.
 */
export {
  affectedToOperation,
  agreementOfConvention,
  agreementsByIds,
  agreementsOfConvention,
  allocationOfConvention,
  allocationsByYear,
  conventionHoldsFinance,
  loanGuaranteeOfConvention,
  paidByYear,
  paymentRequestsOfOperation,
} from './published.repository';
/** The convention's finances as of a day, for the evidence bundle: agreements, submitted requests, their history and documents. */
export { agreementsAsOf, requestDocumentsAsOf, requestEventsAsOf, submittedRequestsAsOf } from './published.repository';
/** What proves a finance duty done: the allocation voted, the year's agreements signed (obligations' evidence). */
export { agreementsSignedByYear, allocationVotedByYear } from './published.repository';

/** Guarantee requests filed and not yet decided on a date (article 3.1): the page, the dashboard and the review count them. */
export async function guaranteeRequestsInExaminationAsOf(db: Q, conventionId: string, asOf: string) {
  return (await requestsInExaminationAsOf(db, conventionId, asOf)).map((r) => ({
    id: r.id,
    reference: guaranteeRequestReference(r.reference),
    lender: r.lender,
    operationLabel: r.operation_label,
    loanAmount: centsToEuros(r.loan_amount_cents),
    submittedOn: r.submitted_on,
  }));
}

/**
 * What a deliberation of the Département votes, as governance links it: an envelope of the
 * convention (its programme or commitment authorisation), or undefined when it is not one of its;
 * and the convention's envelopes with their allocations (ids, kind, year, amount), for the seed's
 * plenary decision of 29 January 2024.
 */
export async function envelopeOfConvention(db: Q, conventionId: string, envelopeId: string) {
  const envelope = (await repo.listEnvelopes(db, conventionId)).find((e) => e.id === envelopeId);
  return envelope ? { id: envelope.id, kind: envelope.kind, label: envelope.label } : undefined;
}

export async function envelopesWithAllocations(db: Q, conventionId: string) {
  const envelopes = await repo.listEnvelopes(db, conventionId);
  const allocations = await repo.listAllocations(
    db,
    envelopes.map((e) => e.id),
  );
  return envelopes.map((e) => ({
    id: e.id,
    kind: e.kind,
    allocations: allocations
      .filter((a) => a.envelope_id === e.id)
      .map((a) => ({ id: a.id, year: a.year, amountCents: a.amount_cents })),
  }));
}
