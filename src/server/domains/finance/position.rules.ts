import { envelopeAmountOn, isRequested, sum, type RequestStatus } from './finance.rules';
import { forecastEnvelope, type Forecast } from './forecast.rules';

/**
 * An envelope's position as of a date D, pure: the amount as revised on D, what was allocated
 * (deliberations voted by D), committed (financial conventions of those allocations, signed by D
 * or not yet signed), paid (payments mandated by D), reimbursed (revenue orders issued by D), what
 * is left, year by year, and the forecast made on D. The finance page (D = today), the dashboard
 * (today), the annual review and COPIL pack of year Y (31/12/Y) and the workbook all read it
 * through finance.queries.
 */
export interface PositionRows {
  envelope: { id: string; amount_cents: bigint; period_start: string; period_end: string };
  revisions: { envelope_id: string; effective_on: string; amount_cents: bigint }[];
  allocations: { id: string; envelope_id: string; year: number; amount_cents: bigint; deliberation_date: string }[];
  agreements: { id: string; allocation_id: string; year: number; amount_cents: bigint; signed_on: string | null }[];
  requests: { funding_agreement_id: string; amount_cents: bigint; status: string }[];
  payments: { funding_agreement_id: string; amount_cents: bigint; mandate_date: string }[];
  reimbursements: { funding_agreement_id: string; amount_cents: bigint; issued_on: string }[];
}

export interface YearPosition {
  year: number;
  allocatedCents: bigint;
  committedCents: bigint;
  requestedCents: bigint;
  paidCents: bigint;
}

export interface EnvelopePosition {
  asOf: string;
  amountCents: bigint;
  allocatedCents: bigint;
  committedCents: bigint;
  /** Requested by the requests' present state (a request's history is not dated here). */
  requestedCents: bigint;
  paidCents: bigint;
  reimbursedCents: bigint;
  leftToAllocateCents: bigint;
  /** "Reste à verser": the envelope as revised on D less what was paid by D. */
  leftToPayCents: bigint;
  /** Allocations and agreements counted on D. */
  allocationIds: string[];
  agreementIds: string[];
  byYear: YearPosition[];
  forecast: Forecast;
}

export function envelopePosition(rows: PositionRows, asOf: string): EnvelopePosition {
  const env = rows.envelope;
  const amountCents = envelopeAmountOn(
    env.amount_cents,
    rows.revisions
      .filter((r) => r.envelope_id === env.id)
      .map((r) => ({ effectiveOn: r.effective_on, amountCents: r.amount_cents })),
    asOf,
  );
  const allocations = rows.allocations.filter((a) => a.envelope_id === env.id && a.deliberation_date <= asOf);
  const allocationIds = new Set(allocations.map((a) => a.id));
  const agreements = rows.agreements.filter(
    (g) => allocationIds.has(g.allocation_id) && (g.signed_on === null || g.signed_on <= asOf),
  );
  const on = (ids: Set<string>) => (x: { funding_agreement_id: string }) => ids.has(x.funding_agreement_id);
  const requestedOf = (ids: Set<string>) =>
    sum(rows.requests.filter((r) => on(ids)(r) && isRequested(r.status as RequestStatus)).map((r) => r.amount_cents));
  const paidOf = (ids: Set<string>) =>
    sum(
      rows.payments
        .filter(on(ids))
        .filter((p) => p.mandate_date <= asOf)
        .map((p) => p.amount_cents),
    );
  const agreementIds = new Set(agreements.map((g) => g.id));
  const allocatedCents = sum(allocations.map((a) => a.amount_cents));
  const paidCents = paidOf(agreementIds);
  const startYear = Number(env.period_start.slice(0, 4));
  const endYear = Number(env.period_end.slice(0, 4));
  return {
    asOf,
    amountCents,
    allocatedCents,
    committedCents: sum(agreements.map((g) => g.amount_cents)),
    requestedCents: requestedOf(agreementIds),
    paidCents,
    reimbursedCents: sum(
      rows.reimbursements
        .filter(on(agreementIds))
        .filter((r) => r.issued_on <= asOf)
        .map((r) => r.amount_cents),
    ),
    leftToAllocateCents: amountCents - allocatedCents,
    leftToPayCents: amountCents - paidCents,
    allocationIds: [...allocationIds],
    agreementIds: [...agreementIds],
    byYear: Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i).map((year) => {
      const ofYear = new Set(agreements.filter((g) => g.year === year).map((g) => g.id));
      return {
        year,
        allocatedCents: sum(allocations.filter((a) => a.year === year).map((a) => a.amount_cents)),
        committedCents: sum(agreements.filter((g) => g.year === year).map((g) => g.amount_cents)),
        requestedCents: requestedOf(ofYear),
        paidCents: paidOf(ofYear),
      };
    }),
    forecast: forecastEnvelope({
      amountCents,
      periodStart: env.period_start,
      periodEnd: env.period_end,
      allocations: allocations.map((a) => ({ year: a.year, amountCents: a.amount_cents })),
      asOf,
    }),
  };
}
