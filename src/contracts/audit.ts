import { z } from 'zod';
import { pageOf, pageQuery } from './pagination';

export const auditQuery = z
  .object({
    entityType: z.string().max(100).optional(),
    entityId: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
    actor: z.string().max(200).optional(),
    from: z.iso.date('Date de début invalide (AAAA-MM-JJ).').optional(),
    to: z.iso.date('Date de fin invalide (AAAA-MM-JJ).').optional(),
  })
  .extend(pageQuery({ defaultSize: 50, maxSize: 200 }).shape);
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEvent = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
  /** The convention the event concerns; null for an organisation's or the platform's. */
  conventionId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditPage = pageOf(auditEvent);
export type AuditPage = z.infer<typeof auditPage>;

export const chainVerification = z.object({
  valid: z.boolean(),
  checkedEvents: z.number().int(),
  firstBrokenEventId: z.string().nullable(),
  reason: z.string().nullable(),
  /** Signed checkpoints the chain was found to match (0 when none was checked). */
  checkedCheckpoints: z.number().int().optional(),
});
export type ChainVerification = z.infer<typeof chainVerification>;

/** A signed checkpoint of the chain's head, as exported (issue #17). */
export const checkpointView = z.object({
  eventCount: z.string().regex(/^\d+$/),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime(),
  publicKey: z.string().max(100),
  signature: z.string().max(200),
});
export type CheckpointView = z.infer<typeof checkpointView>;

/** The checkpoints export (route, evidence bundle file, `npm run audit:verify -- --checkpoints`). */
export const checkpointsExport = z.object({
  format: z.literal('copil-audit-checkpoints/1'),
  /** The Ed25519 public key (32 bytes, base64) that signed them; null when none was made yet. */
  publicKey: z.string().nullable(),
  checkpoints: z.array(checkpointView),
});
export type CheckpointsExport = z.infer<typeof checkpointsExport>;

/** French words for the audit trail's entity types and actions, shared by the page and exports. */
export const entityTypeLabels: Record<string, string> = {
  organisation: 'Organisation',
  user: 'Utilisateur',
  session: 'Session',
  convention: 'Convention',
  commitment: 'Engagement',
  amendment: 'Avenant',
  termination_notice: 'Mise en demeure',
  document: 'Pièce',
  envelope: 'Enveloppe',
  allocation: "Délibération d'application",
  funding_agreement: 'Convention financière',
  affectation: 'Affectation',
  payment_request: 'Demande de versement',
  payment: 'Versement',
  reimbursement: 'Reversement',
  loan_guarantee: "Garantie d'emprunt",
  guarantee_request: "Demande de garantie d'emprunt",
  reported_event: 'Événement signalé (article 3.2)',
  stock: 'Patrimoine',
  stock_import: 'Import de patrimoine',
  establishment: 'Établissement',
  letting_ban_calendar: "Calendrier d'interdiction de location",
  governance_body: 'Instance',
  governance_member: "Membre d'instance",
  governance_mandate: 'Mandat',
  governance_session: 'Séance ou réunion',
  agenda_item: "Point de l'ordre du jour",
  governance_decision: 'Délibération',
  delegation: 'Délégation de pouvoirs',
  action_item: 'Action (COPIL, COTECH)',
  operation: 'Opération',
  progress_table: "Tableau d'avancement semestriel",
  volume_forecast: 'Prévisionnel de novembre',
  duty: 'Obligation',
  duty_instance: "Échéance d'une obligation",
  communication_event: 'Événement de communication (article 6)',
  invitation: 'Invitation officielle',
  publicity_proof: 'Justificatif de publicité',
  control_mission: 'Mission de contrôle (article 5)',
  calendar_feed: 'Lien d’agenda iCalendar',
  indicator: 'Indicateur',
};
export const actionLabels: Record<string, string> = {
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  login: 'Connexion',
  login_failed: 'Échec de connexion',
  account_locked: 'Compte bloqué (mots de passe erronés)',
  unlock: 'Déblocage du compte',
  logout: 'Déconnexion',
  seed: 'Chargement initial',
  export: 'Export',
  revise: 'Révision',
  withdraw: 'Retrait',
  terminate: 'Résiliation',
  attach_document: 'Pièce jointe',
  submit: 'Transmission',
  return: 'Renvoi pour complément',
  approve: 'Validation',
  reject: 'Rejet',
  balance: 'Capital restant dû',
  import: 'Import',
  fail: 'Échec',
  add_spelling: 'Autre graphie',
  add_item: "Point ajouté à l'ordre du jour",
  record_attendance: 'Présences et pouvoirs',
  record_recusals: 'Membres ne prenant pas part',
  record_vote: 'Vote',
  clear_vote: 'Vote supprimé',
  close: 'Clôture de séance',
  second_convocation: 'Seconde convocation',
  approve_minutes: 'Approbation du procès-verbal',
  link: 'Objets liés',
  transmit: 'Transmission en préfecture',
  correct: 'Rectification',
  set_participants: 'Participants',
  add_decision: 'Décision de réunion',
  follow_up: "Suivi d'action",
  accept: 'Acceptation',
  comment: 'Commentaire',
  mark_done: 'Marquée faite',
  request_changes: 'Modifications demandées',
  validate: 'Validation',
  check: 'Vérification',
  regenerate: 'Régénération',
  revoke: 'Révocation',
  enter_value: "Valeur d'indicateur saisie",
  examine: 'Examen',
  grant: 'Accord',
  refuse: 'Refus',
  report: 'Signalement',
  acknowledge: 'Accusé de réception',
  add_note: 'Note de suivi',
  close_event: 'Clôture du suivi',
  progress_accepted: "État repris d'un tableau d'avancement accepté",
};
