import { actorOf, type Principal } from '../../kernel/principal';
import {
  fundingSourceLabels,
  operationKindLabels,
  operationStatusLabels,
  programmeLabels,
} from '../../../contracts/operations';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { workbookBuffer } from '../../platform/spreadsheets';
import { listOperations } from './operations.service';

/** The operations list as an xlsx workbook, with the list's filters; an export is an audit event. */
export async function exportOperations(
  db: Db,
  principal: Principal,
  conventionId: string,
  filters: Parameters<typeof listOperations>[3],
): Promise<ExportFile<Buffer>> {
  const list = await listOperations(db, principal, conventionId, filters);
  const content = await workbookBuffer([
    {
      name: 'Opérations',
      columns: [
        { header: 'Référence', key: 'reference', kind: 'text' },
        { header: 'Opération', key: 'label', kind: 'text', width: 40 },
        { header: 'Nature', key: 'kind', kind: 'text', width: 30 },
        { header: 'Programme', key: 'programme', kind: 'text' },
        { header: 'Commune', key: 'commune', kind: 'text', width: 24 },
        { header: 'EPCI', key: 'epci', kind: 'text', width: 30 },
        { header: 'Logements', key: 'dwellings', kind: 'integer' },
        { header: 'État', key: 'status', kind: 'text' },
        { header: 'Avancement (%)', key: 'percent', kind: 'integer' },
        { header: 'Livraison prévue', key: 'planned', kind: 'date' },
        { header: 'Livraison réelle', key: 'actual', kind: 'date' },
        { header: 'Coût TTC', key: 'cost', kind: 'euros' },
        { header: fundingSourceLabels.department, key: 'subsidy', kind: 'euros' },
      ],
      rows: list.items.map((o) => ({
        reference: o.reference,
        label: o.label,
        kind: operationKindLabels[o.kind],
        programme: programmeLabels[o.programme],
        commune: o.communeName,
        epci: o.epciName,
        dwellings: o.dwellingCount,
        status: operationStatusLabels[o.status],
        percent: o.percentComplete,
        planned: o.plannedDelivery,
        actual: o.actualDelivery,
        cost: o.costInclTax,
        subsidy: o.departmentSubsidy,
      })),
    },
  ]);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'operation',
      entityId: conventionId,
      action: 'export',
      after: { filters, rows: list.items.length },
    }),
  );
  return { filename: 'operations.xlsx', contentType: XLSX_TYPE, content };
}
