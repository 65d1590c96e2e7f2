import { referenceIndicators } from '../../src/server/seed/reference-indicators';
import type { Allocation } from './finance';
import { stateAt, type Operation } from './operations';
import type { Cast } from './people';
import { addDays, at, workingDay, yearOf, type Rng } from './random';
import { json, ref, type Cell, type SqlWriter } from './sql';

/**
 * What the office reports: the half-year progress tables (every half-year ended by the dataset's
 * date, rows stating each operation at the half-year's end as progress.rules wants it — no date
 * after it, delivered exactly at 100 % — the older ones accepted, the last but one returned to
 * the office (editable), the last submitted and under review, each submission kept as a
 * snapshot), the November volume forecasts, and the values of the entered indicators.
 */

export interface ProgressTable {
  id: string;
  periodEnd: string;
  status: 'accepted' | 'returned' | 'submitted';
  operationIds: string[];
}

type Facts = {
  operationId: string;
  status: string;
  percentComplete: number;
  startActualOn: string | null;
  deliveryActualOn: string | null;
  spentCents: string | null;
  officeComment: string | null;
};

export function halfYearEnds(asOf: string): string[] {
  const ends: string[] = [];
  for (let y = 2024; y <= yearOf(asOf); y++)
    for (const end of [`${y}-06-30`, `${y}-12-31`]) if (addDays(end, 30) <= asOf) ends.push(end);
  return ends;
}

export async function writeProgress(
  out: SqlWriter,
  ops: Operation[],
  cast: Cast,
  rng: Rng,
  asOf: string,
): Promise<ProgressTable[]> {
  const ends = halfYearEnds(asOf);
  const tables: ProgressTable[] = [];
  const tableRows: Cell[][] = [];
  const rowRows: Cell[][] = [];
  const snapshots: Cell[][] = [];
  const manager = cast.of('office_manager');
  const coordinator = cast.of('coordinator');
  const live = ops.filter((o) => o.status !== 'cancelled');
  for (const [k, periodEnd] of ends.entries()) {
    const status = k === ends.length - 1 ? 'submitted' : k === ends.length - 2 ? 'returned' : 'accepted';
    const opened = workingDay(addDays(periodEnd, rng.int(3, 10)));
    const included = live.filter((o) => o.createdOn <= opened);
    const facts: Facts[] = included.map((o) => {
      const s = stateAt(o, periodEnd);
      const comment =
        s.status === 'in_progress' && rng.chance(0.05)
          ? `Réception prévue au ${o.phases
              .find((p) => p.phase === 'delivery')!
              .planned.split('-')
              .reverse()
              .join('/')}.`
          : null;
      return {
        operationId: o.id,
        status: s.status,
        percentComplete: s.percent,
        startActualOn: s.start,
        deliveryActualOn: s.delivery,
        spentCents: s.spent === null ? null : s.spent.toString(),
        officeComment: comment,
      };
    });
    const id = rng.uuid();
    const versions = status === 'accepted' && rng.chance(0.2) ? 2 : 1;
    let submitted = workingDay(addDays(opened, rng.int(12, 25)));
    for (let v = 1; v <= versions; v++) {
      if (v > 1) submitted = workingDay(addDays(submitted, rng.int(15, 25)));
      snapshots.push([rng.uuid(), id, v, at(submitted, 17), manager.id, json(facts)]);
    }
    const reviewed = workingDay(addDays(submitted, rng.int(10, 30)));
    const returned = status === 'returned';
    tableRows.push([
      id,
      ref('convention'),
      ref('office'),
      periodEnd,
      status,
      cast.any('office_agent', rng).id,
      at(opened, 9),
      at(submitted, 17),
      manager.id,
      status === 'accepted' ? at(reviewed, 11) : null,
      status === 'submitted' ? null : coordinator.id,
      returned ? 'Tableau renvoyé : les dépenses à date manquent pour plusieurs opérations livrées.' : null,
      at(status === 'submitted' ? submitted : reviewed, 17),
    ]);
    facts.forEach((f, position) => {
      const review = returned && rng.chance(0.02) ? 'Merci de préciser les dépenses à date.' : null;
      rowRows.push([
        id,
        f.operationId,
        position + 1,
        f.status,
        f.percentComplete,
        f.startActualOn,
        f.deliveryActualOn,
        f.spentCents === null ? null : BigInt(f.spentCents),
        f.officeComment,
        review,
      ]);
    });
    tables.push({ id, periodEnd, status, operationIds: facts.map((f) => f.operationId) });
  }
  await out.insert(
    'progress_tables',
    [
      'id',
      'convention_id',
      'organisation_id',
      'period_end',
      'status',
      'opened_by',
      'opened_at',
      'submitted_at',
      'submitted_by',
      'accepted_at',
      'reviewed_by',
      'review_comment',
      'updated_at',
    ],
    tableRows,
  );
  await out.insert(
    'progress_table_rows',
    [
      'progress_table_id',
      'operation_id',
      'position',
      'status',
      'percent_complete',
      'start_actual_on',
      'delivery_actual_on',
      'spent_cents',
      'office_comment',
      'review_comment',
    ],
    rowRows,
  );
  await out.insert(
    'progress_table_snapshots',
    ['id', 'progress_table_id', 'version', 'submitted_at', 'submitted_by', 'rows'],
    snapshots,
  );
  return tables;
}

/** The forecast of year Y, sent in November of Y−1: what the operations plan to deliver in Y, and next year's allocations as the amounts requested. */
export async function writeForecasts(
  out: SqlWriter,
  ops: Operation[],
  allocations: Allocation[],
  cast: Cast,
  rng: Rng,
  asOf: string,
) {
  const manager = cast.of('office_manager');
  const rows: Cell[][] = [];
  for (let year = 2025; year <= yearOf(asOf) + 1; year++) {
    const created = `${year - 1}-11-0${rng.int(2, 6)}`;
    if (created > asOf) continue;
    const sent = workingDay(`${year - 1}-11-${rng.int(12, 27)}`);
    const delivering = ops.filter(
      (o) => o.status !== 'cancelled' && yearOf(o.phases.find((p) => p.phase === 'delivery')!.planned) === year,
    );
    const byClass: Record<string, number> = {};
    for (const o of delivering.filter((x) => x.kind === 'thermal_renovation' || x.kind === 'vacant_renovation')) {
      for (const d of o.dwellings) if (d.target) byClass[d.target] = (byClass[d.target] ?? 0) + 1;
    }
    const maintenance = delivering
      .filter((o) => o.kind === 'maintenance')
      .reduce((n, o) => n + o.classCounts.reduce((m, c) => m + c.count, 0), 0);
    const requested = (kind: string) => allocations.find((a) => a.kind === kind && a.year === year)?.amount ?? 0n;
    const submitted = sent <= asOf;
    rows.push([
      rng.uuid(),
      ref('convention'),
      ref('office'),
      year,
      submitted ? 'submitted' : 'draft',
      json(byClass),
      maintenance,
      delivering.filter((o) => o.kind === 'adaptation').length,
      requested('investment'),
      requested('operating'),
      null,
      submitted ? at(sent, 16) : null,
      submitted ? manager.id : null,
      manager.id,
      at(created, 10),
      at(submitted ? sent : created, 16),
    ]);
  }
  await out.insert(
    'volume_forecasts',
    [
      'id',
      'convention_id',
      'organisation_id',
      'year',
      'status',
      'renovations_by_class',
      'maintenance_dwellings',
      'adaptations',
      'investment_requested_cents',
      'operating_requested_cents',
      'comment',
      'submitted_at',
      'submitted_by',
      'created_by',
      'created_at',
      'updated_at',
    ],
    rows,
  );
}

/** Yearly values of the entered indicators (the computed ones come from the data), near their target or their last known value; a few corrected once. */
export async function writeIndicatorValues(out: SqlWriter, cast: Cast, rng: Rng, asOf: string): Promise<string[]> {
  const rows: Cell[][] = [];
  const entered = referenceIndicators.filter((i) => i.computation === null);
  for (const indicator of entered) {
    const known = indicator.values.at(-1)?.value;
    for (let year = 2024; `${year + 1}-03-31` <= asOf; year++) {
      const target = indicator.targets.find((t) => t.years.includes(year))?.target;
      const base = Number(target ?? known ?? 50);
      const entries = rng.chance(0.15) ? 2 : 1;
      for (let e = 0; e < entries; e++) {
        const person =
          indicator.party === 'landlord' ? cast.any('office_agent', rng) : cast.any('department_agent', rng);
        const value = Math.round(base * (0.85 + rng.float() * 0.3) * (1 + (year - 2024) * 0.02));
        const on = workingDay(`${year + 1}-0${2 + e}-${String(rng.int(1, 28)).padStart(2, '0')}`);
        rows.push([
          rng.uuid(),
          ref(`indicator:${indicator.code}`),
          String(year),
          year,
          String(value),
          e > 0 ? 'Valeur corrigée après le rapport d’activité définitif.' : null,
          `Rapport d'activité ${year} de l'office`,
          null,
          person.id,
          person.displayName,
          at(on, 14),
        ]);
      }
    }
  }
  await out.insert(
    'indicator_values',
    [
      'id',
      'indicator_id',
      'period',
      'year',
      'value',
      'comment',
      'source',
      'evidence_document_id',
      'entered_by',
      'entered_by_label',
      'entered_at',
    ],
    rows,
  );
  return entered.map((i) => i.code);
}
