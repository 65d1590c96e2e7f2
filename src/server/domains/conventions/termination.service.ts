import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, hasRole, type Principal } from '../../kernel/principal';
import type { Kysely, Transaction } from 'kysely';
import type { CreateNoticeBody, TerminationNotice } from '../../../contracts/convention-content';
import { formatDateFr as fr, todayInParis } from '../../../contracts/dates';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { userNames, type UserName } from '../access/access.queries';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { amendmentFactsOf, asAmendedOn } from './amendment.rules';
import * as amendmentsRepo from './amendments.repository';
import { canSendTerminationNotice } from './conventions.policy';
import * as repo from './termination.repository';
import { earliestTerminationDate, terminationProblem } from './termination.rules';

function present(n: repo.NoticeRow, names: Map<string, UserName>): TerminationNotice {
  return {
    id: n.id,
    sentOn: n.sent_on,
    sendingOrganisationId: n.sending_organisation_id,
    sendingOrganisationName: n.sending_organisation_name,
    reason: n.reason,
    registeredLetterRef: n.registered_letter_ref,
    earliestEffectiveOn: n.earliest_effective_on,
    withdrawnOn: n.withdrawn_on,
    withdrawalReason: n.withdrawal_reason,
    terminatedOn: n.terminated_on,
    createdBy: names.get(n.created_by)?.displayName ?? '',
    createdAt: n.created_at.toISOString(),
  };
}

/** Notices as shown, with the name of whoever recorded each (read through the access domain). */
async function presentAll(
  db: Kysely<Database> | Transaction<Database>,
  notices: repo.NoticeRow[],
): Promise<TerminationNotice[]> {
  const names = await userNames(
    db,
    notices.map((n) => n.created_by),
  );
  return notices.map((n) => present(n, names));
}

export async function listNotices(db: Db, principal: Principal, conventionId: string): Promise<TerminationNotice[]> {
  await loadConventionAccess(db, principal, conventionId);
  return presentAll(db, await repo.listNotices(db, conventionId));
}

/** Records a formal notice (Article 9) and computes the earliest date termination can take effect. */
export async function createNotice(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: CreateNoticeBody,
): Promise<TerminationNotice> {
  const { side, refs, convention } = await loadConventionAccess(db, principal, conventionId);
  if (!canSendTerminationNotice(principal, side))
    throw forbidden(
      'Seuls le coordinateur DAT, le responsable de l’office et l’administrateur enregistrent une mise en demeure.',
    );
  const sender = hasRole(principal, 'admin') ? body.sendingOrganisationId : principal.organisationId;
  const senderParty = refs.find((r) => r.organisationId === sender && r.partyRole !== 'controller');
  if (!senderParty) {
    throw new AppError('VALIDATION_FAILED', 'La mise en demeure est envoyée par une partie à la convention.', {
      fieldErrors: [{ field: 'sendingOrganisationId', message: 'Choisissez la partie qui envoie la mise en demeure.' }],
    });
  }
  if (body.sentOn > todayInParis()) {
    throw new AppError('VALIDATION_FAILED', "La date d'envoi ne peut pas être dans le futur.", {
      fieldErrors: [{ field: 'sentOn', message: 'Date future.' }],
    });
  }
  if (body.sentOn < convention.period_start) {
    throw new AppError('VALIDATION_FAILED', 'La mise en demeure ne peut précéder le début de la convention.', {
      fieldErrors: [{ field: 'sentOn', message: 'Avant le début de la convention.' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    await amendmentsRepo.lockConvention(trx, conventionId);
    const open = (await repo.listNotices(trx, conventionId)).find((n) => !n.withdrawn_on && !n.terminated_on);
    if (open) {
      throw new AppError(
        'CONFLICT',
        `Une mise en demeure du ${fr(open.sent_on)} est déjà en cours : retirez-la ou enregistrez la résiliation.`,
      );
    }
    if (convention.terminated_on) throw new AppError('CONFLICT', 'Cette convention est déjà résiliée.');
    const { id } = await repo.insertNotice(trx, {
      conventionId,
      sentOn: body.sentOn,
      sendingOrganisationId: senderParty.organisationId,
      reason: body.reason,
      registeredLetterRef: body.registeredLetterRef,
      earliestEffectiveOn: earliestTerminationDate(body.sentOn),
      createdBy: principal.id,
    });
    const [shown] = await presentAll(trx, [(await repo.findNotice(trx, id))!]);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'termination_notice',
      entityId: id,
      action: 'create',
      after: shown,
    });
    return shown!;
  });
}

/** A withdrawn notice stays in the history with its withdrawal date and reason. */
export async function withdrawNotice(
  db: Db,
  principal: Principal,
  noticeId: string,
  body: { withdrawnOn: string; reason: string },
): Promise<TerminationNotice> {
  const notice = await repo.findNotice(db, noticeId);
  if (!notice) throw notFound('Mise en demeure');
  const { side } = await loadConventionAccess(db, principal, notice.convention_id);
  const isSender = principal.organisationId === notice.sending_organisation_id;
  if (!canSendTerminationNotice(principal, side) || (!isSender && !hasRole(principal, 'admin'))) {
    throw forbidden('Seule la partie qui a envoyé la mise en demeure peut la retirer.');
  }
  if (body.withdrawnOn < notice.sent_on) {
    throw new AppError('VALIDATION_FAILED', "Le retrait ne peut précéder l'envoi de la mise en demeure.", {
      fieldErrors: [{ field: 'withdrawnOn', message: "Avant l'envoi." }],
    });
  }
  return db.transaction().execute(async (trx) => {
    await amendmentsRepo.lockConvention(trx, notice.convention_id);
    const current = (await repo.findNotice(trx, noticeId))!;
    if (current.withdrawn_on || current.terminated_on)
      throw new AppError('CONFLICT', 'Cette mise en demeure est déjà retirée ou suivie de résiliation.');
    await repo.withdrawNotice(trx, noticeId, body.withdrawnOn, body.reason);
    const [before, after] = await presentAll(trx, [current, (await repo.findNotice(trx, noticeId))!]);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'termination_notice',
      entityId: noticeId,
      action: 'withdraw',
      before,
      after,
    });
    return after!;
  });
}

/** Records the termination, no earlier than the notice + 3 months; the convention's status follows. */
export async function terminate(
  db: Db,
  principal: Principal,
  noticeId: string,
  effectiveOn: string,
): Promise<TerminationNotice> {
  const notice = await repo.findNotice(db, noticeId);
  if (!notice) throw notFound('Mise en demeure');
  const { side, convention } = await loadConventionAccess(db, principal, notice.convention_id);
  if (!canSendTerminationNotice(principal, side))
    throw forbidden(
      'Seuls le coordinateur DAT, le responsable de l’office et l’administrateur enregistrent une résiliation.',
    );
  return db.transaction().execute(async (trx) => {
    await amendmentsRepo.lockConvention(trx, notice.convention_id);
    const current = (await repo.findNotice(trx, noticeId))!;
    const amendments = await amendmentsRepo.listAmendmentsOf(trx, [notice.convention_id]);
    const { periodEnd } = asAmendedOn(
      { periodStart: convention.period_start, periodEnd: convention.period_end, articles: [], signatories: [] },
      amendmentFactsOf(amendments),
      effectiveOn,
    );
    const problem = terminationProblem(
      { sentOn: current.sent_on, withdrawnOn: current.withdrawn_on, terminatedOn: current.terminated_on },
      effectiveOn,
      periodEnd,
    );
    if (problem)
      throw new AppError('INVARIANT_VIOLATED', problem, { fieldErrors: [{ field: 'effectiveOn', message: problem }] });
    await repo.markTerminated(trx, noticeId, notice.convention_id, effectiveOn);
    const [after] = await presentAll(trx, [(await repo.findNotice(trx, noticeId))!]);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: notice.convention_id,
      action: 'terminate',
      before: { terminatedOn: null },
      after: { terminatedOn: effectiveOn, noticeId },
    });
    return after!;
  });
}
