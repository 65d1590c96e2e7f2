import type { Db } from '../platform/db/connect';

/**
 * Article 3 facts for the consistency world, dated so that the review's year and today differ:
 * three events reported in the review year (one closed, one acknowledged, one not), one today;
 * a guarantee request in examination since the review year, another filed today.
 */
export async function addArticle3Facts(db: Db, conventionId: string, reviewYear: number, today: string) {
  const y = (md: string) => `${reviewYear}-${md}`;
  const now = new Date();
  const event = (reference: number, reported: string, acknowledged: string | null, closed: string | null) => ({
    convention_id: conventionId,
    reference,
    category: 'delay' as const,
    title: `Fait n° ${reference}`,
    description: 'Retard de chantier',
    occurred_on: reported,
    reported_on: reported,
    acknowledged_on: acknowledged,
    closed_on: closed,
    closing_note: closed ? 'Réglé' : null,
    created_at: now,
  });
  await db
    .insertInto('reported_events')
    .values([
      event(1, y('03-02'), y('03-05'), y('09-30')),
      event(2, y('06-10'), y('06-12'), null),
      event(3, y('12-01'), null, null),
      event(4, today, null, null),
    ])
    .execute();
  const request = (reference: number, submitted: string) => ({
    convention_id: conventionId,
    reference,
    lender: 'Banque des Territoires',
    contract_number: `OFFRE-${reference}`,
    operation_label: 'Résidence Les Tilleuls',
    loan_amount_cents: 1_000_000_00n,
    guaranteed_share: '50.00',
    status: 'in_examination' as const,
    submitted_on: submitted,
    examination_started_on: submitted,
    created_at: now,
  });
  await db
    .insertInto('guarantee_requests')
    .values([request(1, y('10-01')), { ...request(2, today), status: 'submitted', examination_started_on: null }])
    .execute();
}
