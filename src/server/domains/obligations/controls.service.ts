import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import JSZip from 'jszip';
import type { ChainVerification } from '../../../contracts/audit';
import { todayInParis } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden } from '../../platform/errors';
import type { ExportFile } from '../../platform/http/files';
import { GENESIS_HASH } from '../../platform/audit-chain';
import {
  auditEventsUntil,
  checkpointsUntil,
  presentCheckpoints,
  storedEventOf,
  verifyBatch,
  type ChainBreak,
  type ChainState,
  type StoredEvent,
} from '../audit/audit.queries';
import { getConventionDetail } from '../conventions/conventions.queries';
import {
  agreementsAsOf,
  requestDocumentsAsOf,
  requestEventsAsOf,
  submittedRequestsAsOf,
} from '../finance/finance.queries';
import { extractFile, listDecisions } from '../governance/governance.queries';
import { progressSnapshotsAsOf, progressTablesAsOf } from '../operations/operations.queries';
import { listControls } from './communication.service';
import { dutyInstancesAsOf } from './obligations.queries';
import { auditCsv, chainReport, manifest, readableJson, safeName, type BundleFile } from './controls.rules';
import { canDownloadEvidence } from './obligations.policy';

/**
 * Article 5: the evidence bundle a controller takes away, as of a chosen day — the convention as
 * amended on that day, the decisions with their extracts, the financial conventions and payment
 * requests with their documents, the progress tables, the control missions, the audit trail (CSV)
 * up to that day with its hash-chain check, and a manifest of SHA-256 digests. Each download is
 * itself recorded in the audit trail (who took what, as of when).
 */

const BATCH = 1000;

/**
 * Walks the chain from its start up to the end of the day (the chain is global, so is the check)
 * and keeps the events of this convention that its controller may read: no other convention's,
 * no platform event, no office's draft.
 */
async function auditUntil(db: Db, conventionId: string, asOf: string) {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const state: ChainState = { expectedPrevHash: GENESIS_HASH, checked: 0 };
      const events: StoredEvent[] = [];
      let broken: ChainVerification | null = null;
      let lastId = 0n;
      for (;;) {
        const rows = await auditEventsUntil(trx, conventionId, asOf, lastId, BATCH);
        const batch = rows.map(storedEventOf);
        events.push(...batch.filter((_, i) => rows[i]!.in_bundle));
        const brk: ChainBreak | null = broken ? null : verifyBatch(state, batch);
        if (brk)
          broken = { valid: false, checkedEvents: state.checked, firstBrokenEventId: brk.eventId, reason: brk.reason };
        if (rows.length < BATCH) break;
        lastId = rows[rows.length - 1]!.id;
      }
      const check: ChainVerification = broken ?? {
        valid: true,
        checkedEvents: state.checked,
        firstBrokenEventId: null,
        reason: null,
      };
      return { events, check };
    });
}

async function decisionFiles(db: Db, principal: Principal, conventionId: string, asOf: string): Promise<BundleFile[]> {
  const decisions = (await listDecisions(db, principal, conventionId, {})).filter((d) => d.decidedOn <= asOf);
  const files: BundleFile[] = [{ path: 'decisions/decisions.json', content: readableJson(decisions) }];
  for (const d of decisions) {
    const extract = await extractFile(db, principal, d.id, 'pdf');
    files.push({ path: `decisions/${safeName(extract.filename)}`, content: Buffer.from(extract.content) });
  }
  return files;
}

async function financeFiles(db: Db, conventionId: string, asOf: string): Promise<BundleFile[]> {
  const [agreements, requests] = await Promise.all([
    agreementsAsOf(db, conventionId, asOf),
    submittedRequestsAsOf(db, conventionId, asOf),
  ]);
  const ids = requests.map((r) => r.id);
  const [history, documents] = await Promise.all([
    requestEventsAsOf(db, ids, asOf),
    requestDocumentsAsOf(db, ids, asOf),
  ]);
  const files: BundleFile[] = [
    { path: 'finances/conventions-financieres.json', content: readableJson(agreements) },
    {
      path: 'finances/demandes-de-paiement.json',
      content: readableJson(
        requests.map((r) => ({
          ...r,
          history: history.filter((h) => h.request_id === r.id),
          documents: documents
            .filter((d) => d.request_id === r.id)
            .map((d) => ({
              requirement: d.requirement,
              filename: d.filename,
              sha256: d.sha256,
              path: `finances/pieces/${d.request_id}/${d.id}-${safeName(d.filename)}`,
            })),
        })),
      ),
    },
  ];
  for (const d of documents)
    files.push({
      path: `finances/pieces/${d.request_id}/${d.id}-${safeName(d.filename)}`,
      content: Buffer.from(d.content),
    });
  return files;
}

async function progressFiles(db: Db, conventionId: string, asOf: string): Promise<BundleFile[]> {
  const tables = await progressTablesAsOf(db, conventionId, asOf);
  const snapshots = await progressSnapshotsAsOf(
    db,
    tables.map((t) => t.id),
    asOf,
  );
  const view = tables.map((t) => ({
    ...t,
    submittedVersions: snapshots
      .filter((s) => s.progress_table_id === t.id)
      .map((s) => ({ version: s.version, submittedAt: s.submitted_at, rows: s.rows })),
  }));
  return [{ path: 'tableaux-avancement/tableaux.json', content: readableJson(view) }];
}

export async function evidenceBundle(
  db: Db,
  principal: Principal,
  conventionId: string,
  asOf: string,
  now = new Date(),
): Promise<ExportFile<Buffer>> {
  const { convention } = await loadConventionAccess(db, principal, conventionId);
  if (!canDownloadEvidence(principal))
    throw forbidden('Le dossier de preuves est réservé aux contrôleurs, à la coordination et aux administrateurs.');
  if (asOf > todayInParis(now))
    throw new AppError('VALIDATION_FAILED', 'La date ne peut pas être dans le futur.', {
      fieldErrors: [{ field: 'asOf', message: 'Date postérieure à aujourd’hui.' }],
    });

  // One after the other: the embedded database has a single connection and the audit walk is a transaction.
  const detail = await getConventionDetail(db, principal, conventionId, asOf);
  const decisions = await decisionFiles(db, principal, conventionId, asOf);
  const finance = await financeFiles(db, conventionId, asOf);
  const progress = await progressFiles(db, conventionId, asOf);
  // The duties due by asOf with their status on that day, as the calendar gives it (obligations.queries).
  const duties = await dutyInstancesAsOf(db, conventionId, asOf, { to: asOf });
  const controls = await listControls(db, principal, conventionId);
  const audit = await auditUntil(db, conventionId, asOf);
  const checkpoints = await checkpointsUntil(db, asOf);
  const files: BundleFile[] = [
    { path: 'convention-telle-que-modifiee.json', content: readableJson(detail) },
    ...decisions,
    ...finance,
    ...progress,
    { path: 'obligations/echeances.json', content: readableJson(duties) },
    { path: 'missions-de-controle.json', content: readableJson(controls.filter((c) => c.startedOn <= asOf)) },
    { path: 'audit/journal.csv', content: auditCsv(audit.events) },
    { path: 'audit/verification-chaine.json', content: readableJson(audit.check) },
    { path: 'audit/verification-chaine.txt', content: Buffer.from(chainReport(audit.check, asOf), 'utf8') },
    // The signed checkpoints, to check the chain later with `npm run audit:verify -- --checkpoints`.
    {
      path: 'audit/points-de-controle.json',
      content: readableJson(presentCheckpoints(checkpoints, checkpoints.at(-1)?.public_key ?? null)),
    },
  ];
  const zip = new JSZip();
  for (const f of files) zip.file(f.path, f.content);
  zip.file(
    'manifeste.json',
    manifest(files, {
      conventionTitle: convention.title,
      asOf,
      generatedAt: now.toISOString(),
      generatedBy: principal.displayName,
    }),
  );
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after: { export: 'evidence-bundle', asOf, files: files.length + 1, chainValid: audit.check.valid },
    }),
  );
  return { filename: `dossier-de-preuves-${asOf}.zip`, contentType: 'application/zip', content };
}
