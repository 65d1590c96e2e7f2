import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type { ExportFile } from '../../platform/http/files';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import * as repo from './decisions.repository';
import { buildExtract, extractDocx, extractPdf } from './extract';
import {
  scdlDeliberationRows,
  scdlDeliberationsCsv,
  scdlDeliberationTable,
  validateDeliberations,
  type ScdlDecision,
} from './scdl-deliberations.rules';
import { loadState, presidentOf } from './session-state';
import * as sessionsRepo from './sessions.repository';
import { asPerson } from './views';

import { decisionViews, loadDecisionAccess } from './decisions.service';

/**
 * The files a decision or a convention's decisions become: the extract of the minutes (PDF, DOCX)
 * and the SCDL « délibérations » open-data export. Reads through decisions.service's access check.
 */

/** A generated extract or export (see platform/http/files.ts). */
export type GovernanceFile = ExportFile;

export async function extractFile(
  db: Db,
  principal: Principal,
  decisionId: string,
  format: 'pdf' | 'docx',
): Promise<GovernanceFile> {
  const { decision, body, rules, access } = await loadDecisionAccess(db, principal, decisionId);
  const session = (await sessionsRepo.findSession(db, decision.session_id))!;
  const state = await loadState(db, session, body, rules);
  const item = state.items.find((i) => i.id === decision.agenda_item_id)!;
  const [view] = await decisionViews(db, principal, access, [decision]);
  const member = (id: string) => asPerson(state.members.get(id)!);
  const president = presidentOf(state);
  const quality = (id: string) => state.inOffice.find((m) => m.member_id === id)?.quality ?? null;
  const extract = buildExtract({
    kind: body.kind,
    bodyName: body.name,
    organisationName: access.parties.find((p) => p.party_role === body.side)?.name ?? body.name,
    heldOn: session.held_on,
    convocation: session.convocation,
    reference: decision.reference,
    president: president ? asPerson(president) : null,
    attendance: state.attendance.map((a) => ({
      person: member(a.member_id),
      status: a.status,
      proxyHolder: a.proxy_holder_member_id ? member(a.proxy_holder_member_id) : null,
    })),
    rapporteur: item.rapporteur_member_id ? member(item.rapporteur_member_id) : null,
    title: decision.title,
    report: item.report,
    decisionText: decision.text,
    recused: state.recusals
      .filter((r) => r.agenda_item_id === item.id)
      .map((r) => ({ person: member(r.member_id), quality: quality(r.member_id) })),
    outcomeWording: view!.outcome.wording,
    delegation: view!.delegation
      ? {
          reference: view!.delegation.decisionReference,
          bodyName: view!.delegation.fromBody.name,
          grantedOn: view!.delegation.grantedOn,
          description: view!.delegation.description,
        }
      : null,
    corrections: view!.corrections.map((c) => ({
      correctedOn: todayInParis(new Date(c.correctedAt)),
      field: c.field,
      reason: c.reason,
    })),
    signatory: body.signatory_name ? { name: body.signatory_name, title: body.signatory_title } : null,
  });
  const base = `extrait-${decision.reference}`;
  if (format === 'pdf')
    return { filename: `${base}.pdf`, contentType: 'application/pdf', content: await extractPdf(extract) };
  return {
    filename: `${base}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: await extractDocx(extract),
  };
}

/**
 * The convention's decisions as SCDL « délibérations » rows: the decisions of the Département's and
 * the landlord's bodies, each under its own collectivity (name and SIRET of the party). Validated
 * before it leaves; each export is recorded in the audit trail.
 */
export async function exportScdlDeliberations(
  db: Db,
  principal: Principal,
  conventionId: string,
  filter: { bodyId?: string | undefined; year?: number | undefined },
): Promise<GovernanceFile> {
  const access = await loadConventionAccess(db, principal, conventionId);
  const views = (await decisionViews(db, principal, access, await repo.listDecisions(db, conventionId, filter))).filter(
    (d) => d.body.side !== 'joint',
  );
  const input: ScdlDecision[] = views.map((d) => {
    const party = access.parties.find((p) => p.party_role === d.body.side)!;
    return {
      collectivity: { name: party.name, siret: party.siret },
      reference: d.reference,
      decidedOn: d.decidedOn,
      actesCode: d.actesCode,
      title: d.title,
      budgetYear: d.budgetYear,
      budgetName: d.budgetName,
      prefectureId: d.prefectureId,
      transmittedOn: d.transmittedOn,
      membersInOffice: d.votes.membersInOffice,
      for: d.votes.for,
      against: d.votes.against,
      abstention: d.votes.abstention,
      votesRecorded: d.outcome.code !== 'adopted_unrecorded',
      url: d.url,
    };
  });
  const rows = scdlDeliberationRows(input);
  const problems = validateDeliberations(scdlDeliberationTable(rows));
  if (problems.length > 0) {
    const detail = problems
      .slice(0, 5)
      .map((p) => `ligne ${p.row} (${rows[p.row - 2]?.DELIB_ID ?? 'en-tête'}), ${p.field} : ${p.message}`)
      .join(' ; ');
    throw new AppError(
      'INVARIANT_VIOLATED',
      `Le fichier ne serait pas conforme au schéma SCDL « délibérations » : ${detail}`,
      {
        fieldErrors: problems.slice(0, 20).map((p) => ({ field: p.field, message: `ligne ${p.row} : ${p.message}` })),
      },
    );
  }
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after: { export: 'scdl-deliberations', rows: rows.length, decisions: rows.map((r) => r.DELIB_ID) },
    }),
  );
  return {
    filename: `deliberations-${todayInParis()}.csv`,
    contentType: 'text/csv; charset=utf-8',
    content: scdlDeliberationsCsv(rows),
  };
}
