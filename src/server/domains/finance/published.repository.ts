import { endOfParisDay } from '../../platform/db/paris-day';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The reads of the finance tables that other domains compose with their own (operations, forecasts,
 * indicators, governance, obligations' evidence bundle), published by finance.queries: plain
 * functions over `db` or the caller's transaction.
 */

/** Whether Copil holds the convention's money (it has envelopes); a past convention kept for history has none. */
export async function conventionHoldsFinance(db: Q, conventionId: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('envelopes')
      .select('id')
      .where('convention_id', '=', conventionId)
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

/** The convention's funding agreements, with the year and the envelope kind that name them. */
export function agreementsOfConvention(db: Q, conventionId: string) {
  return db
    .selectFrom('funding_agreements as g')
    .innerJoin('allocations as a', 'a.id', 'g.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['g.id', 'a.year', 'e.kind'])
    .where('e.convention_id', '=', conventionId)
    .execute();
}

/** Funding agreements by id, with the year and the envelope kind that name them. */
export function agreementsByIds(db: Q, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('funding_agreements as g')
    .innerJoin('allocations as a', 'a.id', 'g.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['g.id', 'a.year', 'e.kind'])
    .where('g.id', 'in', agreementIds)
    .execute();
}

/** What was affected to an operation, per funding agreement, in cents. */
export async function affectedToOperation(db: Q, operationId: string): Promise<Map<string, bigint>> {
  const rows = await db
    .selectFrom('affectations')
    .select(['funding_agreement_id', sql<bigint>`sum(amount_cents)::bigint`.as('cents')])
    .where('operation_id', '=', operationId)
    .groupBy('funding_agreement_id')
    .execute();
  return new Map(rows.map((r) => [r.funding_agreement_id, BigInt(r.cents)]));
}

/** The payment requests made for an operation, oldest first. */
export function paymentRequestsOfOperation(db: Q, operationId: string) {
  return db
    .selectFrom('payment_requests')
    .select(['id', 'amount_cents', 'status'])
    .where('operation_id', '=', operationId)
    .orderBy('created_at')
    .execute();
}

/** The allocations voted per year and kind (délibérations d'application). */
export function allocationsByYear(db: Q, conventionId: string) {
  return db
    .selectFrom('allocations as a')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select(['a.year', 'e.kind', 'a.amount_cents'])
    .where('e.convention_id', '=', conventionId)
    .execute();
}

/** Subsidies paid per year (mandate date) on the convention's envelopes, in cents: one grouped query. */
export async function paidByYear(db: Q, conventionId: string): Promise<Map<number, bigint>> {
  const rows = await db
    .selectFrom('payments as p')
    .innerJoin('funding_agreements as f', 'f.id', 'p.funding_agreement_id')
    .innerJoin('allocations as al', 'al.id', 'f.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'al.envelope_id')
    .select([
      sql<number>`cast(extract(year from p.mandate_date) as integer)`.as('year'),
      sql<bigint>`sum(p.amount_cents)::int8`.as('cents'),
    ])
    .where('e.convention_id', '=', conventionId)
    .groupBy(sql`extract(year from p.mandate_date)`)
    .execute();
  return new Map(rows.map((r) => [Number(r.year), BigInt(r.cents)]));
}

/** An allocation of the convention (its year and envelope kind), or undefined when it is not one of its. */
export function allocationOfConvention(db: Q, conventionId: string, allocationId: string) {
  return db
    .selectFrom('allocations')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(['allocations.year', 'envelopes.kind'])
    .where('allocations.id', '=', allocationId)
    .where('envelopes.convention_id', '=', conventionId)
    .executeTakeFirst();
}

/** A funding agreement of the convention (its year and envelope kind), or undefined when it is not one of its. */
export function agreementOfConvention(db: Q, conventionId: string, agreementId: string) {
  return db
    .selectFrom('funding_agreements')
    .innerJoin('allocations', 'allocations.id', 'funding_agreements.allocation_id')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(['allocations.year', 'envelopes.kind'])
    .where('funding_agreements.id', '=', agreementId)
    .where('envelopes.convention_id', '=', conventionId)
    .executeTakeFirst();
}

/** A loan guarantee of the convention, or undefined when it is not one of its. */
export function loanGuaranteeOfConvention(db: Q, conventionId: string, guaranteeId: string) {
  return db
    .selectFrom('loan_guarantees')
    .select(['lender', 'contract_number'])
    .where('id', '=', guaranteeId)
    .where('convention_id', '=', conventionId)
    .executeTakeFirst();
}

/*
 * The convention's finances as they stood at the end of a Paris calendar day (the evidence bundle):
 * rows created after that day are left out.
 */

/** The convention's funding agreements made by the day, with their envelope and year. */
export function agreementsAsOf(db: Q, conventionId: string, asOf: string) {
  return db
    .selectFrom('funding_agreements as f')
    .innerJoin('allocations as a', 'a.id', 'f.allocation_id')
    .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
    .select([
      'f.id',
      'e.label as envelope',
      'a.year',
      'f.amount_cents',
      'f.signed_on',
      'f.purpose',
      'f.justification_deadline',
      'f.reimbursement_clause',
      'f.created_at',
    ])
    .where('e.convention_id', '=', conventionId)
    .where('f.created_at', '<', endOfParisDay(asOf))
    .orderBy('a.year')
    .orderBy('f.created_at')
    .execute();
}

/** The convention's payment requests submitted by the day, oldest first. */
export function submittedRequestsAsOf(db: Q, conventionId: string, asOf: string) {
  return (
    db
      .selectFrom('payment_requests as r')
      .innerJoin('funding_agreements as f', 'f.id', 'r.funding_agreement_id')
      .innerJoin('allocations as a', 'a.id', 'f.allocation_id')
      .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
      .select([
        'r.id',
        'r.funding_agreement_id',
        'r.amount_cents',
        'r.status',
        'r.description',
        'r.created_at',
        'r.submitted_at',
      ])
      .where('e.convention_id', '=', conventionId)
      .where('r.created_at', '<', endOfParisDay(asOf))
      // A draft is the office's work in progress, hidden from the Département and the controller:
      // a request enters the bundle once it was submitted by that day.
      .where('r.status', '<>', 'draft')
      .where((eb) =>
        eb.or([
          eb('r.submitted_at', '<', endOfParisDay(asOf)),
          eb.exists(
            eb
              .selectFrom('payment_request_events as h')
              .select('h.id')
              .whereRef('h.request_id', '=', 'r.id')
              .where('h.to_status', '=', 'submitted')
              .where('h.occurred_at', '<', endOfParisDay(asOf)),
          ),
        ]),
      )
      .orderBy('r.created_at')
      .execute()
  );
}

/** The status history of the requests up to the day, so a later approval does not show. */
export function requestEventsAsOf(db: Q, requestIds: string[], asOf: string) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_request_events')
    .select(['request_id', 'from_status', 'to_status', 'comment', 'actor_label', 'occurred_at'])
    .where('request_id', 'in', requestIds)
    .where('occurred_at', '<', endOfParisDay(asOf))
    .orderBy('occurred_at')
    .execute();
}

/** The documents added to the requests by the day, with their content. */
export function requestDocumentsAsOf(db: Q, requestIds: string[], asOf: string) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_request_documents as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select(['p.request_id', 'p.requirement', 'd.id', 'd.filename', 'd.sha256', 'd.content'])
    .where('p.request_id', 'in', requestIds)
    .where('p.added_at', '<', endOfParisDay(asOf))
    .orderBy('p.added_at')
    .execute();
}

/*
 * What proves a finance duty done (obligations' evidence): the allocation voted for a year, and the
 * year's two funding agreements (investment and operating) signed.
 */

/** The first deliberation date of each year's allocations, on any of the convention's envelopes. */
export async function allocationVotedByYear(db: Q, conventionId: string): Promise<{ year: number; on: string }[]> {
  const rows = await db
    .selectFrom('allocations')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(['allocations.year', (eb) => eb.fn.min('allocations.deliberation_date').as('on')])
    .where('envelopes.convention_id', '=', conventionId)
    .groupBy('allocations.year')
    .execute();
  return rows.map((r) => ({ year: r.year, on: r.on as string }));
}

/** The years whose agreements of both envelope kinds were signed by `today`, on the later signature. */
export async function agreementsSignedByYear(
  db: Q,
  conventionId: string,
  today: string,
): Promise<{ year: number; on: string }[]> {
  const rows = await db
    .selectFrom('funding_agreements')
    .innerJoin('allocations', 'allocations.id', 'funding_agreements.allocation_id')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select(['allocations.year', (eb) => eb.fn.max('funding_agreements.signed_on').as('on')])
    .where('envelopes.convention_id', '=', conventionId)
    .where('funding_agreements.signed_on', 'is not', null)
    .where('funding_agreements.signed_on', '<=', today)
    .groupBy('allocations.year')
    .having(sql<number>`count(distinct envelopes.kind)`, '=', 2)
    .execute();
  return rows.map((r) => ({ year: r.year, on: r.on as string }));
}
