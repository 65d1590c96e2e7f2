import type { EnergyClass } from '../../src/contracts/housing';
import type { FundingSource, OperationKind, OperationStatus, Phase } from '../../src/contracts/operations';
import { communeName } from '../../src/server/kernel/geography';
import { isRenovation } from '../../src/server/domains/operations/operations.rules';
import type { Agreement } from './finance';
import type { Cast, Person } from './people';
import { addDays, at, daysBetween, maxDate, minDate, workingDay, yearOf, type Rng } from './random';
import { ref, type Cell, type SqlWriter } from './sql';
import type { StockIndex } from './stock-index';

/**
 * The operations: one per 40 dwellings on average, spread over 2023–2033, each with its phases
 * (planned dates in order, actual dates in order and never after the dataset's date), a status
 * that says what the dates say (operations.rules: delivered exactly when delivered, at 100 %),
 * dwellings taken from the stock (renovations take E, F and G dwellings worst first, commune by
 * commune; a dwelling is taken once, so never in two active renovations) or counted by class,
 * a target class never worse than the dwelling's, costs, and a funding plan within the cost whose
 * Département line, when there is one, names that year's funding agreement within its budget.
 */

export interface PhaseDate {
  phase: Phase;
  planned: string;
  actual: string | null;
}

export interface FundingLine {
  id: string;
  source: FundingSource;
  amount: bigint;
  agreementId: string | null;
}

export interface Operation {
  id: string;
  reference: string;
  label: string;
  kind: OperationKind;
  commune: string;
  residence: string | null;
  status: OperationStatus;
  percent: number;
  phases: PhaseDate[];
  dwellings: { d: number; target: EnergyClass | null }[];
  classCounts: { before: EnergyClass; target: EnergyClass | null; count: number }[];
  costExcl: bigint;
  costIncl: bigint;
  energy: [string, string] | null;
  funding: FundingLine[];
  subsidy: { agreement: Agreement; amount: bigint } | null;
  createdBy: Person;
  createdOn: string;
  updatedOn: string;
}

const KINDS: [OperationKind, number][] = [
  ['thermal_renovation', 22],
  ['maintenance', 30],
  ['vacant_renovation', 18],
  ['adaptation', 15],
  ['establishment_works', 5],
  ['demolition_reconstruction', 3],
  ['other', 7],
];
const START_YEARS: [number, number][] = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033].map(
  (y, i) => [y, [8, 12, 13, 13, 12, 10, 8, 7, 6, 6, 5][i]!],
);
const DURATION: Record<OperationKind, [number, number]> = {
  thermal_renovation: [240, 540],
  vacant_renovation: [30, 120],
  adaptation: [15, 60],
  maintenance: [30, 180],
  establishment_works: [120, 365],
  demolition_reconstruction: [365, 720],
  other: [60, 240],
};
/** Cost before tax in euros: per dwelling, or per operation for establishments, adaptations and the rest. */
const COST_PER_UNIT: Record<OperationKind, [number, number]> = {
  thermal_renovation: [28_000, 48_000],
  vacant_renovation: [12_000, 30_000],
  adaptation: [4_000, 12_000],
  maintenance: [1_500, 5_000],
  establishment_works: [150_000, 900_000],
  demolition_reconstruction: [70_000, 110_000],
  other: [20_000, 250_000],
};
const RESIDENCES = [
  'les Tilleuls',
  'du Parc',
  'les Acacias',
  'Jean Jaurès',
  'Pasteur',
  'la Roseraie',
  'les Peupliers',
  'Victor Hugo',
  'du Moulin',
  'les Hortensias',
  'les Glycines',
  'Salvador Allende',
];
/** Département subsidy per dwelling (or per operation), and the envelope it comes from. */
const SUBSIDY: Partial<Record<OperationKind, { perDwelling: number; flat: number; kind: 'investment' | 'operating' }>> =
  {
    thermal_renovation: { perDwelling: 5_000, flat: 0, kind: 'investment' },
    vacant_renovation: { perDwelling: 7_000, flat: 0, kind: 'investment' },
    adaptation: { perDwelling: 0, flat: 3_000, kind: 'investment' },
    establishment_works: { perDwelling: 0, flat: 120_000, kind: 'investment' },
    demolition_reconstruction: { perDwelling: 10_000, flat: 0, kind: 'investment' },
    maintenance: { perDwelling: 1_200, flat: 0, kind: 'operating' },
  };
const PHASES: Phase[] = ['studies', 'tender', 'start_order', 'works', 'delivery', 'final_account'];

const vat = (kind: OperationKind) => (kind === 'thermal_renovation' || kind === 'adaptation' ? 1055n : 1100n);
const share = (amount: bigint, percent: number) => ((amount * BigInt(Math.round(percent * 10))) / 1000n / 100n) * 100n;

function targetFor(before: EnergyClass | null, rng: Rng): EnergyClass {
  if (before === 'G') return rng.pick(['D', 'C', 'C'] as const);
  if (before === 'F') return rng.pick(['D', 'C', 'C', 'B'] as const);
  if (before === 'E') return rng.pick(['C', 'C', 'B', 'D'] as const);
  return before === null || before > 'B' ? 'B' : before;
}

function phasesFor(kind: OperationKind, start: string, asOf: string, rng: Rng): PhaseDate[] {
  const [lo, hi] = DURATION[kind];
  const delivery = addDays(start, rng.int(lo, hi));
  const planned: Record<Phase, string> = {
    studies: addDays(start, -rng.int(180, 300)),
    tender: addDays(start, -rng.int(60, 150)),
    start_order: start,
    works: addDays(start, rng.int(7, 30)),
    delivery,
    final_account: addDays(delivery, rng.int(60, 180)),
  };
  let previous: string | null = null;
  let stopped = false;
  return PHASES.map((phase) => {
    let actual: string | null = null;
    if (!stopped) {
      const slipped = workingDay(addDays(planned[phase], rng.int(-5, 45)));
      const candidate: string = previous && slipped < previous ? previous : slipped;
      if (candidate <= asOf) actual = candidate;
      else stopped = true;
    }
    previous = actual ?? previous;
    return { phase, planned: planned[phase], actual };
  });
}

/** What a progress row says of an operation at a half-year's end. */
export function stateAt(
  op: Operation,
  date: string,
): { status: OperationStatus; percent: number; start: string | null; delivery: string | null; spent: bigint | null } {
  const start = op.phases.find((p) => p.phase === 'start_order')!.actual;
  const delivered = op.phases.find((p) => p.phase === 'delivery')!;
  const startOn = start && start <= date ? start : null;
  const deliveryOn = delivered.actual && delivered.actual <= date ? delivered.actual : null;
  const status: OperationStatus = deliveryOn ? 'delivered' : startOn ? 'in_progress' : 'planned';
  let percent = 0;
  if (deliveryOn) percent = 100;
  else if (startOn)
    percent = Math.min(
      95,
      Math.max(
        5,
        Math.round((100 * daysBetween(startOn, date)) / Math.max(1, daysBetween(startOn, delivered.planned))),
      ),
    );
  return {
    status,
    percent,
    start: startOn,
    delivery: deliveryOn,
    spent: status === 'planned' ? null : (op.costIncl * BigInt(percent)) / 100n,
  };
}

export function generateOperations(
  stock: StockIndex,
  options: { asOf: string; agreements: Agreement[]; cast: Cast; rng: Rng },
): Operation[] {
  const { asOf, agreements, cast, rng } = options;
  const count = Math.max(1, Math.round(stock.size / 40));
  // Early operations first, so that the first renovations take the worst classes.
  const starts = Array.from({ length: count }, () =>
    workingDay(addDays(`${rng.weighted(START_YEARS)}-01-01`, rng.int(0, 364))),
  ).sort();
  const budget = new Map(agreements.map((g) => [g.id, (g.amount * 95n) / 100n]));
  const ops: Operation[] = [];
  for (const [i, start] of starts.entries()) {
    const kind = rng.weighted(KINDS);
    const phases = phasesFor(kind, start, asOf, rng);
    const delivery = phases.find((p) => p.phase === 'delivery')!;
    const cancelled = !delivery.actual && rng.chance(0.02);
    const picks =
      kind === 'thermal_renovation'
        ? stock.takeCandidates(rng.int(8, 52))
        : kind === 'vacant_renovation'
          ? stock.takeCandidates(rng.int(1, 3))
          : kind === 'adaptation'
            ? stock.takeAny(1, rng)
            : kind === 'demolition_reconstruction'
              ? stock.takeAny(rng.int(8, 30), rng)
              : [];
    const dwellings = picks.map((d) => ({
      d,
      target: isRenovation(kind) ? targetFor(stock.effectiveClass(d), rng) : null,
    }));
    // One thermal renovation in four also counts dwellings by class not picked yet (the office's
    // plans before the addresses are known), so that the trajectory reads counted groups too.
    // Derived from the index, not drawn, so that the rest of the dataset stays as it was.
    const classCounts =
      kind === 'maintenance'
        ? rng
            .shuffle(['C', 'D', 'E'] as EnergyClass[])
            .slice(0, rng.int(1, 3))
            .map((before) => ({ before, target: null, count: rng.int(5, 60) }))
        : kind === 'thermal_renovation' && i % 4 === 0
          ? [{ before: (['E', 'F', 'G'] as EnergyClass[])[i % 3]!, target: 'C' as EnergyClass, count: 5 + (i % 30) }]
          : [];
    const units = dwellings.length + classCounts.reduce((n, c) => n + c.count, 0);
    const commune = picks.length > 0 ? stock.commune(picks[0]!) : stock.randomCommune(rng);
    const residence =
      kind === 'establishment_works'
        ? `Résidence autonomie ${rng.pick(RESIDENCES)}`
        : kind === 'adaptation'
          ? null
          : `Résidence ${rng.pick(RESIDENCES)}`;
    const [lo, hi] = COST_PER_UNIT[kind];
    const costExcl =
      rng.euros(lo, hi) *
      BigInt(['establishment_works', 'other', 'adaptation'].includes(kind) ? 1 : Math.max(1, units));
    const costIncl = (costExcl * vat(kind)) / 1000n;
    const status: OperationStatus = cancelled
      ? 'cancelled'
      : delivery.actual
        ? 'delivered'
        : phases.find((p) => p.phase === 'start_order')!.actual
          ? 'in_progress'
          : 'planned';
    const createdBy = cast.any('office_agent', rng);
    const createdOn = maxDate('2024-02-01', minDate(addDays(phases[0]!.planned, -30), addDays(asOf, -rng.int(1, 60))));
    const lastActual = phases.reduce<string>((m, p) => (p.actual && p.actual > m ? p.actual : m), createdOn);
    const op: Operation = {
      id: rng.uuid(),
      reference: `OP-${String(i + 1).padStart(4, '0')}`,
      label: `${labelOf(kind)} — ${communeName(commune)}${units > 1 ? ` (${units} logements)` : ''}`,
      kind,
      commune,
      residence,
      status,
      percent: 0,
      phases,
      dwellings,
      classCounts,
      costExcl,
      costIncl,
      energy:
        kind === 'thermal_renovation'
          ? [`${rng.int(230, 420)}.${rng.int(0, 9)}`, `${rng.int(70, 140)}.${rng.int(0, 9)}`]
          : kind === 'vacant_renovation'
            ? [`${rng.int(200, 350)}.0`, `${rng.int(120, 180)}.0`]
            : null,
      funding: [],
      subsidy: null,
      createdBy,
      createdOn,
      updatedOn: minDate(asOf, lastActual),
    };
    op.percent = cancelled ? 0 : stateAt(op, asOf).percent;
    const rule = SUBSIDY[kind];
    const agreement =
      rule && !cancelled ? agreements.find((g) => g.kind === rule.kind && g.year === yearOf(start)) : undefined;
    if (rule && agreement) {
      let amount = BigInt(rule.flat + rule.perDwelling * units) * 100n;
      if (amount > costIncl / 4n) amount = (costIncl / 4n / 100n) * 100n;
      const left = budget.get(agreement.id)!;
      if (amount > 0n && amount <= left) {
        budget.set(agreement.id, left - amount);
        op.subsidy = { agreement, amount };
      }
    }
    op.funding = fundingPlan(op, rng);
    ops.push(op);
  }
  return ops;
}

function labelOf(kind: OperationKind): string {
  return {
    thermal_renovation: 'Réhabilitation thermique',
    vacant_renovation: 'Remise en état de logements vacants',
    adaptation: 'Adaptation d’un logement',
    maintenance: 'Entretien du patrimoine',
    establishment_works: "Travaux d'établissement",
    demolition_reconstruction: 'Démolition-reconstruction',
    other: 'Aménagements extérieurs',
  }[kind];
}

/** Σ lines ≤ the cost (TTC): the Département's subsidy, loans and grants by kind, own funds for the rest. */
function fundingPlan(op: Operation, rng: Rng): FundingLine[] {
  const lines: Omit<FundingLine, 'id'>[] = [];
  if (op.subsidy) lines.push({ source: 'department', amount: op.subsidy.amount, agreementId: op.subsidy.agreement.id });
  if (op.kind === 'thermal_renovation') {
    const loan = BigInt(50_000 * op.dwellings.length) * 100n;
    const cap = share(op.costIncl, 40);
    lines.push({ source: 'eco_loan', amount: loan < cap ? loan : cap, agreementId: null });
    lines.push({ source: 'cee', amount: share(op.costIncl, 3), agreementId: null });
    if (rng.chance(0.3)) lines.push({ source: 'feder', amount: share(op.costIncl, 15), agreementId: null });
  }
  if (rng.chance(0.3)) lines.push({ source: 'region', amount: share(op.costIncl, 5), agreementId: null });
  const used = lines.reduce((s, l) => s + l.amount, 0n);
  lines.push({ source: 'own_funds', amount: op.costIncl - used, agreementId: null });
  return lines.filter((l) => l.amount > 0n).map((l) => ({ ...l, id: rng.uuid() }));
}

const RISKS = [
  'Retard de livraison des menuiseries',
  'Amiante découvert en cours de chantier',
  'Entreprise de gros œuvre en difficulté',
  'Relogement temporaire de locataires à organiser',
];

/** The operations and their children as SQL; picked dwellings are found by their key in the imported stock. */
export async function writeOperations(out: SqlWriter, ops: Operation[], stock: StockIndex, rng: Rng) {
  await out.insert(
    'operations',
    [
      'id',
      'convention_id',
      'organisation_id',
      'reference',
      'label',
      'kind',
      'programme',
      'commune_code',
      'residence',
      'status',
      'percent_complete',
      'energy_before',
      'energy_after',
      'cost_excl_tax_cents',
      'cost_incl_tax_cents',
      'risks',
      'comments',
      'created_by',
      'created_at',
      'updated_at',
    ],
    ops.map((o) => {
      const start = o.phases.find((p) => p.phase === 'start_order')!.planned;
      return [
        o.id,
        ref('convention'),
        ref('office'),
        o.reference,
        o.label,
        o.kind,
        yearOf(start) <= 2024 ? 'pmt_2022_2024' : 'pmt_2025_2030',
        o.commune,
        o.residence,
        o.status,
        o.percent,
        o.energy?.[0] ?? null,
        o.energy?.[1] ?? null,
        o.costExcl,
        o.costIncl,
        o.status === 'in_progress' && rng.chance(0.1) ? rng.pick(RISKS) : null,
        o.status === 'cancelled' ? 'Opération abandonnée : projet repris dans une démolition.' : null,
        o.createdBy.id,
        at(o.createdOn, 10),
        at(o.updatedOn, 16),
      ];
    }),
  );
  await out.insertSelect(
    'operation_dwellings',
    ['operation_id', 'dwelling_id', 'class_before', 'target_class'],
    ['o', 'k', 't'],
    'v.o::uuid, d.id, d.effective_class, v.t',
    "join dwellings d on d.organisation_id = pg_temp.bench_ref('office') and d.dwelling_key = v.k",
    ops.flatMap((o) => o.dwellings.map((w): Cell[] => [o.id, stock.key(w.d), w.target])),
  );
  await out.insert(
    'operation_class_counts',
    ['operation_id', 'class_before', 'target_class', 'dwelling_count'],
    ops.flatMap((o) => o.classCounts.map((c): Cell[] => [o.id, c.before, c.target, c.count])),
  );
  await out.insert(
    'operation_phases',
    ['operation_id', 'phase', 'planned_on', 'actual_on'],
    ops.flatMap((o) => o.phases.map((p): Cell[] => [o.id, p.phase, p.planned, p.actual])),
  );
  await out.insert(
    'operation_funding_lines',
    ['id', 'operation_id', 'position', 'source', 'amount_cents', 'funding_agreement_id'],
    ops.flatMap((o) =>
      o.funding.map((l, position): Cell[] => [l.id, o.id, position, l.source, l.amount, l.agreementId]),
    ),
  );
}
