import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type {
  EnterValueBody,
  IndicatorDetail,
  IndicatorsOverview,
  IndicatorValueView,
  IndicatorView,
} from '../../../contracts/indicators';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { findDocument } from '../../platform/documents';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { axesByIds, conventionYears, objectivesByIds } from '../conventions/conventions.queries';
import { computeValues } from './computed';
import { canEnterValue } from './indicators.policy';
import * as repo from './indicators.repository';
import { currentByPeriod, periodProblem, targetStatus, valueOfYear } from './indicators.rules';

/** History before the convention is accepted this many years back (the 2021–2023 review and earlier). */
const HISTORY_YEARS = 5;

function toValue(v: repo.ValueRow): IndicatorValueView {
  return {
    id: v.id,
    period: v.period,
    year: v.year,
    value: v.value,
    comment: v.comment,
    source: v.source,
    evidenceDocument: v.evidence_document_id
      ? { id: v.evidence_document_id, filename: v.evidence_filename ?? '' }
      : null,
    enteredBy: v.entered_by_label,
    enteredAt: v.entered_at.toISOString(),
  };
}

/**
 * Indicators with their objective and axis (read through the conventions' published queries), by
 * objective then in their own order.
 */
async function withObjectives(db: Db, indicators: repo.IndicatorRow[]) {
  const [objectives, axes] = await Promise.all([
    objectivesByIds(db, [...new Set(indicators.map((i) => i.objective_id))]),
    axesByIds(db, [...new Set(indicators.flatMap((i) => (i.axis_id ? [i.axis_id] : [])))]),
  ]);
  const objectiveOf = new Map(objectives.map((o) => [o.id, o]));
  const axisOf = new Map(axes.map((a) => [a.id, a]));
  return indicators
    .flatMap((i) => {
      const o = objectiveOf.get(i.objective_id);
      if (!o) return [];
      const a = i.axis_id ? axisOf.get(i.axis_id) : undefined;
      return [
        {
          ...i,
          objective_code: o.code,
          objective_title: o.title,
          objective_position: o.position,
          axis_code: a?.code ?? null,
          axis_title: a?.title ?? null,
        },
      ];
    })
    .sort((x, y) => x.objective_position - y.objective_position);
}
type IndicatorRow = Awaited<ReturnType<typeof withObjectives>>[number];

/** Loads everything the indicators of a convention need, in a fixed number of queries. */
async function loadIndicators(
  db: Db,
  principal: Principal,
  conventionId: string,
  options: { onlyId?: string; computeYears?: number[] } = {},
) {
  const { onlyId } = options;
  const access = await loadConventionAccess(db, principal, conventionId);
  const all = await withObjectives(db, await repo.listIndicators(db, conventionId));
  const rows = onlyId ? all.filter((r) => r.id === onlyId) : all;
  const ids = rows.map((r) => r.id);
  const [targets, values] = await Promise.all([repo.listTargets(db, ids), repo.listValues(db, ids)]);
  const today = todayInParis();
  const years = conventionYears(access.convention.period_start, access.convention.period_end);
  const landlordId = access.parties.find((p) => p.party_role === 'landlord')?.id ?? null;
  const computations = new Set(rows.flatMap((r) => (r.computation ? [r.computation] : [])));
  const computeYears = options.computeYears ?? years;
  const computed =
    computations.size > 0
      ? await computeValues(db, principal, { conventionId, landlordId, years: computeYears, today }, computations)
      : new Map<string, IndicatorValueView[]>();
  return { access, rows, targets, values, computed, years, today };
}

type Loaded = Awaited<ReturnType<typeof loadIndicators>>;

function viewOf(
  principal: Principal,
  loaded: Loaded,
  r: IndicatorRow,
): IndicatorView & { history: IndicatorValueView[] } {
  const history = r.computation
    ? (loaded.computed.get(r.computation) ?? [])
    : loaded.values.filter((v) => v.indicator_id === r.id).map(toValue);
  const current = currentByPeriod(history);
  const targets = loaded.targets.filter((t) => t.indicator_id === r.id);
  const firstValueYear = Math.min(...[...current.values()].map((v) => v.year), loaded.years[0]!);
  const years: number[] = [];
  for (let y = firstValueYear; y <= loaded.years.at(-1)!; y++) years.push(y);
  return {
    id: r.id,
    code: r.code,
    label: r.label,
    unit: r.unit,
    direction: r.direction,
    frequency: r.frequency,
    responsibleParty: r.responsible_party,
    responsibleService: r.responsible_service,
    measurement: r.measurement,
    computation: r.computation,
    objective: { id: r.objective_id, code: r.objective_code, title: r.objective_title },
    axis: r.axis_id && r.axis_code && r.axis_title ? { id: r.axis_id, code: r.axis_code, title: r.axis_title } : null,
    years: years.map((year) => {
      const target = targets.find((t) => t.year === year) ?? null;
      const value = valueOfYear(current, r.frequency, year)?.value ?? null;
      return {
        year,
        target: target?.target ?? null,
        targetComment: target?.comment ?? null,
        value,
        status: targetStatus(r.direction, target?.target ?? null, value),
      };
    }),
    values: [...current.values()].sort((a, b) => b.period.localeCompare(a.period)),
    canEnter: canEnterValue(principal, loaded.access.side, r.responsible_party, r.computation !== null),
    history,
  };
}

/** The indicators of a convention by objective, each with its targets and values year by year. */
export async function listIndicators(
  db: Db,
  principal: Principal,
  conventionId: string,
  requestedYear?: number,
): Promise<IndicatorsOverview> {
  const loaded = await loadIndicators(db, principal, conventionId);
  const thisYear = Number(loaded.today.slice(0, 4));
  const year = requestedYear ?? Math.min(Math.max(thisYear, loaded.years[0]!), loaded.years.at(-1)!);
  return {
    conventionId,
    year,
    indicators: loaded.rows.map((r) => {
      const { history: _history, ...view } = viewOf(principal, loaded, r);
      return view;
    }),
  };
}

/**
 * The indicators off target in `year` (values computed for that year only, so the dashboard stays
 * a fixed, small number of queries whatever the size of the stock).
 */
export async function indicatorsOffTarget(db: Db, principal: Principal, conventionId: string, year: number) {
  const loaded = await loadIndicators(db, principal, conventionId, { computeYears: [year] });
  return loaded.rows.flatMap((r) => {
    const y = viewOf(principal, loaded, r).years.find((row) => row.year === year);
    return y?.status === 'off_target'
      ? [{ id: r.id, code: r.code, label: r.label, unit: r.unit, year, target: y.target!, value: y.value! }]
      : [];
  });
}

/** Every indicator of a convention with its whole history (exports, annual review). */
export async function getIndicatorsWithHistory(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<(IndicatorView & { history: IndicatorValueView[] })[]> {
  const loaded = await loadIndicators(db, principal, conventionId);
  return loaded.rows.map((r) => viewOf(principal, loaded, r));
}

/** One indicator with every entry ever made (the history of its figures). */
export async function getIndicator(db: Db, principal: Principal, id: string): Promise<IndicatorDetail> {
  const found = await repo.findIndicator(db, id);
  if (!found) throw notFound('Indicateur');
  const loaded = await loadIndicators(db, principal, found.convention_id, { onlyId: id });
  const row = loaded.rows[0];
  if (!row) throw notFound('Indicateur');
  return { conventionId: found.convention_id, ...viewOf(principal, loaded, row) };
}

/**
 * Enters the value of an indicator for a period. Entries are appended, never overwritten: the
 * latest is the period's value and the earlier ones stay in the history. Audited in the same
 * transaction.
 */
export async function enterValue(
  db: Db,
  principal: Principal,
  id: string,
  body: EnterValueBody,
): Promise<IndicatorDetail> {
  const indicator = await repo.findIndicator(db, id);
  if (!indicator) throw notFound('Indicateur');
  const { convention, side } = await loadConventionAccess(db, principal, indicator.convention_id);
  if (indicator.computation)
    throw forbidden('Cet indicateur est calculé par Copil à partir de ses données : il ne se saisit pas.');
  if (!canEnterValue(principal, side, indicator.responsible_party, false)) {
    throw forbidden(
      indicator.responsible_party === 'department'
        ? 'Cet indicateur relève du Département : seuls son coordinateur et ses agents en saisissent les valeurs.'
        : "Cet indicateur relève de l'office : seuls ses responsables et agents en saisissent les valeurs.",
    );
  }
  const years = conventionYears(convention.period_start, convention.period_end);
  const problem = periodProblem(indicator.frequency, body.period, {
    firstYear: years[0]! - HISTORY_YEARS,
    lastYear: years.at(-1)!,
    today: todayInParis(),
  });
  if (problem)
    throw new AppError('VALIDATION_FAILED', problem, { fieldErrors: [{ field: 'period', message: problem }] });
  if (body.evidenceDocumentId) {
    const document = await findDocument(db, body.evidenceDocumentId);
    if (!document || document.convention_id !== indicator.convention_id) {
      throw new AppError('VALIDATION_FAILED', "La pièce justificative n'existe pas pour cette convention.", {
        fieldErrors: [{ field: 'evidenceDocumentId', message: 'Pièce introuvable.' }],
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    const values = {
      indicator_id: id,
      period: body.period,
      year: Number(body.period.slice(0, 4)),
      value: body.value,
      comment: body.comment ?? null,
      source: body.source ?? null,
      evidence_document_id: body.evidenceDocumentId ?? null,
      entered_by: principal.id,
      entered_by_label: principal.displayName,
      entered_at: new Date(),
    };
    const before = await repo.currentValue(trx, id, body.period);
    const { id: valueId } = await repo.insertValue(trx, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'indicator',
      entityId: id,
      action: 'enter_value',
      before: before ?? null,
      after: {
        valueId,
        code: indicator.code,
        period: body.period,
        value: body.value,
        comment: values.comment,
        source: values.source,
        evidenceDocumentId: values.evidence_document_id,
      },
    });
  });
  return getIndicator(db, principal, id);
}
