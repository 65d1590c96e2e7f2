import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listGuarantees(db: Q, conventionId: string) {
  return db
    .selectFrom('loan_guarantees')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('created_at')
    .execute();
}

export function findGuarantee(db: Q, id: string) {
  return db.selectFrom('loan_guarantees').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertGuarantee(db: Q, values: Insertable<Database['loan_guarantees']>) {
  return db.insertInto('loan_guarantees').values(values).returning('id').executeTakeFirstOrThrow();
}

export function listBalances(db: Q, guaranteeIds: string[]) {
  if (guaranteeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('guarantee_balances').selectAll().where('guarantee_id', 'in', guaranteeIds).execute();
}

export function upsertBalance(db: Q, guaranteeId: string, asOf: string, outstandingCents: bigint) {
  return db
    .insertInto('guarantee_balances')
    .values({ guarantee_id: guaranteeId, as_of: asOf, outstanding_cents: outstandingCents })
    .onConflict((oc) => oc.columns(['guarantee_id', 'as_of']).doUpdateSet({ outstanding_cents: outstandingCents }))
    .execute();
}

export function listPortfolioTotals(db: Q, conventionId: string) {
  return db.selectFrom('guarantee_portfolio_totals').selectAll().where('convention_id', '=', conventionId).execute();
}

export function insertPortfolioTotal(db: Q, values: Insertable<Database['guarantee_portfolio_totals']>) {
  return db.insertInto('guarantee_portfolio_totals').values(values).execute();
}
