import { findConvention } from '../../kernel/convention-scope.queries';
import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import type { Amendment, AmendmentChangeBody, CreateAmendmentBody } from '../../../contracts/convention-content';
import { centsToEuros, parseEuros } from '../../../contracts/money';
import type { Database } from '../../platform/db/schema';
import { reviseEnvelopeByAmendment } from '../finance/finance.commands';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, forbidden } from '../../platform/errors';
import {
  amendmentFactsOf,
  amendmentProblems,
  asAmendedOn,
  type AmendableConvention,
  type AmendmentChange,
} from './amendment.rules';
import { userNames } from '../access/access.queries';
import * as repo from './amendments.repository';
import * as contentRepo from './content.repository';
import { canRecordAmendment } from './conventions.policy';
import * as conventionsRepo from './conventions.repository';

export async function listAmendments(db: Db, principal: Principal, conventionId: string): Promise<Amendment[]> {
  await loadConventionAccess(db, principal, conventionId);
  const rows = await repo.listAmendments(db, conventionId);
  const [changes, names] = await Promise.all([
    repo.listAmendmentChanges(
      db,
      rows.map((r) => r.id),
    ),
    userNames(
      db,
      rows.map((r) => r.created_by),
    ),
  ]);
  return rows.map((a) => ({
    id: a.id,
    number: a.number,
    object: a.object,
    signedOn: a.signed_on,
    effectiveOn: a.effective_on,
    approvals: a.approvals,
    changes: changes
      .filter((c) => c.amendment_id === a.id)
      .map((c) => ({ change: c.change as AmendmentChangeBody, previous: c.previous })),
    createdBy: names.get(a.created_by)?.displayName ?? '',
    createdAt: a.created_at.toISOString(),
  }));
}

/** The value a change replaces, as the convention stood just before the amendment applied. */
function previousValue(before: AmendableConvention, change: AmendmentChange): unknown {
  switch (change.field) {
    case 'period_end':
      return { date: before.periodEnd };
    case 'article_text':
      return before.articles.find((a) => a.number === change.articleNumber) ?? null;
    case 'signatory':
      return {
        signatories: before.signatories
          .filter((s) => s.organisationId === change.organisationId)
          .map(({ fullName, title }) => ({ fullName, title })),
      };
    case 'envelope_amount':
      return undefined; // filled in from the envelope by applyEnvelopeChange
  }
}

/**
 * An amendment that changes an envelope's amount becomes a dated revision of that envelope, in the
 * same transaction (the finance domain checks it under the envelope's lock).
 */
async function applyEnvelopeChange(
  trx: Transaction<Database>,
  conventionId: string,
  amendment: { id: string; number: number; effectiveOn: string; signedOn: string; approvals: string | null },
  change: Extract<AmendmentChange, { field: 'envelope_amount' }>,
  field: string,
  principal: Principal,
): Promise<unknown> {
  const previous = await reviseEnvelopeByAmendment(trx, principal, {
    conventionId,
    envelopeKind: change.envelopeKind,
    amountCents: parseEuros(change.amount)!,
    effectiveOn: amendment.effectiveOn,
    deliberationRef: `Avenant n° ${amendment.number}${amendment.approvals ? ` (${amendment.approvals})` : ''}`,
    deliberationDate: amendment.signedOn,
    amendmentId: amendment.id,
    field,
  });
  return { amount: centsToEuros(previous) };
}

/**
 * Records an amendment. The convention row is locked so two amendments are checked one after the
 * other against the convention as it will stand when each applies; a change that would break an
 * invariant is refused with a message naming it, and nothing is written.
 */
export async function createAmendment(
  db: Db,
  principal: Principal,
  conventionId: string,
  body: CreateAmendmentBody,
): Promise<{ id: string }> {
  const { side, refs } = await loadConventionAccess(db, principal, conventionId);
  if (!canRecordAmendment(principal, side))
    throw forbidden('Seuls le coordinateur DAT et l’administrateur enregistrent les avenants.');
  return db.transaction().execute(async (trx) => {
    const convention = await repo.lockConvention(trx, conventionId);
    const [c, articles, signatories, amendments] = await Promise.all([
      findConvention(trx, conventionId),
      contentRepo.listArticles(trx, conventionId),
      conventionsRepo.listSignatories(trx, conventionId),
      repo.listAmendmentsOf(trx, [conventionId]),
    ]);
    if (!convention || !c) throw new AppError('NOT_FOUND', 'Convention introuvable.');
    if (amendments.some((a) => a.number === body.number)) {
      throw new AppError('CONFLICT', `L'avenant n° ${body.number} existe déjà pour cette convention.`, {
        fieldErrors: [{ field: 'number', message: 'Numéro déjà utilisé.' }],
      });
    }
    const original: AmendableConvention = {
      periodStart: c.period_start,
      periodEnd: c.period_end,
      articles,
      signatories: signatories.map((s) => ({
        organisationId: s.organisation_id,
        fullName: s.full_name,
        title: s.title,
      })),
    };
    const before = asAmendedOn(original, amendmentFactsOf(amendments), body.effectiveOn);
    const partyIds = refs.filter((r) => r.partyRole !== 'controller').map((r) => r.organisationId);
    const problems = amendmentProblems(before, body, partyIds);
    // Amendments taking effect later must still hold once this one is inserted before them.
    if (problems.length === 0) {
      const later = amendmentFactsOf(amendments).filter((a) => a.effectiveOn > body.effectiveOn);
      const withThis = [
        ...amendmentFactsOf(amendments),
        { number: body.number, effectiveOn: body.effectiveOn, changes: body.changes },
      ];
      for (const next of later) {
        const state = asAmendedOn(
          original,
          withThis.filter(
            (a) =>
              a !== next &&
              (a.effectiveOn < next.effectiveOn || (a.effectiveOn === next.effectiveOn && a.number < next.number)),
          ),
          next.effectiveOn,
        );
        const clash = amendmentProblems(
          state,
          { signedOn: next.effectiveOn, effectiveOn: next.effectiveOn, changes: next.changes },
          partyIds,
        );
        if (clash.length > 0)
          problems.push({
            field: 'changes',
            message: `Incompatible avec l'avenant n° ${next.number} : ${clash[0]!.message}`,
          });
      }
    }
    if (problems.length > 0) throw new AppError('INVARIANT_VIOLATED', problems[0]!.message, { fieldErrors: problems });

    const { id } = await repo.insertAmendment(trx, {
      conventionId,
      number: body.number,
      object: body.object,
      signedOn: body.signedOn,
      effectiveOn: body.effectiveOn,
      approvals: body.approvals ?? null,
      createdBy: principal.id,
    });
    let state = before;
    for (const [position, change] of body.changes.entries()) {
      const previous =
        change.field === 'envelope_amount'
          ? await applyEnvelopeChange(
              trx,
              conventionId,
              {
                id,
                number: body.number,
                effectiveOn: body.effectiveOn,
                signedOn: body.signedOn,
                approvals: body.approvals ?? null,
              },
              change,
              `changes.${position}`,
              principal,
            )
          : previousValue(state, change);
      await repo.insertAmendmentChange(trx, { amendmentId: id, position, change, previous });
      state = asAmendedOn(
        state,
        [{ number: body.number, effectiveOn: body.effectiveOn, changes: [change] }],
        body.effectiveOn,
      );
    }
    await recordAudit(trx, actorOf(principal), {
      entityType: 'amendment',
      entityId: id,
      action: 'create',
      after: { conventionId, ...body },
    });
    return { id };
  });
}
