import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import {
  indicatorComputationLabels,
  indicatorDirectionLabels,
  indicatorFrequencyLabels,
  indicatorPartyLabels,
  targetStatusLabels,
} from '../../../contracts/indicators';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { workbookBuffer, type Sheet } from '../../platform/spreadsheets';
import { getIndicatorsWithHistory } from './indicators.service';

/**
 * The indicators as spreadsheet sheets: the indicators themselves, their targets and values year by
 * year, and every entry ever made. Used alone (indicators.xlsx) and in the convention's workbook.
 * Figures stay decimal text as stored (units differ from one row to the next).
 */
export async function indicatorSheets(db: Db, principal: Principal, conventionId: string): Promise<Sheet[]> {
  const indicators = await getIndicatorsWithHistory(db, principal, conventionId);
  return [
    {
      name: 'Indicateurs',
      columns: [
        { header: 'Code', key: 'code', kind: 'text' },
        { header: 'Objectif', key: 'objective', kind: 'text' },
        { header: 'Axe', key: 'axis', kind: 'text' },
        { header: 'Indicateur', key: 'label', kind: 'text', width: 50 },
        { header: 'Unité', key: 'unit', kind: 'text' },
        { header: 'Sens', key: 'direction', kind: 'text' },
        { header: 'Fréquence', key: 'frequency', kind: 'text' },
        { header: 'Partie responsable', key: 'party', kind: 'text' },
        { header: 'Service', key: 'service', kind: 'text' },
        { header: 'Mode de mesure', key: 'measurement', kind: 'text', width: 60 },
        { header: 'Calcul', key: 'computation', kind: 'text', width: 40 },
      ],
      rows: indicators.map((i) => ({
        code: i.code,
        objective: i.objective.code,
        axis: i.axis?.code ?? null,
        label: i.label,
        unit: i.unit,
        direction: indicatorDirectionLabels[i.direction],
        frequency: indicatorFrequencyLabels[i.frequency],
        party: indicatorPartyLabels[i.responsibleParty],
        service: i.responsibleService,
        measurement: i.measurement,
        computation: i.computation ? indicatorComputationLabels[i.computation] : 'Saisi',
      })),
    },
    {
      name: 'Cibles et valeurs',
      columns: [
        { header: 'Code', key: 'code', kind: 'text' },
        { header: 'Année', key: 'year', kind: 'integer' },
        { header: 'Cible', key: 'target', kind: 'number' },
        { header: 'Valeur', key: 'value', kind: 'number' },
        { header: 'Unité', key: 'unit', kind: 'text' },
        { header: 'Situation', key: 'status', kind: 'text' },
        { header: 'Commentaire de la cible', key: 'targetComment', kind: 'text', width: 50 },
      ],
      rows: indicators.flatMap((i) =>
        i.years
          .filter((y) => y.target !== null || y.value !== null)
          .map((y) => ({
            code: i.code,
            year: y.year,
            target: y.target,
            value: y.value,
            unit: i.unit,
            status: targetStatusLabels[y.status],
            targetComment: y.targetComment,
          })),
      ),
    },
    {
      name: 'Saisies des indicateurs',
      columns: [
        { header: 'Code', key: 'code', kind: 'text' },
        { header: 'Période', key: 'period', kind: 'text' },
        { header: 'Valeur', key: 'value', kind: 'number' },
        { header: 'Commentaire', key: 'comment', kind: 'text', width: 50 },
        { header: 'Source', key: 'source', kind: 'text', width: 40 },
        { header: 'Pièce', key: 'evidence', kind: 'text' },
        { header: 'Saisi par', key: 'by', kind: 'text' },
        { header: 'Saisi le', key: 'at', kind: 'date' },
      ],
      rows: indicators.flatMap((i) =>
        i.history.map((h) => ({
          code: i.code,
          period: h.period,
          value: h.value,
          comment: h.comment,
          source: h.source,
          evidence: h.evidenceDocument?.filename ?? null,
          by: h.enteredBy,
          at: h.enteredAt?.slice(0, 10) ?? null,
        })),
      ),
    },
  ];
}

/** The indicators table as one workbook; the export is audited (data leaving Copil). */
export async function exportIndicatorsWorkbook(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<ExportFile<Buffer>> {
  const sheets = await indicatorSheets(db, principal, conventionId);
  const content = await workbookBuffer(sheets);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after: { export: 'indicateurs.xlsx', rows: Object.fromEntries(sheets.map((s) => [s.name, s.rows.length])) },
    }),
  );
  return { filename: `indicateurs-${todayInParis()}.xlsx`, contentType: XLSX_TYPE, content };
}
