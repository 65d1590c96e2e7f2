import { actorOf, type Principal } from '../../kernel/principal';
import {
  constructionTypeLabels,
  trajectoryDimensions,
  type DwellingsFilters,
  type TrajectoryDimension,
} from '../../../contracts/housing';
import { todayInParis } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { CSV_TYPE, XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { sheetToCsv, workbookBuffer, type Sheet } from '../../platform/spreadsheets';
import { communeName, epciName } from '../../kernel/geography';
import * as repo from './housing.repository';
import { loadStockAccess } from './housing.service';
import { getTrajectory } from './trajectory.service';

/**
 * Exports of a landlord's stock: the dwellings (with the list's filters) and the trajectory, as xlsx
 * or as CSV for French Excel. Demonstration data says so in its file name and first column.
 * An export is an audit event: the data leaves Copil.
 */
export type ExportFormat = 'xlsx' | 'csv';

async function audited(db: Db, principal: Principal, organisationId: string, after: Record<string, unknown>) {
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, actorOf(principal), { entityType: 'stock', entityId: organisationId, action: 'export', after }),
    );
}

async function asFile(sheets: Sheet[], format: ExportFormat, base: string): Promise<ExportFile> {
  if (format === 'xlsx')
    return { filename: `${base}.xlsx`, contentType: XLSX_TYPE, content: await workbookBuffer(sheets) };
  return { filename: `${base}.csv`, contentType: CSV_TYPE, content: sheetToCsv(sheets[0]!) };
}

export async function exportDwellings(
  db: Db,
  principal: Principal,
  organisationId: string,
  filters: DwellingsFilters,
  format: ExportFormat,
): Promise<ExportFile> {
  await loadStockAccess(db, principal, organisationId);
  const rows = await repo.allDwellings(db, organisationId, filters);
  const demo = rows.some((r) => r.is_demo);
  const sheet: Sheet = {
    name: 'Logements',
    columns: [
      { header: 'Données', key: 'nature', kind: 'text', width: 16 },
      { header: 'IDENT_REP', key: 'ident_rep', kind: 'text', width: 18 },
      { header: 'Identifiant interne', key: 'ident_int', kind: 'text', width: 18 },
      { header: 'Commune (INSEE)', key: 'commune_code', kind: 'text', width: 10 },
      { header: 'Commune', key: 'commune', kind: 'text', width: 24 },
      { header: 'EPCI', key: 'epci', kind: 'text', width: 30 },
      { header: 'QPV', key: 'qpv_code', kind: 'text', width: 12 },
      { header: 'Type', key: 'type', kind: 'text', width: 12 },
      { header: 'Pièces', key: 'rooms', kind: 'integer', width: 8 },
      { header: 'Surface (m²)', key: 'surface', kind: 'decimal', width: 10 },
      { header: 'Année de construction', key: 'construction_year', kind: 'integer', width: 10 },
      { header: 'Financement', key: 'financing', kind: 'text', width: 10 },
      { header: 'Date du DPE', key: 'dpe_date', kind: 'date', width: 12 },
      { header: 'Étiquette énergie', key: 'energy_class', kind: 'text', width: 8 },
      { header: 'Étiquette GES', key: 'ghg_class', kind: 'text', width: 8 },
      { header: 'Classe retenue', key: 'effective_class', kind: 'text', width: 8 },
    ],
    rows: rows.map((r) => ({
      ...r,
      nature: r.is_demo ? 'Démonstration' : 'Réelle',
      commune: communeName(r.commune_code),
      epci: r.epci_code ? `${epciName(r.epci_code) ?? ''} (${r.epci_code})` : null,
      type: constructionTypeLabels[r.construction_type as keyof typeof constructionTypeLabels] ?? r.construction_type,
    })),
  };
  await audited(db, principal, organisationId, { export: 'dwellings', format, rows: rows.length, filters });
  return asFile([sheet], format, `logements${demo ? '-demonstration' : ''}-${todayInParis()}`);
}

const dimensionLabels: Record<TrajectoryDimension, string> = {
  commune: 'Par commune',
  epci: 'Par EPCI',
  qpv: 'Par QPV',
  constructionType: 'Par type',
};
const figureColumns = [
  { header: 'Interdits', key: 'banned', kind: 'integer' as const, width: 10 },
  { header: 'Livrés', key: 'delivered', kind: 'integer' as const, width: 10 },
  { header: 'dont livrés dénombrés par classe', key: 'deliveredCounted', kind: 'integer' as const, width: 14 },
  { header: 'Programmés', key: 'planned', kind: 'integer' as const, width: 12 },
  { header: 'dont programmés dénombrés par classe', key: 'plannedCounted', kind: 'integer' as const, width: 14 },
  { header: 'Non programmés', key: 'notProgrammed', kind: 'integer' as const, width: 14 },
  { header: 'Rythme annuel nécessaire', key: 'requiredPacePerYear', kind: 'integer' as const, width: 14 },
];

/** The trajectory: one sheet of deadlines, then one per breakdown (commune, EPCI, QPV, type); CSV: the deadlines. */
export async function exportTrajectory(
  db: Db,
  principal: Principal,
  organisationId: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const overall = await getTrajectory(db, principal, organisationId, {});
  const sheets: Sheet[] = [
    {
      name: 'Échéances',
      columns: [
        { header: 'Échéance', key: 'date', kind: 'date', width: 12 },
        { header: 'Années restantes', key: 'yearsLeft', kind: 'integer', width: 10 },
        ...figureColumns,
      ],
      rows: overall.deadlines,
    },
  ];
  if (format === 'xlsx') {
    for (const by of trajectoryDimensions) {
      const view = await getTrajectory(db, principal, organisationId, { by });
      sheets.push({
        name: dimensionLabels[by],
        columns: [
          { header: 'Échéance', key: 'date', kind: 'date', width: 12 },
          { header: dimensionLabels[by].replace('Par ', ''), key: 'label', kind: 'text', width: 30 },
          ...figureColumns,
        ],
        rows: view.breakdown?.rows ?? [],
      });
    }
  }
  await audited(db, principal, organisationId, { export: 'trajectory', format, calendar: overall.calendar.label });
  return asFile(sheets, format, `trajectoire${overall.isDemo ? '-demonstration' : ''}-${todayInParis()}`);
}
