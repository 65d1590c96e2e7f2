import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import {
  envelopeKindLabels,
  requestStatusLabels,
  scheduleKindLabels,
  type AgreementView,
} from '../../../contracts/finance';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { CSV_TYPE, XLSX_TYPE, type ExportFile } from '../../platform/http/files';
import { sheetToCsv, workbookBuffer, type Sheet } from '../../platform/spreadsheets';
import { listAgreements } from './agreements.service';
import { getFinanceOverview } from './envelopes.service';
import { getGuarantees } from './guarantees.service';
import { listRequests } from './requests.service';
import { validateTable } from '../../platform/table-schema';
import { SCDL_SCHEMA, scdlCsv, scdlRows, scdlTable, type ScdlAgreement } from './scdl.rules';
import { envelopeKindShortLabels } from '../../../contracts/format';

/**
 * Files for people outside Copil: the SCDL « subventions » open-data CSV and the finance tables as
 * a workbook or one French Excel CSV. Whoever may read the convention may export it (the same data
 * the pages show); each export is recorded in the audit trail — a read, but one that takes the
 * data out of Copil, which a controller wants to see.
 */

/** The Département's instructing service, as SCDL names it (idServiceInstructeur: the Département's SIRET). */
export const INSTRUCTING_SERVICE = 'Direction accompagnement des territoires';

async function auditExport(db: Db, principal: Principal, conventionId: string, after: Record<string, unknown>) {
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after,
    }),
  );
}

/**
 * The essential data of the convention's subsidy agreements (décret 2017-779): signed agreements
 * over 23 000 €, one SCDL 2.1.1 row each, validated against the schema before it leaves — a file
 * the open-data validator would refuse is never handed out.
 */
export async function exportScdl(db: Db, principal: Principal, conventionId: string): Promise<ExportFile<string>> {
  const { convention, parties } = await loadConventionAccess(db, principal, conventionId);
  const department = parties.find((p) => p.party_role === 'department');
  const landlord = parties.find((p) => p.party_role === 'landlord');
  if (!department || !landlord)
    throw new AppError(
      'INVARIANT_VIOLATED',
      "La convention n'a pas de Département ou de bailleur parmi ses parties : aucune donnée de subvention à publier.",
    );
  const [overview, agreements] = await Promise.all([
    getFinanceOverview(db, principal, conventionId),
    listAgreements(db, principal, conventionId),
  ]);
  const allocations = overview.envelopes.flatMap((env) => env.allocations);
  const today = todayInParis();
  const input: ScdlAgreement[] = agreements.map((g) => {
    const allocation = allocations.find((a) => a.id === g.allocationId)!;
    return {
      id: g.id,
      year: g.year,
      amount: g.amount,
      signedOn: g.signedOn,
      purpose: g.purpose,
      justificationDeadline: g.justificationDeadline,
      schedule: g.schedule.map((l) => ({ kind: l.kind, amount: l.amount })),
      decision: {
        body: allocation.deliberationBody,
        date: allocation.deliberationDate,
        number: allocation.deliberationNumber,
      },
    };
  });
  const rows = scdlRows(
    {
      attribuant: { name: department.name, siret: department.siret },
      beneficiaire: { name: landlord.name, siret: landlord.siret },
      serviceInstructeur: { name: INSTRUCTING_SERVICE, siret: department.siret },
      dispositif: `Convention de partenariat ${convention.period_start.slice(0, 4)}-${convention.period_end.slice(0, 4)}`,
      updatedOn: today,
    },
    input,
  );
  const problems = validateTable(SCDL_SCHEMA, scdlTable(rows));
  if (problems.length > 0) {
    const detail = problems
      .slice(0, 5)
      .map((p) => `ligne ${p.row}, ${p.field} : ${p.message}`)
      .join(' ; ');
    throw new AppError(
      'INVARIANT_VIOLATED',
      `Le fichier SCDL ne serait pas conforme au schéma subventions 2.1.1 (${detail}).`,
      {
        fieldErrors: problems.slice(0, 20).map((p) => ({ field: p.field, message: `ligne ${p.row} : ${p.message}` })),
      },
    );
  }
  await auditExport(db, principal, conventionId, {
    export: 'scdl-subventions-2.1.1',
    rows: rows.length,
    fundingAgreementIds: rows.map((r) => r.idSubvention),
  });
  return { filename: `subventions-${department.siret}-${today}.csv`, contentType: CSV_TYPE, content: scdlCsv(rows) };
}

export const financeTables = [
  'enveloppes',
  'deliberations',
  'conventions-financieres',
  'echeanciers',
  'demandes-de-versement',
  'garanties',
] as const;
export type FinanceTable = (typeof financeTables)[number];

const agreementLabel = (g: Pick<AgreementView, 'year' | 'envelopeKind'>) =>
  `${g.year} — ${envelopeKindShortLabels[g.envelopeKind]}`;
/** An ISO timestamp → its calendar day in Paris. */
const parisDay = (iso: string | null) => (iso === null ? null : todayInParis(new Date(iso)));

/** The finance tables of a convention, as the pages show them today, one sheet each. */
export async function financeSheets(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<Record<FinanceTable, Sheet>> {
  await loadConventionAccess(db, principal, conventionId);
  const [overview, agreements, requests, guarantees] = await Promise.all([
    getFinanceOverview(db, principal, conventionId),
    listAgreements(db, principal, conventionId),
    listRequests(db, principal, conventionId),
    getGuarantees(db, principal, conventionId),
  ]);
  return {
    enveloppes: {
      name: 'Enveloppes',
      columns: [
        { header: 'Type', key: 'kind', kind: 'text', width: 40 },
        { header: 'Libellé', key: 'label', kind: 'text', width: 60 },
        { header: 'Montant voté', key: 'initialAmount', kind: 'euros', width: 18 },
        { header: 'Montant révisé', key: 'amount', kind: 'euros', width: 18 },
        { header: 'Début', key: 'periodStart', kind: 'date' },
        { header: 'Fin', key: 'periodEnd', kind: 'date' },
        { header: 'Délibération', key: 'deliberationRef', kind: 'text', width: 50 },
        { header: 'Date de la délibération', key: 'deliberationDate', kind: 'date' },
        { header: 'Alloué', key: 'allocated', kind: 'euros', width: 18 },
        { header: 'Engagé', key: 'committed', kind: 'euros', width: 18 },
        { header: 'Demandé', key: 'requested', kind: 'euros', width: 18 },
        { header: 'Versé', key: 'paid', kind: 'euros', width: 18 },
        { header: 'Reste à allouer', key: 'leftToAllocate', kind: 'euros', width: 18 },
        { header: 'Reste à verser', key: 'leftToPay', kind: 'euros', width: 18 },
      ],
      rows: overview.envelopes.map((env) => ({ ...env, ...env.totals, kind: envelopeKindLabels[env.kind] })),
    },
    deliberations: {
      name: 'Délibérations',
      columns: [
        { header: 'Enveloppe', key: 'envelope', kind: 'text', width: 40 },
        { header: 'Année', key: 'year', kind: 'integer' },
        { header: 'Montant', key: 'amount', kind: 'euros', width: 18 },
        { header: 'Instance', key: 'deliberationBody', kind: 'text', width: 30 },
        { header: 'Date de la délibération', key: 'deliberationDate', kind: 'date' },
        { header: 'Numéro', key: 'deliberationNumber', kind: 'text' },
        { header: 'Engagé par convention financière', key: 'committed', kind: 'euros', width: 18 },
      ],
      rows: overview.envelopes.flatMap((env) =>
        env.allocations.map((a) => ({ ...a, envelope: envelopeKindLabels[env.kind] })),
      ),
    },
    'conventions-financieres': {
      name: 'Conventions financières',
      columns: [
        { header: 'Année', key: 'year', kind: 'integer' },
        { header: 'Enveloppe', key: 'kind', kind: 'text', width: 40 },
        { header: 'Montant', key: 'amount', kind: 'euros', width: 18 },
        { header: "Délibération d'application", key: 'allocationAmount', kind: 'euros', width: 18 },
        { header: 'Signée le', key: 'signedOn', kind: 'date' },
        { header: 'Objet', key: 'purpose', kind: 'text', width: 60 },
        { header: 'Date limite de justification', key: 'justificationDeadline', kind: 'date' },
        { header: 'Clause de reversement', key: 'reimbursementClause', kind: 'text', width: 40 },
        { header: 'Demandé', key: 'requested', kind: 'euros', width: 18 },
        { header: 'Versé', key: 'paid', kind: 'euros', width: 18 },
        { header: 'Reversé', key: 'reimbursed', kind: 'euros', width: 18 },
        { header: 'Reste à verser', key: 'left', kind: 'euros', width: 18 },
      ],
      rows: agreements.map((g) => ({ ...g, ...g.totals, kind: envelopeKindLabels[g.envelopeKind] })),
    },
    echeanciers: {
      name: 'Échéanciers',
      columns: [
        { header: 'Convention financière', key: 'agreement', kind: 'text', width: 28 },
        { header: 'N°', key: 'position', kind: 'integer', width: 6 },
        { header: 'Type', key: 'kind', kind: 'text' },
        { header: 'Libellé', key: 'label', kind: 'text', width: 40 },
        { header: 'Montant', key: 'amount', kind: 'euros', width: 18 },
        { header: 'Condition', key: 'condition', kind: 'text', width: 40 },
        { header: 'Pièces exigées', key: 'requiredDocuments', kind: 'text', width: 40 },
        { header: 'Demandé', key: 'requested', kind: 'euros', width: 18 },
        { header: 'Versé', key: 'paid', kind: 'euros', width: 18 },
      ],
      rows: agreements.flatMap((g) =>
        g.schedule.map((l, i) => ({
          ...l,
          agreement: agreementLabel(g),
          position: i + 1,
          kind: scheduleKindLabels[l.kind],
          requiredDocuments: l.requiredDocuments.join(' ; '),
        })),
      ),
    },
    'demandes-de-versement': {
      name: 'Demandes de versement',
      columns: [
        { header: 'Convention financière', key: 'agreement', kind: 'text', width: 28 },
        { header: "Ligne de l'échéancier", key: 'lineLabel', kind: 'text', width: 40 },
        { header: 'Montant', key: 'amount', kind: 'euros', width: 18 },
        { header: 'État', key: 'status', kind: 'text', width: 26 },
        { header: 'Établie par', key: 'createdBy', kind: 'text', width: 30 },
        { header: 'Établie le', key: 'createdOn', kind: 'date' },
        { header: 'Transmise le', key: 'submittedOn', kind: 'date' },
      ],
      rows: requests.map((r) => {
        const g = agreements.find((x) => x.id === r.fundingAgreementId)!;
        return {
          ...r,
          agreement: agreementLabel(g),
          status: requestStatusLabels[r.status],
          createdOn: parisDay(r.createdAt),
          submittedOn: parisDay(r.submittedAt),
        };
      }),
    },
    garanties: {
      name: 'Garanties',
      columns: [
        { header: 'Prêteur', key: 'lender', kind: 'text', width: 30 },
        { header: 'N° de contrat', key: 'contractNumber', kind: 'text', width: 18 },
        { header: 'Opération', key: 'operationLabel', kind: 'text', width: 40 },
        { header: 'Montant du prêt', key: 'loanAmount', kind: 'euros', width: 18 },
        { header: 'Quotité garantie', key: 'guaranteedShare', kind: 'percent' },
        { header: 'Taux', key: 'rate', kind: 'text' },
        { header: 'Durée (années)', key: 'termYears', kind: 'integer' },
        { header: 'Délibération', key: 'deliberationRef', kind: 'text', width: 40 },
        { header: 'Date de la délibération', key: 'deliberationDate', kind: 'date' },
        { header: 'Capital restant dû', key: 'outstanding', kind: 'euros', width: 18 },
        { header: 'Au', key: 'outstandingAsOf', kind: 'date' },
        { header: 'Encours garanti', key: 'guaranteedOutstanding', kind: 'euros', width: 18 },
      ],
      rows: guarantees.guarantees,
    },
  };
}

/** Every finance table of the convention in one workbook, a sheet per table. */
export async function exportFinanceWorkbook(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<ExportFile<Buffer>> {
  const sheets = await financeSheets(db, principal, conventionId);
  const content = await workbookBuffer(financeTables.map((t) => sheets[t]));
  await auditExport(db, principal, conventionId, {
    export: 'finances.xlsx',
    rows: Object.fromEntries(financeTables.map((t) => [t, sheets[t].rows.length])),
  });
  return { filename: `finances-${todayInParis()}.xlsx`, contentType: XLSX_TYPE, content };
}

/** One finance table as CSV for French Excel (';', BOM, amounts "4000000,00", dates "31/12/2024"). */
export async function exportFinanceTable(
  db: Db,
  principal: Principal,
  conventionId: string,
  table: FinanceTable,
): Promise<ExportFile<string>> {
  const sheet = (await financeSheets(db, principal, conventionId))[table];
  const content = sheetToCsv(sheet);
  await auditExport(db, principal, conventionId, { export: 'finances.csv', table, rows: sheet.rows.length });
  return { filename: `finances-${table}-${todayInParis()}.csv`, contentType: CSV_TYPE, content };
}
