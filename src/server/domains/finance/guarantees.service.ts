import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { centsToEuros } from '../../../contracts/money';
import { todayInParis } from '../../../contracts/dates';
import type { GuaranteesOverview } from '../../../contracts/finance';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { canSetUpFinance } from './finance.policy';
import {
  derivedDepartmentTotal,
  derivedTotalBasis,
  guaranteedOutstanding,
  latestOnOrBefore,
  sharePercent,
} from './guarantees.rules';
import * as repo from './guarantees.repository';

const e = centsToEuros;

/**
 * The reported portfolio figures. The convention reports the office's part and its share (178 M€,
 * 20 %): the Département's total is then derived, and said to be (with its basis), never shown as
 * reported.
 */
function portfolioView(r: Awaited<ReturnType<typeof repo.listPortfolioTotals>>[number]) {
  const office = r.office_outstanding_cents;
  if (r.department_total_cents !== null) {
    return {
      asOf: r.as_of,
      officeOutstanding: e(office),
      departmentTotal: e(r.department_total_cents),
      sharePercent: sharePercent(office, r.department_total_cents),
      departmentTotalDerived: false,
      departmentTotalBasis: null,
      source: r.source,
    };
  }
  const share = r.reported_share!;
  return {
    asOf: r.as_of,
    officeOutstanding: e(office),
    departmentTotal: e(derivedDepartmentTotal(office, share)),
    sharePercent: share,
    departmentTotalDerived: true,
    departmentTotalBasis: derivedTotalBasis(e(office), share, r.as_of, r.source),
    source: r.source,
  };
}

/** The register of guaranteed loans, the guaranteed outstanding at a date, and the reported share of the Département's total. */
export async function getGuarantees(
  db: Db,
  principal: Principal,
  conventionId: string,
  asOf = todayInParis(),
): Promise<GuaranteesOverview> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  const guarantees = await repo.listGuarantees(db, conventionId);
  const balances = await repo.listBalances(
    db,
    guarantees.map((g) => g.id),
  );
  const reported = latestOnOrBefore(await repo.listPortfolioTotals(db, conventionId), asOf);
  let registerTotal = 0n;
  const views = guarantees.map((g) => {
    const balance = latestOnOrBefore(
      balances.filter((b) => b.guarantee_id === g.id),
      asOf,
    );
    const guaranteed = balance ? guaranteedOutstanding(balance.outstanding_cents, g.guaranteed_share) : null;
    if (guaranteed !== null) registerTotal += guaranteed;
    return {
      id: g.id,
      lender: g.lender,
      contractNumber: g.contract_number,
      operationLabel: g.operation_label,
      loanAmount: e(g.loan_amount_cents),
      guaranteedShare: g.guaranteed_share,
      rate: g.rate,
      termYears: g.term_years,
      deliberationRef: g.deliberation_ref,
      deliberationDate: g.deliberation_date,
      outstanding: balance ? e(balance.outstanding_cents) : null,
      outstandingAsOf: balance?.as_of ?? null,
      guaranteedOutstanding: guaranteed === null ? null : e(guaranteed),
    };
  });
  return {
    asOf,
    guarantees: views,
    registerGuaranteedOutstanding: e(registerTotal),
    reported: reported ? portfolioView(reported) : null,
    can: { manage: canSetUpFinance(principal, side) },
  };
}

export async function createGuarantee(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: {
    lender: string;
    contractNumber: string;
    operationLabel?: string | null | undefined;
    loanAmount: bigint;
    guaranteedShare: string;
    rate?: string | null | undefined;
    termYears?: number | null | undefined;
    deliberationRef?: string | null | undefined;
    deliberationDate?: string | null | undefined;
  },
): Promise<{ id: string }> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canSetUpFinance(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur tiennent le registre des garanties.');
  return db.transaction().execute(async (trx) => {
    const { id } = await repo.insertGuarantee(trx, {
      convention_id: conventionId,
      lender: body.lender,
      contract_number: body.contractNumber,
      operation_label: body.operationLabel ?? null,
      loan_amount_cents: body.loanAmount,
      guaranteed_share: body.guaranteedShare,
      rate: body.rate ?? null,
      term_years: body.termYears ?? null,
      deliberation_ref: body.deliberationRef ?? null,
      deliberation_date: body.deliberationDate ?? null,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'loan_guarantee',
      entityId: id,
      action: 'create',
      after: { conventionId, ...body },
    });
    return { id };
  });
}

/** The capital outstanding of a guaranteed loan at a date (it cannot exceed the loan). */
export async function recordBalance(
  db: Db,
  principal: Principal,
  guaranteeId: string,
  body: { asOf: string; outstanding: bigint },
): Promise<void> {
  const guarantee = await repo.findGuarantee(db, guaranteeId);
  if (!guarantee) throw notFound('Garantie');
  const { side } = await loadConventionAccess(db, principal, guarantee.convention_id);
  if (!canSetUpFinance(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur tiennent le registre des garanties.');
  if (body.outstanding > guarantee.loan_amount_cents) {
    throw new AppError('VALIDATION_FAILED', 'Le capital restant dû ne peut dépasser le montant du prêt.', {
      fieldErrors: [{ field: 'outstanding', message: 'Supérieur au prêt.' }],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.upsertBalance(trx, guaranteeId, body.asOf, body.outstanding);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'loan_guarantee',
      entityId: guaranteeId,
      action: 'balance',
      after: body,
    });
  });
}
