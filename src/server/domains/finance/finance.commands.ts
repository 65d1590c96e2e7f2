import type { Transaction } from 'kysely';
import type { EnvelopeKind } from '../../../contracts/finance';
import { formatCents } from '../../../contracts/format';
import type { Principal } from '../../kernel/principal';
import type { Database } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import * as repo from './finance.repository';
import { envelopeAmountOn, sum } from './finance.rules';

/**
 * What the finance domain lets another domain change, inside that domain's own transaction. The
 * checks and the row lock stay here, with the money they protect.
 */

export interface EnvelopeAmendment {
  conventionId: string;
  envelopeKind: EnvelopeKind;
  amountCents: bigint;
  effectiveOn: string;
  deliberationRef: string;
  deliberationDate: string;
  amendmentId: string;
  /** The amendment form's field, named in the error when the new amount is refused. */
  field: string;
}

/**
 * An amendment's new envelope amount becomes a dated revision, under the envelope's lock, never
 * below what is already allocated. Returns the amount in force before it on its effective date.
 */
export async function reviseEnvelopeByAmendment(
  trx: Transaction<Database>,
  principal: Principal,
  change: EnvelopeAmendment,
): Promise<bigint> {
  const field = change.field;
  const envelope = (await repo.listEnvelopes(trx, change.conventionId)).find((e) => e.kind === change.envelopeKind);
  if (!envelope)
    throw new AppError('INVARIANT_VIOLATED', "Cette convention n'a pas d'enveloppe de ce type.", {
      fieldErrors: [{ field, message: 'Enveloppe inconnue.' }],
    });
  await repo.lockEnvelope(trx, envelope.id);
  const revisions = (await repo.listRevisions(trx, [envelope.id])).map((r) => ({
    effectiveOn: r.effective_on,
    amountCents: r.amount_cents,
  }));
  const previous = envelopeAmountOn(envelope.amount_cents, revisions, change.effectiveOn);
  const allocated = sum((await repo.listAllocations(trx, [envelope.id])).map((a) => a.amount_cents));
  if (change.amountCents < allocated) {
    const message = `L'enveloppe ne peut descendre à ${formatCents(change.amountCents)} : ${formatCents(allocated)} sont déjà alloués.`;
    throw new AppError('INVARIANT_VIOLATED', message, { fieldErrors: [{ field, message }] });
  }
  await repo.insertRevision(trx, {
    envelope_id: envelope.id,
    effective_on: change.effectiveOn,
    amount_cents: change.amountCents,
    deliberation_ref: change.deliberationRef,
    deliberation_date: change.deliberationDate,
    reason: null,
    amendment_id: change.amendmentId,
    created_by: principal.id,
    created_at: new Date(),
  });
  return previous;
}
