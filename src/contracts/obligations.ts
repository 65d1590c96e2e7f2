import { z } from 'zod';
import { id, isoDate, optionalText, text } from './governance';

/** Obligations: duties of a convention, their dated instances (calendar), notifications, calendar feed. */

export const dutyParties = ['department', 'landlord'] as const;
export const dutyRecurrences = ['yearly_date', 'yearly_quarter', 'half_yearly', 'per_event'] as const;
export const evidenceKinds = [
  'manual',
  'volume_forecast',
  'allocation',
  'funding_agreements',
  'copil_meeting',
  'cotech_meeting',
  'progress_table',
  'invitation',
  'publicity_proof',
] as const;
export const instanceStatuses = ['upcoming', 'due_soon', 'late', 'done'] as const;
export type InstanceStatusCode = (typeof instanceStatuses)[number];

export const dutyPartyLabels: Record<(typeof dutyParties)[number], string> = {
  department: 'Département',
  landlord: 'Bailleur',
};
export const recurrenceLabels: Record<(typeof dutyRecurrences)[number], string> = {
  yearly_date: 'Chaque année à date fixe',
  yearly_quarter: 'Chaque année dans un trimestre',
  half_yearly: 'Chaque semestre',
  per_event: 'À chaque événement',
};
export const evidenceLabels: Record<(typeof evidenceKinds)[number], string> = {
  manual: 'Pièce déposée à la main',
  volume_forecast: 'Prévisionnel de novembre transmis',
  allocation: "Délibération d'application votée",
  funding_agreements: 'Deux conventions financières signées',
  copil_meeting: 'Réunion du COPIL tenue',
  cotech_meeting: 'Réunion du COTECH tenue',
  progress_table: 'Tableau de suivi semestriel accepté',
  invitation: "Invitation de l'événement soumise au Département",
  publicity_proof: "Justificatif de promotion de l'événement transmis",
};
export const instanceStatusLabels: Record<InstanceStatusCode, string> = {
  upcoming: 'À venir',
  due_soon: 'Échéance proche',
  late: 'En retard',
  done: 'Fait',
};

const reminderDays = z
  .array(
    z
      .number('Délai de rappel : nombre de jours attendu.')
      .int('Délai de rappel : nombre entier de jours.')
      .min(1, 'Délai de rappel : au moins 1 jour.')
      .max(365, 'Délai de rappel : 365 jours au plus.'),
  )
  .max(5, 'Cinq délais de rappel au plus.');

const dutyFields = {
  code: z
    .string('Code : texte attendu.')
    .trim()
    .regex(/^[A-Z0-9_-]{2,40}$/, 'Code : 2 à 40 majuscules, chiffres, « _ » ou « - ».'),
  party: z.enum(dutyParties, 'Partie : department ou landlord.'),
  title: text('Intitulé', 300),
  description: text('Description', 4000),
  articleNumber: text('Article', 20),
  recurrence: z.enum(dutyRecurrences, 'Récurrence inconnue.'),
  dueMonth: z
    .number('Mois : nombre attendu.')
    .int()
    .min(1, 'Mois : de 1 à 12.')
    .max(12, 'Mois : de 1 à 12.')
    .nullable()
    .optional(),
  dueDay: z
    .number('Jour : nombre attendu.')
    .int()
    .min(1, 'Jour : de 1 à 31.')
    .max(31, 'Jour : de 1 à 31.')
    .nullable()
    .optional(),
  quarter: z
    .number('Trimestre : nombre attendu.')
    .int()
    .min(1, 'Trimestre : de 1 à 4.')
    .max(4, 'Trimestre : de 1 à 4.')
    .nullable()
    .optional(),
  yearOffset: z
    .number('Décalage d’année : nombre attendu.')
    .int()
    .min(-1, 'Décalage d’année : −1, 0 ou 1.')
    .max(1, 'Décalage d’année : −1, 0 ou 1.')
    .default(0),
  monthsAfter: z
    .number('Mois après la fin du semestre : nombre attendu.')
    .int()
    .min(0, 'Mois après : de 0 à 6.')
    .max(6, 'Mois après : de 0 à 6.')
    .default(0),
  shiftToWorkingDay: z.boolean('Report au jour ouvré : vrai ou faux.').default(true),
  evidenceKind: z.enum(evidenceKinds, 'Preuve attendue inconnue.'),
  evidenceDescription: text('Preuve attendue', 1000),
  reminderDays: reminderDays.default([30, 7]),
};

export const createDutyBody = z.object(dutyFields);
export type CreateDutyBody = z.infer<typeof createDutyBody>;
export const updateDutyBody = z
  .object({ ...dutyFields, active: z.boolean('Active : vrai ou faux.') })
  .omit({ code: true })
  .partial();
export type UpdateDutyBody = z.infer<typeof updateDutyBody>;

export const dutyView = z.object({
  id: z.string(),
  conventionId: z.string(),
  code: z.string(),
  party: z.enum(dutyParties),
  title: z.string(),
  description: z.string(),
  articleNumber: z.string(),
  recurrence: z.enum(dutyRecurrences),
  dueMonth: z.number().nullable(),
  dueDay: z.number().nullable(),
  quarter: z.number().nullable(),
  yearOffset: z.number(),
  monthsAfter: z.number(),
  shiftToWorkingDay: z.boolean(),
  evidenceKind: z.enum(evidenceKinds),
  evidenceDescription: z.string(),
  reminderDays: z.array(z.number()),
  active: z.boolean(),
  instances: z.number(),
});
export type DutyView = z.infer<typeof dutyView>;

export const instanceView = z.object({
  id: z.string(),
  conventionId: z.string(),
  duty: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    party: z.enum(dutyParties),
    articleNumber: z.string(),
    evidenceKind: z.enum(evidenceKinds),
    evidenceDescription: z.string(),
  }),
  periodKey: z.string(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  nominalDueOn: z.string(),
  dueOn: z.string(),
  status: z.enum(instanceStatuses),
  doneOn: z.string().nullable(),
  doneLate: z.boolean(),
  evidence: z
    .object({
      source: z.enum(['resolved', 'manual']),
      label: z.string(),
      on: z.string(),
      documentId: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  /** The proving act fell outside the window its clause sets (act-windows.rules); French, or null. */
  warning: z.string().nullable(),
  can: z.object({ markDone: z.boolean() }),
});
export type InstanceView = z.infer<typeof instanceView>;

export const calendarQuery = z.object({
  from: isoDate('Du').optional(),
  to: isoDate('Au').optional(),
  party: z.enum(dutyParties, 'Partie : department ou landlord.').optional(),
  status: z.enum(instanceStatuses, 'Statut inconnu.').optional(),
  /** The day the statuses are computed on (default: today in Paris); a review of year Y: 31/12/Y. */
  asOf: isoDate('Au jour du').optional(),
});
export type CalendarQuery = z.infer<typeof calendarQuery>;

export const markDoneBody = z.object({
  documentId: id('Pièce'),
  doneOn: isoDate('Fait le').optional(),
  note: optionalText('Commentaire', 2000),
});
export type MarkDoneBody = z.infer<typeof markDoneBody>;

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  instanceId: z.string(),
  conventionId: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;
export const notificationList = z.object({ unread: z.number(), notifications: z.array(notificationView) });
export type NotificationList = z.infer<typeof notificationList>;

export const feedView = z.object({ active: z.boolean(), createdAt: z.string().nullable(), url: z.string().nullable() });
export type FeedView = z.infer<typeof feedView>;
