import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import type {
  AxisNode,
  CommitmentDetail,
  ObjectivesTree,
  SetStatusBody,
  StatusEntry,
} from '../../../contracts/convention-content';
import { todayInParis } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { amendmentFactsOf, asAmendedOn } from './amendment.rules';
import * as amendmentsRepo from './amendments.repository';
import { conventionYears, statusProblem } from './commitment.rules';
import * as repo from './commitments.repository';
import * as contentRepo from './content.repository';
import { canSetCommitment } from './conventions.policy';
import { findDocument } from '../../platform/documents';

function toEntry(r: repo.StatusRow): StatusEntry {
  return {
    id: r.id,
    year: r.year,
    status: r.status,
    comment: r.comment,
    evidenceUrl: r.evidence_url,
    evidenceDocument: r.evidence_document_id
      ? { id: r.evidence_document_id, filename: r.evidence_filename!, sizeBytes: r.evidence_size! }
      : null,
    setBy: r.set_by_label,
    setAt: r.set_at.toISOString(),
  };
}

/** The convention's years as amended today (a prolonged convention gets its extra years). */
async function yearsOf(db: Db, conventionId: string, periodStart: string, periodEnd: string) {
  const amendments = await amendmentsRepo.listAmendmentsOf(db, [conventionId]);
  const amended = asAmendedOn(
    { periodStart, periodEnd, articles: [], signatories: [] },
    amendmentFactsOf(amendments),
    todayInParis(),
  );
  return conventionYears(amended.periodStart, amended.periodEnd);
}

/** The 4 objectives → axes → commitments, and Article 3's commitments, each with its status for `year`. */
export async function getObjectivesTree(
  db: Db,
  principal: Principal,
  conventionId: string,
  requestedYear?: number,
): Promise<ObjectivesTree> {
  const { convention, side } = await loadConventionAccess(db, principal, conventionId);
  const years = await yearsOf(db, conventionId, convention.period_start, convention.period_end);
  const thisYear = Number(todayInParis().slice(0, 4));
  const year = requestedYear ?? (years.includes(thisYear) ? thisYear : years[0]!);
  if (!years.includes(year)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `L'année ${year} est hors de la période de la convention (${years[0]}–${years.at(-1)}).`,
      {
        fieldErrors: [{ field: 'year', message: 'Année hors période.' }],
      },
    );
  }
  const [objectives, axes, commitments] = await Promise.all([
    contentRepo.listObjectives(db, conventionId),
    contentRepo.listAxes(db, conventionId),
    contentRepo.listCommitments(db, conventionId),
  ]);
  const statuses = await repo.listStatuses(
    db,
    commitments.map((c) => c.id),
    year,
  );
  const latest = new Map<string, StatusEntry>();
  for (const s of statuses) if (!latest.has(s.commitment_id)) latest.set(s.commitment_id, toEntry(s));

  const axisNode = (a: (typeof axes)[number]): AxisNode => ({
    id: a.id,
    code: a.code,
    title: a.title,
    article: a.article_number,
    commitments: commitments
      .filter((c) => c.axis_id === a.id)
      .map((c) => ({
        id: c.id,
        code: c.code,
        party: c.party,
        text: c.text,
        article: c.article_number,
        status: latest.get(c.id) ?? null,
        canSet: canSetCommitment(principal, side, c.party),
      })),
  });
  return {
    conventionId,
    year,
    years,
    objectives: objectives.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      article: o.article_number,
      axes: axes.filter((a) => a.objective_id === o.id).map(axisNode),
    })),
    partnerCommitments: axes.filter((a) => a.objective_id === null).map(axisNode),
  };
}

export async function getCommitment(db: Db, principal: Principal, id: string): Promise<CommitmentDetail> {
  const c = await repo.findCommitment(db, id);
  if (!c) throw notFound('Engagement');
  const { convention, side } = await loadConventionAccess(db, principal, c.convention_id);
  const years = await yearsOf(db, c.convention_id, convention.period_start, convention.period_end);
  const history = (await repo.listStatuses(db, [id])).map(toEntry);
  return {
    id: c.id,
    conventionId: c.convention_id,
    conventionTitle: c.convention_title,
    code: c.code,
    party: c.party,
    text: c.text,
    article: c.article_number,
    axis: { code: c.axis_code, title: c.axis_title },
    objective: c.objective_code ? { code: c.objective_code, title: c.objective_title! } : null,
    years: years.map((year) => ({ year, current: history.find((h) => h.year === year) ?? null })),
    history,
    canSet: canSetCommitment(principal, side, c.party),
  };
}

/**
 * Sets a commitment's status for a year. Statuses are appended, never overwritten, so the page
 * shows who said what when. Only the responsible party may set it; the other reads it.
 */
export async function setCommitmentStatus(
  db: Db,
  principal: Principal,
  id: string,
  body: SetStatusBody,
): Promise<StatusEntry> {
  const c = await repo.findCommitment(db, id);
  if (!c) throw notFound('Engagement');
  const { convention, side } = await loadConventionAccess(db, principal, c.convention_id);
  if (!canSetCommitment(principal, side, c.party)) {
    throw forbidden(
      c.party === 'department'
        ? "Cet engagement relève du Département : seuls ses agents en renseignent l'état."
        : c.party === 'landlord'
          ? "Cet engagement relève de l'office : seuls ses agents en renseignent l'état."
          : "Seuls les agents des parties à la convention renseignent l'état des engagements.",
    );
  }
  const years = await yearsOf(db, c.convention_id, convention.period_start, convention.period_end);
  if (!years.includes(body.year)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `L'année ${body.year} est hors de la période de la convention (${years[0]}–${years.at(-1)}).`,
      {
        fieldErrors: [{ field: 'year', message: 'Année hors période.' }],
      },
    );
  }
  if (body.evidenceDocumentId) {
    const document = await findDocument(db, body.evidenceDocumentId);
    if (!document || document.convention_id !== c.convention_id) {
      throw new AppError('VALIDATION_FAILED', "La pièce justificative n'existe pas pour cette convention.", {
        fieldErrors: [{ field: 'evidenceDocumentId', message: 'Pièce introuvable.' }],
      });
    }
  }
  const problem = statusProblem(
    body.status,
    body.comment ?? null,
    Boolean(body.evidenceUrl || body.evidenceDocumentId),
  );
  if (problem)
    throw new AppError('VALIDATION_FAILED', problem, { fieldErrors: [{ field: 'comment', message: problem }] });

  const actor = actorOf(principal);
  return db.transaction().execute(async (trx) => {
    await repo.lockCommitment(trx, id);
    const before = (await repo.listStatuses(trx, [id], body.year))[0];
    const inserted = await repo.insertStatus(trx, {
      commitmentId: id,
      year: body.year,
      status: body.status,
      comment: body.comment ?? null,
      evidenceUrl: body.evidenceUrl ?? null,
      evidenceDocumentId: body.evidenceDocumentId ?? null,
      setBy: principal.id,
      setByLabel: principal.displayName,
      setAt: new Date(),
    });
    const after = (await repo.listStatuses(trx, [id], body.year)).find((s) => s.id === inserted.id)!;
    await recordAudit(trx, actor, {
      entityType: 'commitment',
      entityId: id,
      action: 'update',
      before: before ? { year: before.year, status: before.status, comment: before.comment } : null,
      after: {
        code: c.code,
        year: body.year,
        status: body.status,
        comment: body.comment ?? null,
        evidenceUrl: body.evidenceUrl ?? null,
        evidenceDocumentId: body.evidenceDocumentId ?? null,
      },
    });
    return toEntry(after);
  });
}
