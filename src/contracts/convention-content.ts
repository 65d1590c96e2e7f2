import { z } from 'zod';
import { conventionHeader } from './conventions';

const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);

export const commitmentParties = ['department', 'landlord', 'both'] as const;
export type CommitmentParty = (typeof commitmentParties)[number];
export const commitmentPartyLabels: Record<CommitmentParty, string> = {
  department: 'Département',
  landlord: 'Office',
  both: 'Les deux parties',
};

export const commitmentStatuses = ['not_started', 'in_progress', 'achieved', 'not_achieved', 'not_applicable'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  not_started: 'Non commencé',
  in_progress: 'En cours',
  achieved: 'Atteint',
  not_achieved: 'Non atteint',
  not_applicable: 'Sans objet',
};

export const conventionDetail = conventionHeader.extend({
  asOf: z.string(),
  preamble: z.string().nullable(),
  legalBases: z.array(z.string()),
  articles: z.array(z.object({ number: z.string(), title: z.string(), body: z.string() })),
  years: z.array(z.number().int()),
  previousConvention: z
    .object({
      id: z.string(),
      title: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      signatureDate: z.string().nullable(),
      reviewArticle: z.string().nullable(),
    })
    .nullable(),
  amendmentsInEffect: z.array(
    z.object({ id: z.string(), number: z.number().int(), effectiveOn: z.string(), object: z.string() }),
  ),
  pendingTermination: z
    .object({
      id: z.string(),
      sentOn: z.string(),
      earliestEffectiveOn: z.string(),
      sendingOrganisationName: z.string(),
    })
    .nullable(),
  /** What the current user may do on this convention (the pages show only those actions). */
  can: z.object({
    recordAmendment: z.boolean(),
    sendTerminationNotice: z.boolean(),
    recordSignature: z.boolean(),
    side: z.enum(['department', 'landlord']).nullable(),
  }),
});
export type ConventionDetail = z.infer<typeof conventionDetail>;

export const conventionDetailQuery = z.object({ asOf: isoDate('asOf').optional() });

export const statusEntry = z.object({
  id: z.string(),
  year: z.number().int(),
  status: z.enum(commitmentStatuses),
  comment: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  evidenceDocument: z.object({ id: z.string(), filename: z.string(), sizeBytes: z.number().int() }).nullable(),
  setBy: z.string(),
  setAt: z.string(),
});
export type StatusEntry = z.infer<typeof statusEntry>;

export const commitmentNode = z.object({
  id: z.string(),
  code: z.string(),
  party: z.enum(commitmentParties),
  text: z.string(),
  article: z.string(),
  status: statusEntry.nullable(),
  canSet: z.boolean(),
});
export type CommitmentNode = z.infer<typeof commitmentNode>;

export const axisNode = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  article: z.string(),
  commitments: z.array(commitmentNode),
});
export type AxisNode = z.infer<typeof axisNode>;

export const objectivesTree = z.object({
  conventionId: z.string(),
  year: z.number().int(),
  years: z.array(z.number().int()),
  objectives: z.array(
    z.object({ id: z.string(), code: z.string(), title: z.string(), article: z.string(), axes: z.array(axisNode) }),
  ),
  partnerCommitments: z.array(axisNode),
});
export type ObjectivesTree = z.infer<typeof objectivesTree>;

export const objectivesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const commitmentDetail = z.object({
  id: z.string(),
  conventionId: z.string(),
  conventionTitle: z.string(),
  code: z.string(),
  party: z.enum(commitmentParties),
  text: z.string(),
  article: z.string(),
  axis: z.object({ code: z.string(), title: z.string() }),
  objective: z.object({ code: z.string(), title: z.string() }).nullable(),
  years: z.array(z.object({ year: z.number().int(), current: statusEntry.nullable() })),
  history: z.array(statusEntry),
  canSet: z.boolean(),
});
export type CommitmentDetail = z.infer<typeof commitmentDetail>;

export const setStatusBody = z.object({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(commitmentStatuses, 'Statut inconnu.'),
  comment: z.string().trim().max(5000).nullable().optional(),
  evidenceUrl: z
    .url({ protocol: /^https?$/, error: 'Lien invalide : une adresse http:// ou https:// est attendue.' })
    .max(2000)
    .nullable()
    .optional(),
  evidenceDocumentId: z.uuid('Pièce invalide.').nullable().optional(),
});
export type SetStatusBody = z.infer<typeof setStatusBody>;

export const documentInfo = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});
export type DocumentInfo = z.infer<typeof documentInfo>;

export const amendmentChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('period_end'), date: isoDate('Nouvelle date de fin') }),
  z.object({
    field: z.literal('article_text'),
    articleNumber: z.string().trim().min(1, "Numéro d'article obligatoire."),
    title: z.string().trim().max(300).optional(),
    body: z.string().min(1, "Le nouveau texte de l'article est obligatoire."),
  }),
  z.object({
    field: z.literal('signatory'),
    organisationId: z.uuid('Partie invalide.'),
    signatories: z
      .array(
        z.object({
          fullName: z.string().trim().min(1, 'Nom obligatoire.'),
          title: z.string().trim().min(1, 'Qualité obligatoire.'),
        }),
      )
      .min(1),
  }),
  z.object({
    field: z.literal('envelope_amount'),
    envelopeKind: z.enum(['investment', 'operating'], 'Enveloppe inconnue : investment ou operating.'),
    amount: z
      .string()
      .regex(
        /^\d{1,13}(\.\d{1,2})?$/,
        'Nouveau montant de l’enveloppe : chiffres et un point décimal, deux décimales au plus (ex. "110000000.00").',
      ),
  }),
]);
export type AmendmentChangeBody = z.infer<typeof amendmentChange>;
export const amendmentChangeLabels: Record<AmendmentChangeBody['field'], string> = {
  period_end: 'Date de fin de la convention',
  article_text: "Texte d'un article",
  signatory: "Signataire d'une partie",
  envelope_amount: "Montant d'une enveloppe (AP ou AE)",
};

export const createAmendmentBody = z.object({
  number: z.number().int().min(1, "Le numéro de l'avenant commence à 1."),
  object: z.string().trim().min(1, "L'objet de l'avenant est obligatoire.").max(2000),
  signedOn: isoDate('Date de signature'),
  effectiveOn: isoDate("Date d'effet"),
  approvals: z.string().trim().max(2000).nullable().optional(),
  changes: z.array(amendmentChange).min(1, 'Un avenant doit modifier au moins un élément de la convention.'),
});
export type CreateAmendmentBody = z.infer<typeof createAmendmentBody>;

export const amendment = z.object({
  id: z.string(),
  number: z.number().int(),
  object: z.string(),
  signedOn: z.string(),
  effectiveOn: z.string(),
  approvals: z.string().nullable(),
  changes: z.array(z.object({ change: amendmentChange, previous: z.unknown() })),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof amendment>;

export const createNoticeBody = z.object({
  sentOn: isoDate("Date d'envoi"),
  sendingOrganisationId: z.uuid('Partie invalide.').optional(),
  reason: z.string().trim().min(1, 'Le motif (engagements non respectés) est obligatoire.').max(5000),
  registeredLetterRef: z.string().trim().min(1, 'La référence de la lettre recommandée est obligatoire.').max(200),
});
export type CreateNoticeBody = z.infer<typeof createNoticeBody>;

export const withdrawNoticeBody = z.object({
  withdrawnOn: isoDate('Date de retrait'),
  reason: z.string().trim().min(1, 'Le motif du retrait est obligatoire.').max(5000),
});
export const terminateBody = z.object({ effectiveOn: isoDate("Date d'effet de la résiliation") });

export const terminationNotice = z.object({
  id: z.string(),
  sentOn: z.string(),
  sendingOrganisationId: z.string(),
  sendingOrganisationName: z.string(),
  reason: z.string(),
  registeredLetterRef: z.string(),
  earliestEffectiveOn: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type TerminationNotice = z.infer<typeof terminationNotice>;

export const createConventionBody = z.object({
  title: z.string().trim().min(1, 'Le titre est obligatoire.').max(500),
  periodStart: isoDate('Début'),
  periodEnd: isoDate('Fin'),
  signaturePlace: z.string().trim().max(200).nullable().optional(),
  signatureDate: isoDate('Date de signature').nullable().optional(),
  jurisdiction: z.string().trim().min(1, 'La juridiction compétente est obligatoire.').max(300),
  departmentId: z.uuid('Département invalide.'),
  landlordId: z.uuid('Bailleur invalide.'),
});
export type CreateConventionBody = z.infer<typeof createConventionBody>;

export const recordSignatureBody = z.object({
  signatureDate: isoDate('Date de signature'),
  signaturePlace: z.string().trim().min(1, 'Le lieu de signature est obligatoire.').max(200),
});
