import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type { EnergyClass } from '../../../contracts/housing';
import { centsToEuros } from '../../../contracts/money';
import {
  operationKindLabels,
  type DwellingOperations,
  type OperationBody,
  type OperationList,
  type OperationSummary,
  type OperationView,
} from '../../../contracts/operations';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound, type FieldError } from '../../platform/errors';
import { communeName, epciName, findCommune } from '../../kernel/geography';
import * as housingRepo from '../housing/housing.queries';
import { loadStockAccess } from '../housing/housing.queries';
import * as finance from '../finance/finance.queries';
import { canWriteOperations } from './operations.policy';
import * as repo from './operations.repository';
import {
  classProblems,
  effectiveClassAt,
  operationPlace,
  fundingProblems,
  isActive,
  isRenovation,
  phaseProblems,
  statusProblems,
} from './operations.rules';
import { fundingAgreementLabel } from '../../../contracts/format';

const e = centsToEuros;
const dwellingLabel = (d: { ident_rep: string | null; ident_int: string | null; address?: string | null }) =>
  [d.ident_rep ?? d.ident_int ?? '', d.address ?? ''].filter(Boolean).join(' — ');

export async function loadOperationAccess(db: Db, principal: Principal, operationId: string) {
  const operation = await repo.findOperation(db, operationId);
  if (!operation) throw notFound('Opération');
  const access = await loadConventionAccess(db, principal, operation.convention_id);
  return { operation, ...access };
}

function summaryOf(o: repo.OperationRow): OperationSummary {
  return {
    id: o.id,
    reference: o.reference,
    label: o.label,
    kind: o.kind,
    programme: o.programme,
    communeCode: o.commune_code,
    communeName: operationPlace(o.commune_code),
    epciName: o.commune_code === null ? null : epciName(findCommune(o.commune_code)?.epciCode ?? null),
    status: o.status,
    percentComplete: o.percent_complete,
    dwellingCount: o.dwelling_count,
    plannedDelivery: o.planned_delivery,
    actualDelivery: o.actual_delivery,
    costInclTax: o.cost_incl_tax_cents === null ? null : e(o.cost_incl_tax_cents),
    departmentSubsidy: e(o.department_cents),
    subsidyAgreementIds: o.subsidy_agreement_ids,
  };
}

export async function listOperations(
  db: Db,
  principal: Principal,
  conventionId: string,
  query: {
    kind?: OperationSummary['kind'] | undefined;
    status?: OperationSummary['status'] | undefined;
    epciCode?: string | undefined;
    year?: number | undefined;
  },
): Promise<OperationList> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listOperations(db, conventionId, query);
  const items = rows
    .filter(
      (o) => !query.epciCode || (o.commune_code !== null && findCommune(o.commune_code)?.epciCode === query.epciCode),
    )
    .map(summaryOf);
  return {
    conventionId,
    landlordOrganisationId: landlordOf(parties),
    items,
    can: { write: canWriteOperations(principal, side) },
  };
}

export async function getOperation(db: Db, principal: Principal, operationId: string): Promise<OperationView> {
  const { operation: o, side } = await loadOperationAccess(db, principal, operationId);
  const [dwellings, counts, phaseRows, lines, requests, affected] = await Promise.all([
    operationDwellings(db, o.id),
    repo.listClassCounts(db, o.id),
    repo.listPhases(db, [o.id]),
    repo.listFundingLines(db, o.id),
    finance.paymentRequestsOfOperation(db, o.id),
    finance.affectedToOperation(db, o.id),
  ]);
  const agreementIds = [...new Set(lines.flatMap((l) => (l.funding_agreement_id ? [l.funding_agreement_id] : [])))];
  const agreements = new Map((await finance.agreementsByIds(db, agreementIds)).map((g) => [g.id, g]));
  return {
    ...summaryOf(o),
    conventionId: o.convention_id,
    organisationId: o.organisation_id,
    residence: o.residence,
    energyBefore: o.energy_before,
    energyAfter: o.energy_after,
    costExclTax: o.cost_excl_tax_cents === null ? null : e(o.cost_excl_tax_cents),
    risks: o.risks,
    comments: o.comments,
    unclassifiedDwellings: o.unclassified_dwellings,
    spent: o.spent_cents === null ? null : e(o.spent_cents),
    spentOn: o.spent_on,
    dwellings: dwellings.map((d) => ({
      dwellingId: d.dwelling_id,
      label: dwellingLabel(d),
      communeName: communeName(d.commune_code),
      classBefore: d.class_before as EnergyClass | null,
      targetClass: d.target_class as EnergyClass | null,
    })),
    classCounts: counts.map((c) => ({
      classBefore: c.class_before as EnergyClass,
      targetClass: c.target_class as EnergyClass | null,
      count: c.dwelling_count,
    })),
    phases: phaseRows.map((p) => ({ phase: p.phase, plannedOn: p.planned_on, actualOn: p.actual_on })),
    fundingLines: lines.map((l) => {
      const agreement = l.funding_agreement_id ? agreements.get(l.funding_agreement_id) : undefined;
      return {
        id: l.id,
        source: l.source,
        amount: e(l.amount_cents),
        fundingAgreementId: l.funding_agreement_id,
        agreementLabel: agreement ? fundingAgreementLabel(agreement.year, agreement.kind) : null,
        affected: e((l.funding_agreement_id ? affected.get(l.funding_agreement_id) : undefined) ?? 0n),
      };
    }),
    paymentRequests: requests.map((r) => ({ id: r.id, amount: e(r.amount_cents), status: r.status })),
    can: { write: canWriteOperations(principal, side) },
  };
}

/** The landlord of a convention (whose stock its operations draw from), from its parties. */
const landlordOf = (parties: { party_role: string; id: string }[]) =>
  parties.find((p) => p.party_role === 'landlord')?.id ?? null;

/**
 * The dwellings an operation picked, with what the stock says of them, in the stock's order: the
 * operation's rows composed with housing's published read.
 */
async function operationDwellings(db: Db, operationId: string) {
  const picked = new Map((await repo.listOperationDwellings(db, operationId)).map((d) => [d.dwelling_id, d]));
  const stock = await housingRepo.dwellingsByIds(db, [...picked.keys()]);
  return stock.map((w) => ({ ...w, ...picked.get(w.id)! }));
}

function refuse(errors: FieldError[]): never {
  throw new AppError(
    'VALIDATION_FAILED',
    errors.length === 1 ? errors[0]!.message : `${errors.length} erreurs : ${errors[0]!.message}`,
    { fieldErrors: errors },
  );
}

/**
 * Checks and writes an operation and its dwellings, class counts, phases and funding lines, all
 * or nothing, in one transaction. The picked dwellings are locked so that two operations cannot
 * both take a dwelling into an active renovation.
 */
async function save(
  db: Db,
  principal: Principal,
  conventionId: string,
  operationId: string | null,
  body: OperationBody,
  landlordId: string | null,
): Promise<string> {
  if (!landlordId)
    throw new AppError('CONFLICT', "Cette convention n'a pas de bailleur : ses opérations n'ont pas de patrimoine.");
  const [agreements, financeHeld] = await Promise.all([
    finance.agreementsOfConvention(db, conventionId),
    finance.conventionHoldsFinance(db, conventionId),
  ]);
  return db.transaction().execute(async (trx) => {
    const errors: FieldError[] = [];
    const ids = body.dwellings.map((d) => d.dwellingId);
    const found = new Map(
      (await housingRepo.lockLandlordDwellings(trx, landlordId, [...new Set(ids)])).map((d) => [d.id, d]),
    );
    const seen = new Set<string>();
    body.dwellings.forEach((d, i) => {
      if (!found.has(d.dwellingId))
        errors.push({
          field: `dwellings.${i}.dwellingId`,
          message: `Logement n° ${i + 1} : absent du patrimoine du bailleur de la convention.`,
        });
      if (seen.has(d.dwellingId))
        errors.push({ field: `dwellings.${i}.dwellingId`, message: `Logement n° ${i + 1} : choisi deux fois.` });
      seen.add(d.dwellingId);
    });
    const countClasses = new Set<string>();
    body.classCounts.forEach((c, i) => {
      if (countClasses.has(c.classBefore))
        errors.push({
          field: `classCounts.${i}.classBefore`,
          message: `Groupe de classe ${c.classBefore} donné deux fois.`,
        });
      countClasses.add(c.classBefore);
    });
    errors.push(
      ...classProblems(body.kind, [
        ...body.dwellings.map((d, i) => {
          const w = found.get(d.dwellingId);
          return {
            field: `dwellings.${i}.targetClass`,
            label: `Logement ${w ? dwellingLabel(w) : `n° ${i + 1}`}`,
            classBefore: (w?.effective_class ?? null) as EnergyClass | null,
            targetClass: d.targetClass ?? null,
          };
        }),
        ...body.classCounts.map((c, i) => ({
          field: `classCounts.${i}.targetClass`,
          label: `Groupe de ${c.count} logement(s) en ${c.classBefore}`,
          classBefore: c.classBefore,
          targetClass: c.targetClass ?? null,
        })),
      ]),
    );
    const phases = body.phases.map((p) => ({
      phase: p.phase,
      plannedOn: p.plannedOn ?? null,
      actualOn: p.actualOn ?? null,
    }));
    errors.push(...phaseProblems(phases));
    errors.push(
      ...statusProblems(
        body.status,
        body.percentComplete,
        phases.find((p) => p.phase === 'delivery')?.actualOn ?? null,
      ),
    );
    const lines = body.fundingLines.map((l) => ({
      source: l.source,
      amountCents: l.amount,
      fundingAgreementId: l.fundingAgreementId ?? null,
    }));
    errors.push(...fundingProblems(body.costExclTax ?? null, body.costInclTax ?? null, lines, financeHeld));
    lines.forEach((l, i) => {
      if (l.fundingAgreementId && !agreements.some((g) => g.id === l.fundingAgreementId))
        errors.push({
          field: `fundingLines.${i}.fundingAgreementId`,
          message: "Cette convention financière n'appartient pas à la convention de l'opération.",
        });
    });
    if (errors.length > 0) refuse(errors);
    if (isRenovation(body.kind) && isActive(body.status)) {
      const taken = await repo.activeRenovationsOf(trx, ids, operationId);
      if (taken.length > 0) {
        const fieldErrors = taken.map((t) => {
          const i = ids.indexOf(t.dwelling_id);
          return {
            field: `dwellings.${i}.dwellingId`,
            message: `Logement ${dwellingLabel(found.get(t.dwelling_id)!)} : déjà dans la réhabilitation en cours ${t.reference} « ${t.label} ».`,
          };
        });
        throw new AppError('CONFLICT', fieldErrors[0]!.message, { fieldErrors });
      }
    }
    const now = new Date();
    const values = {
      label: body.label,
      kind: body.kind,
      programme: body.programme,
      commune_code: body.communeCode ?? null,
      unclassified_dwellings: body.unclassifiedDwellings ?? 0,
      residence: body.residence ?? null,
      status: body.status,
      percent_complete: body.percentComplete,
      energy_before: body.energyBefore ?? null,
      energy_after: body.energyAfter ?? null,
      cost_excl_tax_cents: body.costExclTax ?? null,
      cost_incl_tax_cents: body.costInclTax ?? null,
      risks: body.risks ?? null,
      comments: body.comments ?? null,
      updated_at: now,
    };
    let id = operationId;
    let before: unknown;
    if (id === null) {
      ({ id } = await repo.insertOperation(trx, {
        ...values,
        convention_id: conventionId,
        organisation_id: landlordId,
        reference: await repo.nextReference(trx, conventionId),
        created_by: principal.id,
        created_at: now,
      }));
    } else {
      if (!(await repo.lockOperation(trx, id))) throw notFound('Opération');
      before = await repo.findOperation(trx, id);
      await repo.updateOperation(trx, id, values);
    }
    await repo.replaceChildren(trx, id, {
      dwellings: body.dwellings.map((d) => ({
        operation_id: id,
        dwelling_id: d.dwellingId,
        class_before: found.get(d.dwellingId)!.effective_class,
        target_class: d.targetClass ?? null,
      })),
      classCounts: body.classCounts.map((c) => ({
        operation_id: id,
        class_before: c.classBefore,
        target_class: c.targetClass ?? null,
        dwelling_count: c.count,
      })),
      phases: phases
        .filter((p) => p.plannedOn || p.actualOn)
        .map((p) => ({ operation_id: id, phase: p.phase, planned_on: p.plannedOn, actual_on: p.actualOn })),
      fundingLines: lines.map((l, position) => ({
        operation_id: id,
        position,
        source: l.source,
        amount_cents: l.amountCents,
        funding_agreement_id: l.fundingAgreementId,
      })),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'operation',
      entityId: id,
      action: operationId ? 'update' : 'create',
      before,
      after: body,
    });
    return id;
  });
}

export async function createOperation(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: OperationBody,
): Promise<OperationView> {
  const { side, parties } = await loadConventionAccess(db, principal, conventionId);
  if (!canWriteOperations(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office tiennent les opérations.");
  return getOperation(db, principal, await save(db, principal, conventionId, null, body, landlordOf(parties)));
}

export async function updateOperation(
  db: Db,
  principal: Principal,
  operationId: string,
  body: OperationBody,
): Promise<OperationView> {
  const { operation, side, parties } = await loadOperationAccess(db, principal, operationId);
  if (!canWriteOperations(principal, side))
    throw forbidden("Seuls le responsable et les agents de l'office tiennent les opérations.");
  await save(db, principal, operation.convention_id, operationId, body, landlordOf(parties));
  return getOperation(db, principal, operationId);
}

/** A dwelling's class at a date (its DPE class until an operation delivered by then), and its operations. */
export async function getDwellingOperations(
  db: Db,
  principal: Principal,
  dwellingId: string,
  asOf?: string,
): Promise<DwellingOperations> {
  const dwelling = await housingRepo.findDwelling(db, dwellingId);
  if (!dwelling) throw notFound('Logement');
  await loadStockAccess(db, principal, dwelling.organisation_id);
  const date = asOf ?? todayInParis();
  const rows = await repo.operationsOfDwelling(db, dwellingId);
  const counted = rows.filter((r) => isRenovation(r.kind) && r.status !== 'cancelled');
  const dpeClass = dwelling.effective_class as EnergyClass | null;
  const effectiveClass = effectiveClassAt(
    dpeClass,
    counted.map((r) => ({ deliveredOn: r.actual_on, targetClass: r.target_class as EnergyClass | null })),
    date,
  );
  const deliveredBy =
    counted.filter((r) => r.actual_on && r.actual_on <= date && r.target_class === effectiveClass).at(-1)?.id ?? null;
  return {
    dwellingId,
    asOf: date,
    dpeClass,
    effectiveClass,
    deliveredBy: effectiveClass === dpeClass && !deliveredBy ? null : deliveredBy,
    operations: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      label: `${r.label} (${operationKindLabels[r.kind]})`,
      kind: r.kind,
      status: r.status,
      conventionId: r.convention_id,
      targetClass: r.target_class as EnergyClass | null,
      plannedDelivery: r.planned_on,
      actualDelivery: r.actual_on,
    })),
  };
}
