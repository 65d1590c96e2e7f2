import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import {
  baselineMeasureLabels,
  type ForecastBaseline,
  type ForecastBody,
  type ForecastComparison,
  type ForecastOverview,
  type ForecastReviewBody,
  forecastStatusLabels,
} from '../../../contracts/operations-progress';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden } from '../../platform/errors';
import { allocationsByYear, paidByYear } from '../finance/finance.queries';
import { canFillProgress, canReviewProgress, canSubmitProgress } from './operations.policy';
import * as repo from './forecasts.repository';
import {
  forecastDueDate,
  forecastEditable,
  forecastIsLate,
  forecastYears,
  gapToRange,
  nextForecastStatus,
} from './progress.rules';

/**
 * The November forecast: by 30 November of Y−1 the office sends the volumes it plans for year Y;
 * each year then shows forecast, voted (the year's allocations) and achieved (operations delivered
 * that year, payments mandated that year).
 */

const e = centsToEuros;
const renovationKinds = ['thermal_renovation', 'vacant_renovation'];

export async function getForecasts(db: Db, principal: Principal, conventionId: string): Promise<ForecastOverview> {
  const { side, convention, parties } = await loadConventionAccess(db, principal, conventionId);
  const [baselines, forecasts, allocations, delivered, paid] = await Promise.all([
    repo.listBaselines(db, conventionId),
    repo.listForecasts(db, conventionId),
    allocationsByYear(db, conventionId),
    repo.deliveredByYear(db, conventionId),
    paidByYear(db, conventionId),
  ]);
  const today = todayInParis();
  const years = forecastYears(
    [
      ...forecasts.map((f) => f.year),
      ...allocations.map((a) => a.year),
      ...delivered.map((d) => d.year),
      ...paid.keys(),
    ],
    today,
    Number(convention.period_start.slice(0, 4)),
    Number(convention.period_end.slice(0, 4)),
  );
  const sumKinds = (year: number, kinds: string[]) =>
    delivered.filter((d) => d.year === year && kinds.includes(d.kind)).reduce((n, d) => n + d.dwellings, 0);
  const items: ForecastComparison[] = years.map((year) => {
    const f = forecasts.find((x) => x.year === year);
    const voted = (kind: 'investment' | 'operating') => {
      const a = allocations.find((x) => x.year === year && x.kind === kind);
      return a ? e(a.amount_cents) : null;
    };
    const byClass = f?.renovations_by_class ?? {};
    const gap = (measure: 'maintenance_dwellings' | 'adaptations', value: number | undefined) => {
      const b = baselines.find((x) => x.measure === measure);
      return b && value !== undefined ? gapToRange(value, Number(b.low_value), Number(b.high_value)) : null;
    };
    return {
      year,
      forecast: f
        ? {
            id: f.id,
            status: f.status,
            dueDate: forecastDueDate(year),
            late: forecastIsLate(year, f.submitted_at ? todayInParis(f.submitted_at) : null, today),
            submittedAt: f.submitted_at?.toISOString() ?? null,
            renovationsByClass: byClass,
            renovations: Object.values(byClass).reduce((n, x) => n + x, 0),
            maintenanceDwellings: f.maintenance_dwellings,
            adaptations: f.adaptations,
            investmentRequested: e(f.investment_requested_cents),
            operatingRequested: e(f.operating_requested_cents),
            comment: f.comment,
            reviewComment: f.review_comment,
            reviewedAt: f.reviewed_at?.toISOString() ?? null,
          }
        : null,
      voted: { investment: voted('investment'), operating: voted('operating') },
      achieved: {
        renovations: sumKinds(year, renovationKinds),
        maintenanceDwellings: sumKinds(year, ['maintenance']),
        adaptations: sumKinds(year, ['adaptation']),
        paid: e(paid.get(year) ?? 0n),
      },
      baselineGaps: {
        maintenanceDwellings: gap('maintenance_dwellings', f?.maintenance_dwellings),
        adaptations: gap('adaptations', f?.adaptations),
      },
    };
  });
  const baseline: ForecastBaseline[] = baselines.map((b) => {
    const euros = b.measure === 'maintenance_spending';
    return {
      measure: b.measure,
      label: baselineMeasureLabels[b.measure],
      unit: euros ? 'euros' : 'dwellings',
      low: euros ? e(b.low_value) : String(b.low_value),
      high: euros ? e(b.high_value) : String(b.high_value),
      source: b.source,
    };
  });
  return {
    conventionId,
    baseline,
    years: items,
    can: {
      write: canFillProgress(principal, side),
      submit: canSubmitProgress(principal, side),
      review: canReviewProgress(principal, side, parties.find((p) => p.party_role === 'landlord')!.id),
    },
  };
}

/** The office drafts or changes its forecast for a year until it submits it. */
export async function saveForecast(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
  body: ForecastBody,
): Promise<ForecastOverview> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  if (!canFillProgress(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office établissent le prévisionnel.");
  const landlord = parties.find((p) => p.party_role === 'landlord')!;
  await db.transaction().execute(async (trx) => {
    const existing = await repo.lockForecast(trx, conventionId, year);
    if (existing && !forecastEditable(existing.status))
      throw new AppError(
        'CONFLICT',
        `Le prévisionnel ${year} est « ${forecastStatusLabels[existing.status]} » : il ne se modifie plus.`,
      );
    const now = new Date();
    const values = {
      renovations_by_class: JSON.stringify(body.renovationsByClass),
      maintenance_dwellings: body.maintenanceDwellings,
      adaptations: body.adaptations,
      investment_requested_cents: body.investmentRequested,
      operating_requested_cents: body.operatingRequested,
      comment: body.comment ?? null,
      updated_at: now,
    };
    let id = existing?.id;
    if (id) await repo.updateForecast(trx, id, values);
    else
      ({ id } = await repo.insertForecast(trx, {
        ...values,
        convention_id: conventionId,
        organisation_id: landlord.id,
        year,
        status: 'draft',
        created_by: principal.id,
        created_at: now,
      }));
    await recordAudit(trx, actorOf(principal), {
      entityType: 'volume_forecast',
      entityId: id,
      action: existing ? 'update' : 'create',
      before: existing ?? undefined,
      after: { year, ...body },
    });
  });
  return getForecasts(db, principal, conventionId);
}

export async function submitForecast(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
): Promise<ForecastOverview> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canSubmitProgress(principal, side)) throw forbidden("Seul le responsable de l'office transmet le prévisionnel.");
  await db.transaction().execute(async (trx) => {
    const existing = await repo.lockForecast(trx, conventionId, year);
    if (!existing) throw new AppError('CONFLICT', `Enregistrez d'abord le prévisionnel ${year}.`);
    if (!nextForecastStatus(existing.status, 'submit'))
      throw new AppError(
        'CONFLICT',
        `Le prévisionnel ${year} est « ${forecastStatusLabels[existing.status]} » : il ne se transmet pas de nouveau.`,
      );
    const now = new Date();
    await repo.updateForecast(trx, existing.id, {
      status: 'submitted',
      submitted_at: now,
      submitted_by: principal.id,
      updated_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'volume_forecast',
      entityId: existing.id,
      action: 'submit',
      before: { status: existing.status },
      after: { status: 'submitted', late: todayInParis(now) > forecastDueDate(year) },
    });
  });
  return getForecasts(db, principal, conventionId);
}

/**
 * The Département's coordinator accepts a transmitted forecast, or returns it to the office with a
 * reason (shown on the office's page); never a forecast its own organisation transmitted.
 */
export async function reviewForecast(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
  body: ForecastReviewBody,
): Promise<ForecastOverview> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  const landlord = parties.find((p) => p.party_role === 'landlord')!;
  if (!canReviewProgress(principal, side, landlord.id))
    throw forbidden('Seul le coordinateur DAT du Département accepte ou renvoie le prévisionnel.');
  const comment = body.comment?.trim() || null;
  if (body.action === 'return' && !comment)
    throw new AppError('VALIDATION_FAILED', 'Indiquez le motif du renvoi du prévisionnel.', {
      fieldErrors: [{ field: 'comment', message: 'Motif obligatoire.' }],
    });
  await db.transaction().execute(async (trx) => {
    const existing = await repo.lockForecast(trx, conventionId, year);
    if (!existing) throw new AppError('CONFLICT', `Aucun prévisionnel ${year} n'a été transmis.`);
    const to = nextForecastStatus(existing.status, body.action);
    if (!to)
      throw new AppError(
        'CONFLICT',
        `Action impossible : le prévisionnel ${year} est « ${forecastStatusLabels[existing.status]} ».`,
      );
    const now = new Date();
    await repo.updateForecast(trx, existing.id, {
      status: to,
      reviewed_at: now,
      reviewed_by: principal.id,
      review_comment: body.action === 'return' ? comment : (comment ?? existing.review_comment),
      updated_at: now,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'volume_forecast',
      entityId: existing.id,
      action: body.action,
      before: { status: existing.status },
      after: { status: to, comment },
    });
  });
  return getForecasts(db, principal, conventionId);
}
