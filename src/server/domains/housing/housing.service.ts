import { actorOf, hasRole, type Principal } from '../../kernel/principal';
import {
  DEMO_NOTICE,
  energyClasses,
  establishmentKindLabels,
  type DwellingPage,
  type DwellingsQuery,
  retirementReasonLabels,
  type DwellingDetail,
  type DwellingView,
  type EnergyClass,
  type RetireDwellingBody,
  type EstablishmentBody,
  type EstablishmentList,
  type EstablishmentView,
  type StockListItem,
  type StockSummary,
} from '../../../contracts/housing';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Selectable } from 'kysely';
import type { EstablishmentsTable } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { communeName, epciName, findCommune } from '../../kernel/geography';
import { canImportStock, canManageEstablishments, canReadStock, type StockAccess } from './housing.policy';
import { findLandlordAccess, listVisibleLandlords } from '../../kernel/convention-scope.queries';
import * as repo from './housing.repository';
import { latestImportView } from './import/import-view';
import { retirementProblems } from './housing.rules';
import { todayInParis } from '../../../contracts/dates';

/**
 * A landlord's stock: the landlords a user may see, the stock's figures, its dwellings and its
 * establishments. A stock the user may not see is answered as not found, like a convention.
 */

export async function loadStockAccess(db: Db, principal: Principal, organisationId: string) {
  const found = await findLandlordAccess(db, organisationId);
  const access = checkStockAccess(principal, found);
  return { landlord: { id: found!.id, name: found!.name }, access };
}

/** Who may see a landlord's stock (null: no such landlord), or not found for a user who may not. */
export function checkStockAccess(
  principal: Principal,
  landlord: { id: string; partner_ids: string[] } | null | undefined,
): StockAccess {
  if (!landlord) throw notFound('Patrimoine');
  const access: StockAccess = { landlordId: landlord.id, partnerIds: landlord.partner_ids };
  if (!canReadStock(principal, access)) throw notFound('Patrimoine');
  return access;
}

export const demoNoticeOf = (isDemo: boolean) => (isDemo ? DEMO_NOTICE : null);

export async function listStocks(db: Db, principal: Principal): Promise<StockListItem[]> {
  const landlords = await listVisibleLandlords(db, principal.organisationId, hasRole(principal, 'admin'));
  const counts = new Map(
    (
      await repo.countDwellings(
        db,
        landlords.map((l) => l.id),
      )
    ).map((c) => [c.organisation_id, c]),
  );
  return landlords.map((l) => {
    const c = counts.get(l.id);
    const isDemo = c?.demo ?? false;
    return {
      organisationId: l.id,
      name: l.name,
      dwellings: c?.n ?? 0,
      isDemo,
      demoNotice: demoNoticeOf(isDemo),
      canImport: canImportStock(principal, { landlordId: l.id, partnerIds: [] }),
    };
  });
}

const byClass = (row: Record<string, unknown>, column: string) =>
  Object.fromEntries(energyClasses.map((c) => [c, row[`${column}_${c}`] as number])) as Record<EnergyClass, number>;

export async function getStockSummary(db: Db, principal: Principal, organisationId: string): Promise<StockSummary> {
  const { landlord, access } = await loadStockAccess(db, principal, organisationId);
  const [f, e, lastImport, epcis] = await Promise.all([
    repo.stockFigures(db, organisationId),
    repo.establishmentFigures(db, organisationId),
    latestImportView(db, organisationId),
    repo.dwellingsByEpci(db, organisationId),
  ]);
  const isDemo = f.demo > 0;
  return {
    organisationId,
    name: landlord.name,
    isDemo,
    demoNotice: demoNoticeOf(isDemo || e.demo),
    dwellings: f.total,
    byConstructionType: { collective: f.collective, individual: f.individual, student: f.student },
    byEffectiveClass: byClass(f, 'effective_class'),
    byEnergyClass: byClass(f, 'energy_class'),
    byGhgClass: byClass(f, 'ghg_class'),
    withoutDpe: f.without_dpe,
    territories: { mainland: f.mainland, overseas: f.overseas },
    communes: f.communes,
    epcis: f.epcis,
    byEpci: epcis.map((r) => ({
      code: r.epci_code,
      name: r.epci_code ? (epciName(r.epci_code) ?? r.epci_code) : 'Hors EPCI',
      dwellings: r.n,
    })),
    inQpv: f.in_qpv,
    buildings: f.buildings,
    establishments: {
      residences: e.residences,
      beds: e.beds,
      beguinages: e.beguinages,
      beguinageDwellings: e.beguinage_dwellings,
      isDemo: e.demo,
    },
    lastImport,
    can: {
      import: canImportStock(principal, access),
      manageEstablishments: canManageEstablishments(principal, access),
    },
  };
}

function dwellingView(d: repo.DwellingRow): DwellingView {
  return {
    id: d.id,
    identRep: d.ident_rep,
    identInt: d.ident_int,
    dpeReference: d.dpe_reference,
    communeCode: d.commune_code,
    communeName: communeName(d.commune_code),
    epciCode: d.epci_code,
    epciName: epciName(d.epci_code),
    territory: d.territory,
    qpvCode: d.qpv_code,
    constructionType: d.construction_type,
    rooms: d.rooms,
    surface: d.surface,
    constructionYear: d.construction_year,
    financing: d.financing,
    dpeDate: d.dpe_date,
    energyClass: d.energy_class as EnergyClass | null,
    ghgClass: d.ghg_class as EnergyClass | null,
    effectiveClass: d.effective_class as EnergyClass | null,
    building:
      d.building_id && d.building_code ? { id: d.building_id, code: d.building_code, name: d.building_name } : null,
    address: d.address,
    isDemo: d.is_demo,
    retirement:
      d.retired_on && d.retirement_reason
        ? { on: d.retired_on, reason: d.retirement_reason, reasonLabel: retirementReasonLabels[d.retirement_reason] }
        : null,
  };
}

export async function listDwellings(
  db: Db,
  principal: Principal,
  organisationId: string,
  query: DwellingsQuery,
): Promise<DwellingPage> {
  await loadStockAccess(db, principal, organisationId);
  const [{ total, rows }, isDemo] = await Promise.all([
    repo.listDwellings(db, organisationId, query),
    repo.hasDemoStock(db, organisationId),
  ]);
  return {
    isDemo,
    demoNotice: demoNoticeOf(isDemo),
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map(dwellingView),
  };
}

export async function getDwelling(db: Db, principal: Principal, id: string): Promise<DwellingDetail> {
  const dwelling = await repo.findDwelling(db, id);
  if (!dwelling) throw notFound('Logement');
  const { access } = await loadStockAccess(db, principal, dwelling.organisation_id);
  return { ...dwellingView(dwelling), can: { retire: canImportStock(principal, access) && !dwelling.retired_on } };
}

/**
 * Retires a dwelling from the stock (sold, demolished, merged) from a date: the office's staff
 * (and the administrator) only; audited. From that date on it leaves the trajectory; seen as of
 * an earlier date it still counts (trajectory.repository.ts). The write counts as a change of
 * the landlord's stock, so the stored trajectories are recomputed.
 */
export async function retireDwelling(
  db: Db,
  principal: Principal,
  id: string,
  body: RetireDwellingBody,
): Promise<DwellingDetail> {
  const before = await repo.findDwelling(db, id);
  if (!before) throw notFound('Logement');
  const { access } = await loadStockAccess(db, principal, before.organisation_id);
  if (!canImportStock(principal, access))
    throw forbidden("Seuls les agents de l'office et l'administrateur sortent un logement du parc.");
  return db.transaction().execute(async (trx) => {
    const current = await repo.findDwelling(trx, id, { forUpdate: true });
    const problems = retirementProblems(body.on, todayInParis(), current?.retired_on ?? null);
    if (problems.length > 0)
      throw new AppError(current?.retired_on ? 'CONFLICT' : 'VALIDATION_FAILED', problems[0]!.message, {
        fieldErrors: problems,
      });
    await repo.retireDwelling(trx, id, body);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'dwelling',
      entityId: id,
      action: 'retire',
      before: { retiredOn: null, retirementReason: null },
      after: { organisationId: before.organisation_id, retiredOn: body.on, retirementReason: body.reason },
    });
    const after = (await repo.findDwelling(trx, id))!;
    return { ...dwellingView(after), can: { retire: false } };
  });
}

function establishmentView(e: Selectable<EstablishmentsTable>): EstablishmentView {
  return {
    id: e.id,
    kind: e.kind,
    kindLabel: establishmentKindLabels[e.kind],
    name: e.name,
    communeCode: e.commune_code,
    communeName: communeName(e.commune_code),
    beds: e.beds,
    dwellings: e.dwelling_count,
    managerName: e.manager_name,
    isDemo: e.is_demo,
  };
}

export async function listEstablishments(
  db: Db,
  principal: Principal,
  organisationId: string,
): Promise<EstablishmentList> {
  const { access } = await loadStockAccess(db, principal, organisationId);
  const [rows, f] = await Promise.all([
    repo.listEstablishments(db, organisationId),
    repo.establishmentFigures(db, organisationId),
  ]);
  return {
    isDemo: f.demo,
    demoNotice: demoNoticeOf(f.demo),
    totals: {
      residences: f.residences,
      beds: f.beds,
      beguinages: f.beguinages,
      beguinageDwellings: f.beguinage_dwellings,
    },
    items: rows.map(establishmentView),
    can: { manage: canManageEstablishments(principal, access) },
  };
}

function establishmentValues(body: EstablishmentBody) {
  const commune = findCommune(body.communeCode);
  if (!commune) {
    const message = `Code commune « ${body.communeCode} » inconnu du découpage administratif officiel.`;
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'communeCode', message }] });
  }
  return {
    kind: body.kind,
    name: body.name,
    commune_code: commune.code,
    beds: body.beds ?? null,
    dwelling_count: body.dwellings ?? null,
    manager_name: body.managerName ?? null,
  };
}

export async function createEstablishment(
  db: Db,
  principal: Principal,
  organisationId: string,
  body: EstablishmentBody,
): Promise<EstablishmentView> {
  const { access } = await loadStockAccess(db, principal, organisationId);
  if (!canManageEstablishments(principal, access))
    throw forbidden("Seuls les agents de l'office et l'administrateur gèrent les établissements.");
  const values = establishmentValues(body);
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertEstablishment(trx, organisationId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'establishment',
      entityId: row.id,
      action: 'create',
      after: { organisationId, ...values },
    });
    return establishmentView(row);
  });
}

async function establishmentAccess(db: Db, principal: Principal, id: string) {
  const existing = await repo.findEstablishment(db, id);
  if (!existing) throw notFound('Établissement');
  const { access } = await loadStockAccess(db, principal, existing.organisation_id);
  if (!canManageEstablishments(principal, access))
    throw forbidden("Seuls les agents de l'office et l'administrateur gèrent les établissements.");
  return existing;
}

export async function updateEstablishment(
  db: Db,
  principal: Principal,
  id: string,
  body: EstablishmentBody,
): Promise<EstablishmentView> {
  const before = await establishmentAccess(db, principal, id);
  const values = establishmentValues(body);
  return db.transaction().execute(async (trx) => {
    const row = await repo.updateEstablishment(trx, id, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'establishment',
      entityId: id,
      action: 'update',
      before,
      after: values,
    });
    return establishmentView(row);
  });
}

export async function deleteEstablishment(db: Db, principal: Principal, id: string): Promise<void> {
  const before = await establishmentAccess(db, principal, id);
  await db.transaction().execute(async (trx) => {
    await repo.deleteEstablishment(trx, id);
    await recordAudit(trx, actorOf(principal), { entityType: 'establishment', entityId: id, action: 'delete', before });
  });
}
