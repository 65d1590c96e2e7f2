import { indicatorSheets } from '../indicators/indicators.queries';
import { getTrajectory } from '../housing/housing.queries';
import { financeSheets, financeTables } from '../finance/finance.queries';
import { actorOf, type Principal } from '../../kernel/principal';
import { commitmentStatusLabels } from '../../../contracts/convention-content';
import { todayInParis } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import { instanceStatusLabels } from '../../../contracts/obligations';
import { operationKindLabels } from '../../../contracts/operations';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { typed, workbookBuffer, type Sheet } from '../../platform/spreadsheets';
import { commitmentStatuses, getConventionDetail } from '../conventions/conventions.queries';
import { decisionsWithFigures } from '../governance/governance.queries';
import { dutyInstancesAsOf } from '../obligations/obligations.queries';
import { operationsWithDelivery } from '../operations/operations.queries';

/**
 * The whole convention in one workbook, sheets grouped by domain: the convention and its parties,
 * the commitments' statuses, the finance tables (the finance export's own sheets), the landlord's
 * trajectory, the operations, the governance decisions, the duties, the indicators. Text cells go
 * through spreadsheets.ts, which neutralises anything a spreadsheet would run as a formula.
 */
const partyRoleLabels = { department: 'Département', landlord: 'Bailleur', controller: 'Contrôle' } as const;
const dutyParties = { department: 'Département', landlord: 'Bailleur' } as const;

export async function conventionSheets(db: Db, principal: Principal, conventionId: string): Promise<Sheet[]> {
  const detail = await getConventionDetail(db, principal, conventionId);
  const landlord = detail.parties.find((p) => p.partyRole === 'landlord');
  const [statuses, finance, trajectory, operations, decisions, duties, indicators] = await Promise.all([
    commitmentStatuses(db, conventionId),
    financeSheets(db, principal, conventionId),
    landlord
      ? getTrajectory(db, principal, landlord.organisation.id, {}).catch((error: unknown) =>
          error instanceof AppError && error.code === 'NOT_FOUND' ? null : Promise.reject(error),
        )
      : Promise.resolve(null),
    operationsWithDelivery(db, conventionId),
    decisionsWithFigures(db, conventionId),
    dutyInstancesAsOf(db, conventionId, todayInParis()),
    indicatorSheets(db, principal, conventionId),
  ]);
  const text = (header: string, key: string, width?: number) => ({
    header,
    key,
    kind: 'text' as const,
    ...(width ? { width } : {}),
  });
  const date = (header: string, key: string) => ({ header, key, kind: 'date' as const });
  return [
    {
      name: 'Convention',
      columns: [text('Rubrique', 'field', 30), text('Valeur', 'value', 90)],
      rows: [
        { field: 'Intitulé', value: detail.title },
        { field: 'Début', value: typed('date', detail.periodStart) },
        { field: 'Fin', value: typed('date', detail.periodEnd) },
        { field: 'Signée le', value: detail.signatureDate ? typed('date', detail.signatureDate) : 'non signée' },
        ...detail.parties.map((p) => ({
          field: `Partie (${partyRoleLabels[p.partyRole]})`,
          value: [
            p.organisation.name,
            `SIRET ${p.organisation.siret}`,
            ...p.signatories.map((s) => `${s.fullName}, ${s.title}`),
          ].join(' — '),
        })),
      ],
    },
    {
      name: 'Engagements',
      columns: [
        text('Engagement', 'code'),
        { header: 'Année', key: 'year', kind: 'integer' },
        text('État', 'status'),
        text('Commentaire', 'comment', 60),
        text('Lien', 'url', 30),
        text('Renseigné par', 'by'),
        date('Renseigné le', 'at'),
      ],
      rows: statuses.map((s) => ({
        code: s.code,
        year: s.year,
        status: commitmentStatusLabels[s.status],
        comment: s.comment,
        url: s.evidence_url,
        by: s.set_by_label,
        at: s.set_at.toISOString().slice(0, 10),
      })),
    },
    ...financeTables.map((t) => finance[t]),
    {
      name: 'Trajectoire',
      columns: [
        date('Échéance', 'date'),
        { header: 'Interdits', key: 'banned', kind: 'integer' },
        { header: 'Livrés', key: 'delivered', kind: 'integer' },
        { header: 'Programmés', key: 'planned', kind: 'integer' },
        { header: 'Non programmés', key: 'notProgrammed', kind: 'integer' },
      ],
      rows: trajectory?.deadlines ?? [],
    },
    {
      name: 'Opérations',
      columns: [
        text('Référence', 'reference'),
        text('Libellé', 'label', 40),
        text('Nature', 'kind'),
        text('Programme', 'programme'),
        text('Commune (INSEE)', 'commune'),
        text('Résidence', 'residence'),
        text('État', 'status'),
        { header: 'Avancement (%)', key: 'percent', kind: 'integer' },
        { header: 'Coût TTC', key: 'cost', kind: 'euros' },
        date('Livraison prévue', 'planned'),
        date('Livrée le', 'actual'),
      ],
      rows: operations.map((o) => ({
        reference: o.reference,
        label: o.label,
        kind: operationKindLabels[o.kind],
        programme: o.programme,
        commune: o.commune_code,
        residence: o.residence,
        status: o.status,
        percent: o.percent_complete,
        cost: o.cost_incl_tax_cents === null ? null : centsToEuros(o.cost_incl_tax_cents),
        planned: o.planned_on,
        actual: o.actual_on,
      })),
    },
    {
      name: 'Gouvernance',
      columns: [
        text('Référence', 'reference'),
        date('Date', 'date'),
        text('Instance', 'body'),
        text('Objet', 'title', 60),
        text('Matière', 'matter'),
        { header: 'Présents', key: 'present', kind: 'integer' },
        { header: 'Représentés', key: 'represented', kind: 'integer' },
        { header: 'Ne prennent pas part au vote', key: 'notTakingPart', kind: 'integer' },
        { header: 'Pour', key: 'for', kind: 'integer' },
        { header: 'Contre', key: 'against', kind: 'integer' },
        { header: 'Abstentions', key: 'abstention', kind: 'integer' },
      ],
      rows: decisions.map((d) => ({
        reference: d.reference,
        date: d.decided_on,
        body: d.body_name,
        title: d.title,
        matter: d.matter,
        present: d.figures.present,
        represented: d.figures.represented,
        notTakingPart: d.figures.notTakingPart,
        for: d.figures.for,
        against: d.figures.against,
        abstention: d.figures.abstention,
      })),
    },
    {
      name: 'Obligations',
      columns: [
        text('Code', 'code'),
        text('Obligation', 'title', 50),
        text('Partie', 'party'),
        text('Article', 'article'),
        text('Période', 'period'),
        date('Échéance', 'due'),
        date('Faite le', 'done'),
        text('Statut', 'status'),
      ],
      rows: duties.map((d) => ({
        code: d.code,
        title: d.duty.title,
        party: dutyParties[d.party],
        article: d.duty.articleNumber,
        period: d.periodKey,
        due: d.dueOn,
        done: d.doneOn,
        status: instanceStatusLabels[d.status],
      })),
    },
    ...indicators,
  ];
}

/** The convention's workbook; the export is audited (data leaving Copil). */
export async function exportConventionWorkbook(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<ExportFile<Buffer>> {
  const sheets = await conventionSheets(db, principal, conventionId);
  const content = await workbookBuffer(sheets);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after: { export: 'convention.xlsx', rows: Object.fromEntries(sheets.map((s) => [s.name, s.rows.length])) },
    }),
  );
  return { filename: `convention-${todayInParis()}.xlsx`, contentType: XLSX_TYPE, content };
}
