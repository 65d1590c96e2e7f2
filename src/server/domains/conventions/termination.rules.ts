import { addCalendarMonths, formatDateFr as frDate } from '../../../contracts/dates';

/**
 * Article 9: a convention may be terminated by either party "à l'expiration d'un délai de trois
 * mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure".
 * Calendar months: the same day three months later, or that month's last day when it has no such
 * day (30 November → 28 or 29 February; 31 May → 31 August; 31 March → 30 June).
 */
export const TERMINATION_NOTICE_MONTHS = 3;

export function earliestTerminationDate(noticeSentOn: string): string {
  return addCalendarMonths(noticeSentOn, TERMINATION_NOTICE_MONTHS);
}

export interface NoticeFacts {
  sentOn: string;
  withdrawnOn: string | null;
  terminatedOn: string | null;
}

/** Why a termination cannot be recorded on `effectiveOn` for this notice, or null when it can. */
export function terminationProblem(notice: NoticeFacts, effectiveOn: string, periodEnd: string): string | null {
  if (notice.withdrawnOn) return 'Cette mise en demeure a été retirée : elle ne peut plus fonder une résiliation.';
  if (notice.terminatedOn) return 'La résiliation a déjà été enregistrée pour cette mise en demeure.';
  const earliest = earliestTerminationDate(notice.sentOn);
  if (effectiveOn < earliest) {
    return `La résiliation ne peut prendre effet avant le ${frDate(earliest)} (mise en demeure du ${frDate(notice.sentOn)} + 3 mois, article 9).`;
  }
  if (effectiveOn > periodEnd)
    return `La convention prend fin le ${frDate(periodEnd)} : une résiliation après cette date est sans objet.`;
  return null;
}
