import { z } from 'zod';
import { id, isoDate, optionalText, text } from './governance';

/** Article 6 (communication: events, invitations validated before printing, proofs of publicity) and Article 5 (control missions). */

export const eventKinds = ['first_stone', 'inauguration', 'site_visit', 'works', 'other'] as const;
export const supportKinds = ['documents', 'site_signs', 'event_signs', 'invitations'] as const;
export const proofKinds = ['visual', 'photo', 'article', 'video_link', 'local_actions'] as const;
export const invitationStatuses = ['none', 'submitted', 'changes_requested', 'validated'] as const;

export const eventKindLabels: Record<(typeof eventKinds)[number], string> = {
  first_stone: 'Pose de première pierre',
  inauguration: 'Inauguration',
  site_visit: 'Visite de chantier',
  works: 'Travaux (pendant et après)',
  other: 'Autre événement',
};
export const supportLabels: Record<(typeof supportKinds)[number], string> = {
  documents: 'Documents de communication',
  site_signs: 'Signalétique de chantier',
  event_signs: 'Signalétique événementielle',
  invitations: 'Invitations officielles',
};
export const proofKindLabels: Record<(typeof proofKinds)[number], string> = {
  visual: 'Visuel (PDF)',
  photo: 'Photo',
  article: 'Article',
  video_link: 'Reportage vidéo (lien)',
  local_actions: 'Récapitulatif des actions de terrain',
};
export const invitationStatusLabels: Record<(typeof invitationStatuses)[number], string> = {
  none: 'Aucune invitation soumise',
  submitted: 'Soumise, en attente de validation',
  changes_requested: 'Modifications demandées',
  validated: 'Validée : prête pour l’impression',
};

export const createEventBody = z.object({
  kind: z.enum(eventKinds, 'Type d’événement inconnu.'),
  title: text('Intitulé', 300),
  eventOn: isoDate('Date de l’événement').nullable().optional(),
  operationId: id('Opération').nullable().optional(),
  requiredSupports: z.array(z.enum(supportKinds, 'Support inconnu.')).min(1, 'Choisissez au moins un support.').max(4),
});
export type CreateEventBody = z.infer<typeof createEventBody>;

export const submitInvitationBody = z.object({ documentId: id('Projet d’invitation') });
export const decideInvitationBody = z.object({
  decision: z.enum(['changes_requested', 'validated'], 'Décision : changes_requested ou validated.'),
  comment: optionalText('Commentaire', 2000),
});
export type DecideInvitationBody = z.infer<typeof decideInvitationBody>;

export const addProofBody = z.object({
  kind: z.enum(proofKinds, 'Type de justificatif inconnu.'),
  description: text('Description', 2000),
  documentId: id('Pièce').nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'Lien invalide : une adresse http:// ou https:// est attendue.' })
    .max(2000)
    .nullable()
    .optional(),
});
export type AddProofBody = z.infer<typeof addProofBody>;
export const checkProofBody = z.object({
  status: z.enum(['accepted', 'rejected'], 'Vérification : accepted ou rejected.'),
  comment: optionalText('Commentaire', 2000),
});
export type CheckProofBody = z.infer<typeof checkProofBody>;

const docRef = z.object({ id: z.string(), filename: z.string() });

export const invitationVersionView = z.object({
  version: z.number(),
  document: docRef,
  submittedOn: z.string(),
  decision: z.enum(['changes_requested', 'validated']).nullable(),
  decisionComment: z.string().nullable(),
  decidedOn: z.string().nullable(),
});

export const proofView = z.object({
  id: z.string(),
  kind: z.enum(proofKinds),
  description: z.string(),
  document: docRef.nullable(),
  url: z.string().nullable(),
  submittedOn: z.string(),
  checkStatus: z.enum(['pending', 'accepted', 'rejected']),
  checkComment: z.string().nullable(),
  checkedOn: z.string().nullable(),
});

export const eventView = z.object({
  id: z.string(),
  conventionId: z.string(),
  kind: z.enum(eventKinds),
  title: z.string(),
  eventOn: z.string().nullable(),
  operationId: z.string().nullable(),
  requiredSupports: z.array(z.enum(supportKinds)),
  invitationStatus: z.enum(invitationStatuses),
  printingReady: z.boolean(),
  invitations: z.array(invitationVersionView),
  proofs: z.array(proofView),
  can: z.object({
    submitInvitation: z.boolean(),
    decideInvitation: z.boolean(),
    addProof: z.boolean(),
    checkProof: z.boolean(),
  }),
});
export type EventView = z.infer<typeof eventView>;

export const createControlBody = z.object({
  startedOn: isoDate('Début'),
  endedOn: isoDate('Fin').nullable().optional(),
  controller: text('Contrôleur', 300),
  scope: text('Périmètre', 4000),
  findings: optionalText('Constats', 20000),
  followUp: optionalText('Suites données', 20000),
  documentIds: z.array(id('Pièce')).max(50).default([]),
});
export type CreateControlBody = z.infer<typeof createControlBody>;

export const controlView = z.object({
  id: z.string(),
  conventionId: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  controller: z.string(),
  scope: z.string(),
  findings: z.string().nullable(),
  followUp: z.string().nullable(),
  documents: z.array(docRef),
  createdAt: z.string(),
});
export type ControlView = z.infer<typeof controlView>;

/** Article 5 evidence bundle: the day the convention, decisions, money and audit trail are taken as of. */
export const evidenceBundleQuery = z.object({ asOf: isoDate('Date') });
export type EvidenceBundleQuery = z.infer<typeof evidenceBundleQuery>;
