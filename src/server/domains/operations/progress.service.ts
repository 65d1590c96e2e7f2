import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import { operationStatusLabels, type OperationStatus } from '../../../contracts/operations';
import {
  tableStatusLabels,
  type ProgressDiff,
  type ProgressTableList,
  type ProgressTableSummary,
  type ProgressTableView,
} from '../../../contracts/operations-progress';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, forbidden, notFound, type FieldError } from '../../platform/errors';
import type { Transaction } from 'kysely';
import { userNames } from '../access/access.queries';
import { operationPlace } from './operations.rules';
import { canFillProgress, canReviewProgress, canSubmitProgress } from './operations.policy';
import * as repo from './progress.repository';
import { operationChangeFromRow, type OperationState } from './progress-apply.rules';
import {
  diffRows,
  halfYearLabel,
  isEditable,
  nextTableStatus,
  progressColumns,
  rowProblems,
  tableDueDate,
  type ProgressFacts,
  type TableAction,
} from './progress.rules';

/**
 * The half-year progress tables: the office opens one per half-year (pre-filled from the
 * operations), fills it in the page or by an xlsx round trip (progress-xlsx.ts), and submits it;
 * the Département's coordinator comments per operation, returns or accepts it. Each submission is
 * kept as a snapshot; two half-years can be compared.
 */

const parisDate = (d: Date) => todayInParis(d);

function summaryOf(t: repo.TableRow): ProgressTableSummary {
  const due = tableDueDate(t.period_end);
  return {
    id: t.id,
    periodEnd: t.period_end,
    label: halfYearLabel(t.period_end),
    dueDate: due,
    status: t.status,
    submittedAt: t.submitted_at?.toISOString() ?? null,
    acceptedAt: t.accepted_at?.toISOString() ?? null,
    late: t.submitted_at ? parisDate(t.submitted_at) > due : todayInParis() > due,
  };
}

export async function loadTableAccess(db: Db, principal: Principal, tableId: string) {
  const table = await repo.findTable(db, tableId);
  if (!table) throw notFound('Tableau d’avancement');
  const access = await loadConventionAccess(db, principal, table.convention_id);
  return { table, ...access };
}

export async function listTables(db: Db, principal: Principal, conventionId: string): Promise<ProgressTableList> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listTables(db, conventionId);
  return { items: rows.map(summaryOf), can: { open: canFillProgress(principal, side) } };
}

export async function openTable(
  db: Db,
  principal: Principal,
  conventionId: string,
  periodEnd: string,
): Promise<ProgressTableView> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  if (!canFillProgress(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office ouvrent un tableau d'avancement.");
  const landlord = parties.find((p) => p.party_role === 'landlord')!;
  if (await repo.findTableOfPeriod(db, conventionId, periodEnd))
    throw new AppError('CONFLICT', `Le tableau du ${halfYearLabel(periodEnd)} est déjà ouvert.`);
  const id = await db.transaction().execute(async (trx) => {
    const now = new Date();
    const { id } = await repo.insertTable(trx, {
      convention_id: conventionId,
      organisation_id: landlord.id,
      period_end: periodEnd,
      status: 'open',
      opened_by: principal.id,
      opened_at: now,
      updated_at: now,
    });
    await repo.prefillRows(trx, id, conventionId);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'progress_table',
      entityId: id,
      action: 'create',
      after: { conventionId, periodEnd },
    });
    return id;
  });
  return getTable(db, principal, id);
}

export async function getTable(db: Db, principal: Principal, tableId: string): Promise<ProgressTableView> {
  const { table, side } = await loadTableAccess(db, principal, tableId);
  const [rows, snapshots, all] = await Promise.all([
    repo.listRows(db, tableId),
    repo.listSnapshots(db, tableId),
    repo.listTables(db, table.convention_id),
  ]);
  const submitters = await userNames(
    db,
    snapshots.map((s) => s.submitted_by),
  );
  const office = canFillProgress(principal, side);
  // The Département reads a table once submitted; until then it is the office's work in progress.
  const visibleRows = side === 'department' && snapshots.length === 0 ? [] : rows;
  return {
    ...summaryOf(table),
    conventionId: table.convention_id,
    reviewComment: table.review_comment,
    rows: visibleRows.map((r) => ({
      operationId: r.operation_id,
      reference: r.reference,
      label: r.label,
      kind: r.kind,
      communeName: operationPlace(r.commune_code),
      status: r.status,
      percentComplete: r.percent_complete,
      startActualOn: r.start_actual_on,
      deliveryActualOn: r.delivery_actual_on,
      spent: r.spent_cents === null ? null : centsToEuros(r.spent_cents),
      officeComment: r.office_comment,
      reviewComment: r.review_comment,
    })),
    snapshots: snapshots.map((s) => ({
      version: s.version,
      submittedAt: s.submitted_at.toISOString(),
      submittedBy: submitters.get(s.submitted_by)?.displayName ?? '',
    })),
    // The Département compares only with tables it can read (transmitted at least once).
    others: all
      .filter((t) => t.id !== tableId && (side !== 'department' || t.submitted_at !== null))
      .map((t) => ({ id: t.id, label: halfYearLabel(t.period_end) })),
    can: {
      edit: office && isEditable(table.status),
      submit: canSubmitProgress(principal, side) && nextTableStatus(table.status, 'submit') !== null,
      review: canReviewProgress(principal, side, table.organisation_id) && table.status === 'submitted',
    },
  };
}

export type RowUpdate = Omit<ProgressFacts, 'operationId'> & { operationId: string; officeComment: string | null };

/**
 * Applies the office's rows to an editable table, all or nothing: every row names an operation of
 * the table and states it consistently at the half-year's end; `where(i, column)` names a row and
 * column in the errors (a page row or a spreadsheet line).
 */
export async function applyRows(
  trx: Transaction<Database>,
  principal: Principal,
  tableId: string,
  rows: RowUpdate[],
  where: (index: number, column: string) => { field: string; prefix: string },
  source: 'page' | 'xlsx',
): Promise<void> {
  const table = (await repo.lockTable(trx, tableId))!;
  if (!isEditable(table.status))
    throw new AppError('CONFLICT', `Le tableau est « ${tableStatusLabels[table.status]} » : il ne se modifie plus.`);
  const known = new Set((await repo.listRows(trx, tableId)).map((r) => r.operation_id));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!known.has(row.operationId)) {
      const w = where(i, 'Identifiant');
      errors.push({
        field: w.field,
        message: `${w.prefix} : identifiant modifié ou inconnu ; cette opération n'est pas dans le tableau.`,
      });
    } else if (seen.has(row.operationId)) {
      const w = where(i, 'Identifiant');
      errors.push({ field: w.field, message: `${w.prefix} : opération en double.` });
    }
    seen.add(row.operationId);
    for (const p of rowProblems(row, table.period_end)) {
      const w = where(i, progressColumns[p.column]);
      errors.push({ field: w.field, message: `${w.prefix} : ${p.message}` });
    }
  });
  if (errors.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Rien n'a été enregistré : ${errors.length} erreur(s). ${errors[0]!.message}`,
      { fieldErrors: errors.slice(0, 200) },
    );
  }
  for (const row of rows) {
    await repo.updateRow(trx, tableId, row.operationId, {
      status: row.status,
      percent_complete: row.percentComplete,
      start_actual_on: row.startActualOn,
      delivery_actual_on: row.deliveryActualOn,
      spent_cents: row.spentCents,
      office_comment: row.officeComment,
    });
  }
  await repo.updateTable(trx, tableId, { updated_at: new Date() });
  await recordAudit(trx, actorOf(principal), {
    entityType: 'progress_table',
    entityId: tableId,
    action: source === 'xlsx' ? 'import' : 'update',
    after: { rows },
  });
}

export async function assertOfficeMayEdit(db: Db, principal: Principal, tableId: string) {
  const { side } = await loadTableAccess(db, principal, tableId);
  if (!canFillProgress(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office remplissent le tableau d'avancement.");
}

export async function updateRows(
  db: Db,
  principal: Principal,
  tableId: string,
  rows: RowUpdate[],
): Promise<ProgressTableView> {
  await assertOfficeMayEdit(db, principal, tableId);
  await db
    .transaction()
    .execute((trx) =>
      applyRows(
        trx,
        principal,
        tableId,
        rows,
        (i, column) => ({ field: `rows.${i}.${column}`, prefix: `Ligne ${i + 1}, colonne « ${column} »` }),
        'page',
      ),
    );
  return getTable(db, principal, tableId);
}

function factsOf(rows: repo.ProgressRow[]): ProgressFacts[] {
  return rows.map((r) => ({
    operationId: r.operation_id,
    status: r.status,
    percentComplete: r.percent_complete,
    startActualOn: r.start_actual_on,
    deliveryActualOn: r.delivery_actual_on,
    spentCents: r.spent_cents,
  }));
}

/** Submit (office, with a snapshot of the rows), return (with a reason) or accept (the Département's coordinator). */
export async function transition(
  db: Db,
  principal: Principal,
  tableId: string,
  action: TableAction,
  comment: string | null,
): Promise<ProgressTableView> {
  const { table, side } = await loadTableAccess(db, principal, tableId);
  const allowed =
    action === 'submit'
      ? canSubmitProgress(principal, side)
      : canReviewProgress(principal, side, table.organisation_id);
  if (!allowed)
    throw forbidden(
      action === 'submit'
        ? "Seul le responsable de l'office transmet son tableau."
        : "Seul le coordinateur DAT du Département instruit le tableau, jamais l'organisation qui l'a transmis.",
    );
  if (action === 'return' && !comment?.trim())
    throw new AppError('VALIDATION_FAILED', 'Indiquez le motif du renvoi.', {
      fieldErrors: [{ field: 'comment', message: 'Motif obligatoire.' }],
    });
  await db.transaction().execute(async (trx) => {
    const locked = (await repo.lockTable(trx, tableId))!;
    const to = nextTableStatus(locked.status, action);
    if (!to)
      throw new AppError('CONFLICT', `Action impossible : le tableau est « ${tableStatusLabels[locked.status]} ».`);
    const now = new Date();
    if (action === 'submit') {
      const rows = await repo.listRows(trx, tableId);
      const version = (await repo.listSnapshots(trx, tableId)).length + 1;
      const facts = factsOf(rows).map((f, i) => ({
        ...f,
        spentCents: f.spentCents?.toString() ?? null,
        officeComment: rows[i]!.office_comment,
      }));
      await repo.insertSnapshot(trx, {
        progress_table_id: tableId,
        version,
        submitted_at: now,
        submitted_by: principal.id,
        rows: JSON.stringify(facts),
      });
      await repo.updateTable(trx, tableId, {
        status: to,
        submitted_at: now,
        submitted_by: principal.id,
        updated_at: now,
      });
    } else {
      await repo.updateTable(trx, tableId, {
        status: to,
        reviewed_by: principal.id,
        review_comment: comment ?? null,
        accepted_at: action === 'accept' ? now : null,
        updated_at: now,
      });
      if (action === 'accept') await applyToOperations(trx, principal, locked, now);
    }
    await recordAudit(trx, actorOf(principal), {
      entityType: 'progress_table',
      entityId: tableId,
      action,
      before: { status: locked.status },
      after: { status: to, comment },
    });
  });
  return getTable(db, principal, tableId);
}

/**
 * The accepted table becomes the operations' state (progress-apply.rules), in the acceptance's
 * transaction, one audit event per operation changed: the next half-year's table starts from it.
 */
async function applyToOperations(trx: Transaction<Database>, principal: Principal, table: repo.TableRow, now: Date) {
  const rows = await repo.listRows(trx, table.id);
  const states = new Map(
    (
      await repo.operationStates(
        trx,
        rows.map((r) => r.operation_id),
      )
    ).map((o) => [o.id, o]),
  );
  for (const row of factsOf(rows)) {
    const o = states.get(row.operationId);
    if (!o) continue;
    const before: OperationState = {
      status: o.status,
      percentComplete: o.percent_complete,
      startActualOn: o.start_actual_on,
      deliveryActualOn: o.delivery_actual_on,
      spentCents: o.spent_cents,
      spentOn: o.spent_on,
    };
    const change = operationChangeFromRow(before, row, table.period_end);
    if (!change) continue;
    const phases = [
      ...('startActualOn' in change ? [{ phase: 'start_order' as const, actualOn: change.startActualOn! }] : []),
      ...('deliveryActualOn' in change ? [{ phase: 'delivery' as const, actualOn: change.deliveryActualOn! }] : []),
    ];
    await repo.updateOperationState(
      trx,
      row.operationId,
      {
        ...(change.status !== undefined && { status: change.status }),
        ...(change.percentComplete !== undefined && { percent_complete: change.percentComplete }),
        ...('spentCents' in change && { spent_cents: change.spentCents ?? null }),
        ...('spentOn' in change && { spent_on: change.spentOn ?? null }),
      },
      phases,
      now,
    );
    const asText = (v: Partial<OperationState>) =>
      Object.fromEntries(Object.keys(change).map((k) => [k, v[k as keyof OperationState]?.toString() ?? null]));
    await recordAudit(trx, actorOf(principal), {
      entityType: 'operation',
      entityId: row.operationId,
      action: 'progress_accepted',
      before: asText(before),
      after: { ...asText(change), progressTableId: table.id, periodEnd: table.period_end },
    });
  }
}

/** The Département's comment on one operation of a submitted table. */
export async function setReviewComment(
  db: Db,
  principal: Principal,
  tableId: string,
  operationId: string,
  comment: string | null,
): Promise<ProgressTableView> {
  const { table, side } = await loadTableAccess(db, principal, tableId);
  if (!canReviewProgress(principal, side, table.organisation_id))
    throw forbidden('Seul le coordinateur DAT du Département commente le tableau.');
  await db.transaction().execute(async (trx) => {
    const locked = (await repo.lockTable(trx, tableId))!;
    if (locked.status !== 'submitted')
      throw new AppError('CONFLICT', 'Un tableau se commente pendant son instruction (transmis).');
    const result = await repo.updateRow(trx, tableId, operationId, { review_comment: comment });
    if (result[0]?.numUpdatedRows === 0n) throw notFound('Opération du tableau');
    await recordAudit(trx, actorOf(principal), {
      entityType: 'progress_table',
      entityId: tableId,
      action: 'comment',
      after: { operationId, comment },
    });
  });
  return getTable(db, principal, tableId);
}

const fieldLabels: Record<string, string> = { ...progressColumns };
const statusText = (v: string | null) =>
  v && v in operationStatusLabels ? operationStatusLabels[v as OperationStatus] : v;

/** What changed from another half-year's table to this one (each as last submitted, else as it stands). */
export async function diffTables(
  db: Db,
  principal: Principal,
  tableId: string,
  againstId: string,
): Promise<ProgressDiff> {
  const { table, side } = await loadTableAccess(db, principal, tableId);
  const other = await repo.findTable(db, againstId);
  if (!other || other.convention_id !== table.convention_id) throw notFound('Tableau à comparer');
  const [from, to] = other.period_end < table.period_end ? [other, table] : [table, other];
  const stateOf = async (t: repo.TableRow) => {
    const snapshots = await repo.listSnapshots(db, t.id);
    const last = snapshots.at(-1);
    if (last)
      return (last.rows as (Omit<ProgressFacts, 'spentCents'> & { spentCents: string | null })[]).map((r) => ({
        ...r,
        spentCents: r.spentCents === null ? null : BigInt(r.spentCents),
      }));
    // The Département never sees an office's table before its first transmission: comparing with
    // it would show every operation as removed (or added), so the answer says so, with no change.
    if (side === 'department') return null;
    return factsOf(await repo.listRows(db, t.id));
  };
  const [before, after] = await Promise.all([stateOf(from), stateOf(to)]);
  if (!before || !after) {
    const hidden = before ? to : from;
    return {
      notice: `Le tableau du ${halfYearLabel(hidden.period_end)} n'a pas encore été transmis : il ne se compare pas encore.`,
      from: { id: from.id, label: halfYearLabel(from.period_end) },
      to: { id: to.id, label: halfYearLabel(to.period_end) },
      changes: [],
    };
  }
  const rows = [...(await repo.listRows(db, from.id)), ...(await repo.listRows(db, to.id))];
  const show = (field: string, v: string | null) =>
    field === 'status' ? statusText(v) : field === 'spentCents' && v !== null ? centsToEuros(BigInt(v)) : v;
  return {
    notice: null,
    from: { id: from.id, label: halfYearLabel(from.period_end) },
    to: { id: to.id, label: halfYearLabel(to.period_end) },
    changes: diffRows(before, after).map((c) => {
      const op = rows.find((r) => r.operation_id === c.operationId);
      return {
        operationId: c.operationId,
        reference: op?.reference ?? '',
        label: op?.label ?? '',
        change: c.change,
        fields: c.fields.map((f) => ({
          field: f.field,
          label: fieldLabels[f.field] ?? f.field,
          before: show(f.field, f.before),
          after: show(f.field, f.after),
        })),
      };
    }),
  };
}
