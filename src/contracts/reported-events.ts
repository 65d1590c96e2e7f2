import { z } from 'zod';

/**
 * Article 3.2: « En cas de difficulté de mise en œuvre […], l'office s'engage à informer le
 * Département de tout fait de nature à entraîner le non-respect des dispositions de la présente
 * convention ». The office reports an event (what happened, when, what it concerns); the
 * Département acknowledges it; both follow it up with notes until the Département closes it.
 */
export const reportedEventCategories = ['incident', 'delay', 'cost_change', 'funding', 'other'] as const;
export type ReportedEventCategory = (typeof reportedEventCategories)[number];
export const reportedEventCategoryLabels: Record<ReportedEventCategory, string> = {
  incident: 'Incident (chantier, sinistre, défaillance)',
  delay: 'Retard de mise en œuvre',
  cost_change: 'Évolution du coût',
  funding: 'Difficulté de financement',
  other: 'Autre fait de nature à entraîner le non-respect de la convention',
};

export const reportedEventStatuses = ['reported', 'acknowledged', 'closed'] as const;
export type ReportedEventStatus = (typeof reportedEventStatuses)[number];
export const reportedEventStatusLabels: Record<ReportedEventStatus, string> = {
  reported: 'Signalé, sans accusé de réception',
  acknowledged: 'Reçu, en suivi',
  closed: 'Clos',
};

const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);
const text = (label: string, max: number) =>
  z
    .string(`${label} : obligatoire.`)
    .trim()
    .min(1, `${label} : obligatoire.`)
    .max(max, `${label} : ${max} caractères au plus.`);

export const reportedEventView = z.object({
  id: z.string(),
  conventionId: z.string(),
  reference: z.string(),
  category: z.enum(reportedEventCategories),
  concerns: z.object({
    kind: z.enum(['operation', 'commitment', 'programme']),
    id: z.string().nullable(),
    label: z.string(),
  }),
  title: z.string(),
  description: z.string(),
  occurredOn: z.string(),
  reportedOn: z.string(),
  status: z.enum(reportedEventStatuses),
  acknowledgedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closingNote: z.string().nullable(),
  notes: z.array(z.object({ id: z.string(), note: z.string(), writtenOn: z.string(), side: z.string() })),
  can: z.object({ acknowledge: z.boolean(), addNote: z.boolean(), close: z.boolean() }),
});
export type ReportedEventView = z.infer<typeof reportedEventView>;

export const reportedEventsList = z.object({
  events: z.array(reportedEventView),
  /** What a new event may concern: the convention's operations and commitments. */
  targets: z.object({
    operations: z.array(z.object({ id: z.string(), label: z.string() })),
    commitments: z.array(z.object({ id: z.string(), label: z.string() })),
  }),
  counts: z.object({ unacknowledged: z.number().int(), open: z.number().int() }),
  can: z.object({ report: z.boolean() }),
});
export type ReportedEventsList = z.infer<typeof reportedEventsList>;

export const reportEventBody = z.object({
  category: z.enum(reportedEventCategories, 'Catégorie : incident, retard, évolution du coût, financement ou autre.'),
  operationId: z.uuid('Opération inconnue.').nullable().optional(),
  commitmentId: z.uuid('Engagement inconnu.').nullable().optional(),
  title: text('Objet', 200),
  description: text('Description', 5000),
  occurredOn: isoDate('Date du fait'),
});
export type ReportEventBody = z.input<typeof reportEventBody>;

export const eventNoteBody = z.object({ note: text('Note de suivi', 5000) });
export const closeEventBody = z.object({ note: text('Note de clôture', 5000) });
