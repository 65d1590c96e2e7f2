import type { Side } from '../../kernel/convention-scope';
import type { CommitmentParty } from '../../seed/convention-content.types';

/**
 * Commitments carry a status per year of the convention, set by the party responsible and read by
 * the other. Pure rules only.
 */
export const commitmentStatuses = ['not_started', 'in_progress', 'achieved', 'not_achieved', 'not_applicable'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** The years a convention covers, from its start to its (amended) end. */
export function conventionYears(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A side may set a commitment it is responsible for, alone or jointly. */
export function sideMaySet(side: Side, party: CommitmentParty): boolean {
  return party === 'both' || party === side;
}

/** A status that says "achieved" or "not achieved" must be backed: a comment at least. */
export function statusProblem(status: CommitmentStatus, comment: string | null, hasEvidence: boolean): string | null {
  if ((status === 'achieved' || status === 'not_achieved') && !comment?.trim() && !hasEvidence) {
    return 'Un engagement déclaré atteint ou non atteint doit être justifié : ajoutez un commentaire ou une pièce.';
  }
  return null;
}
