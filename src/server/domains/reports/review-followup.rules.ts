import { formatDateFr } from '../../../contracts/dates';
import { formatEuros, formatNumber } from '../../../contracts/format';
import {
  reportedEventCategoryLabels,
  reportedEventStatusLabels,
  type ReportedEventCategory,
  type ReportedEventStatus,
} from '../../../contracts/reported-events';
import type { ReviewBlock } from './review.rules';

/**
 * The review's follow-up of two duties of article 3, pure: the events the office reported in the
 * year (3.2) with their status on the review's date, and the loan guarantee requests in
 * examination on that date (3.1). Both lists come from the owning domains' published queries.
 */
export interface FollowUpInput {
  year: number;
  asOf: string;
  reportedEvents: {
    reference: string;
    category: ReportedEventCategory;
    title: string;
    reportedOn: string;
    status: ReportedEventStatus;
  }[];
  guaranteesInExamination: {
    reference: string;
    lender: string;
    operationLabel: string;
    loanAmount: string;
    submittedOn: string;
  }[];
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`;

/** "3 faits signalés par l'office en 2024 …" — the sentence the consistency suite reads back. */
export function reportedEventsSentence(input: FollowUpInput): string {
  const events = input.reportedEvents;
  const unacknowledged = events.filter((e) => e.status === 'reported').length;
  const open = events.filter((e) => e.status !== 'closed').length;
  return `${plural(events.length, "fait signalé par l'office", "faits signalés par l'office")} en ${input.year} (article 3.2) : ${formatNumber(unacknowledged)} sans accusé de réception et ${formatNumber(open)} en suivi au ${formatDateFr(input.asOf)}.`;
}

export function guaranteesSentence(input: FollowUpInput): string {
  return `${plural(input.guaranteesInExamination.length, "demande de garantie d'emprunt en examen", "demandes de garantie d'emprunt en examen")} au ${formatDateFr(input.asOf)} (article 3.1).`;
}

export function followUpBlocks(input: FollowUpInput): ReviewBlock[] {
  const blocks: ReviewBlock[] = [
    { kind: 'heading', level: 2, text: 'Faits signalés au Département' },
    { kind: 'paragraph', text: reportedEventsSentence(input) },
  ];
  if (input.reportedEvents.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Faits signalés en ${input.year}`,
      header: ['Référence', 'Catégorie', 'Objet', 'Signalé le', 'État'],
      rows: input.reportedEvents.map((e) => [
        e.reference,
        reportedEventCategoryLabels[e.category],
        e.title,
        formatDateFr(e.reportedOn),
        reportedEventStatusLabels[e.status],
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: "Garanties d'emprunt" });
  blocks.push({ kind: 'paragraph', text: guaranteesSentence(input) });
  if (input.guaranteesInExamination.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Demandes de garantie en examen au ${formatDateFr(input.asOf)}`,
      header: ['Référence', 'Prêteur', 'Opération', 'Montant du prêt', 'Déposée le'],
      rows: input.guaranteesInExamination.map((g) => [
        g.reference,
        g.lender,
        g.operationLabel,
        formatEuros(g.loanAmount),
        formatDateFr(g.submittedOn),
      ]),
      numeric: [3],
    });
  }
  return blocks;
}
