import { apportion } from '../../src/server/seed/demo-stock';
import { referenceEnvelopes } from '../../src/server/seed/reference-finance';
import { advanceAndBalance } from '../../src/server/domains/finance/finance.rules';
import type { Cast } from './people';
import { addDays, at, minDate, workingDay, type Rng } from './random';
import { ref, type Cell, type SqlWriter } from './sql';

/**
 * The money of the convention: the yearly allocations 2025–2033 of both envelopes (2024's are the
 * seed's), Σ within each envelope; one funding agreement per allocation of a year already begun,
 * committing the whole allocation, with its schedule (advance 30 %, instalment 40 %, balance)
 * summing exactly to it (finance.rules). Requests, payments and affectations are in requests.ts.
 */

export type EnvelopeKind = 'investment' | 'operating';

export interface Allocation {
  /** Its id: a new row's UUID, or the seed's row through the lookup. */
  cell: Cell;
  id: string | null;
  kind: EnvelopeKind;
  year: number;
  amount: bigint;
  deliberationDate: string;
  deliberationNumber: string | null;
}

export interface ScheduleLine {
  id: string;
  kind: 'advance' | 'instalment' | 'balance';
  label: string;
  amount: bigint;
  percent: number;
  required: string[];
}

export interface Agreement {
  id: string;
  kind: EnvelopeKind;
  year: number;
  allocation: Allocation;
  amount: bigint;
  decidedOn: string;
  signedOn: string;
  lines: ScheduleLine[];
}

/** Keeps a margin under each envelope: nothing is allocated to the last euro. */
const MARGIN_EUROS = 500_000;
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033];

/** The n-th Monday of a month. */
export function nthMonday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (8 - first.getUTCDay()) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + 7 * (n - 1))).toISOString().slice(0, 10);
}

/** The Commission permanente's sessions: allocations in late January, funding agreements in April. */
export const allocationSession = (year: number) => nthMonday(year, 1, 4);
export const agreementSession = (year: number) => nthMonday(year, 4, 2);

export function generateAllocations(rng: Rng, asOf: string): Allocation[] {
  const allocations: Allocation[] = [];
  for (const envelope of referenceEnvelopes) {
    allocations.push({
      cell: ref(`allocation:${envelope.kind}:2024`),
      id: null,
      kind: envelope.kind,
      year: 2024,
      amount: envelope.allocation2024Cents,
      deliberationDate: '2024-01-29',
      deliberationNumber: null,
    });
    const total = Number((envelope.amountCents - envelope.allocation2024Cents) / 100n) - MARGIN_EUROS;
    const weights = YEARS.map(
      (y) => (envelope.kind === 'investment' ? (y === 2025 ? 8 : y === 2026 ? 10 : 11) : 10) + rng.float(),
    );
    const parts = apportion(total, weights);
    YEARS.forEach((year, i) => {
      const date = allocationSession(year);
      const id = rng.uuid();
      allocations.push({
        cell: id,
        id,
        kind: envelope.kind,
        year,
        amount: BigInt(parts[i]!) * 100n,
        deliberationDate: date,
        deliberationNumber: date <= asOf ? `CP-${year}-${envelope.kind === 'investment' ? '001' : '002'}` : null,
      });
    });
  }
  return allocations;
}

const REQUIRED: Record<ScheduleLine['kind'], string[]> = {
  advance: ['Ordre de service de démarrage des travaux'],
  instalment: ['État récapitulatif des dépenses réalisées'],
  balance: ['Décompte général définitif', 'Procès-verbal de réception des travaux'],
};

export function generateAgreements(allocations: Allocation[], rng: Rng, asOf: string): Agreement[] {
  const agreements: Agreement[] = [];
  for (const allocation of allocations) {
    const decidedOn = agreementSession(allocation.year);
    if (decidedOn > asOf) continue;
    const amount = allocation.amount;
    const [advance, rest] = advanceAndBalance(amount, 30);
    const [instalment] = advanceAndBalance(amount, 40);
    const lines: ScheduleLine[] = [
      {
        id: rng.uuid(),
        kind: 'advance',
        label: 'Avance de 30 % au démarrage des opérations',
        amount: advance,
        percent: 30,
        required: REQUIRED.advance,
      },
      {
        id: rng.uuid(),
        kind: 'instalment',
        label: 'Acompte de 40 % à mi-parcours',
        amount: instalment,
        percent: 40,
        required: REQUIRED.instalment,
      },
      {
        id: rng.uuid(),
        kind: 'balance',
        label: 'Solde sur justification de l’achèvement',
        amount: rest - instalment,
        percent: 30,
        required: REQUIRED.balance,
      },
    ];
    agreements.push({
      id: rng.uuid(),
      kind: allocation.kind,
      year: allocation.year,
      allocation,
      amount,
      decidedOn,
      signedOn: workingDay(addDays(decidedOn, rng.int(7, 20))),
      lines,
    });
  }
  return agreements;
}

export async function writeFinance(
  out: SqlWriter,
  allocations: Allocation[],
  agreements: Agreement[],
  cast: Cast,
  asOf: string,
) {
  const coordinator = cast.of('coordinator');
  await out.insert(
    'allocations',
    [
      'id',
      'envelope_id',
      'year',
      'amount_cents',
      'deliberation_body',
      'deliberation_date',
      'deliberation_number',
      'created_by',
      'created_at',
    ],
    allocations
      .filter((a) => a.id !== null)
      .map((a) => [
        a.id,
        ref(`envelope:${a.kind}`),
        a.year,
        a.amount,
        'Commission permanente',
        a.deliberationDate,
        a.deliberationNumber,
        coordinator.id,
        at(minDate(a.deliberationDate, asOf), 15),
      ]),
  );
  await out.insert(
    'funding_agreements',
    [
      'id',
      'allocation_id',
      'amount_cents',
      'signed_on',
      'purpose',
      'justification_deadline',
      'reimbursement_clause',
      'created_by',
      'created_at',
    ],
    agreements.map((g) => [
      g.id,
      g.allocation.cell,
      g.amount,
      g.signedOn,
      `Convention d'application ${g.year} : ${g.kind === 'investment' ? 'réhabilitation et adaptation du parc (investissement)' : 'maintenance du parc (fonctionnement)'}`,
      `${g.year + 2}-06-30`,
      'Les sommes non justifiées au terme du délai de justification sont reversées au Département sur titre de recette.',
      coordinator.id,
      at(g.decidedOn, 16),
    ]),
  );
  await out.insert(
    'schedule_lines',
    ['id', 'funding_agreement_id', 'position', 'kind', 'label', 'amount_cents', 'condition', 'required_documents'],
    agreements.flatMap((g) =>
      g.lines.map((l, position): Cell[] => [
        l.id,
        g.id,
        position,
        l.kind,
        l.label,
        l.amount,
        null,
        JSON.stringify(l.required),
      ]),
    ),
  );
}
