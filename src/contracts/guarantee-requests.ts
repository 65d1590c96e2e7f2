import { z } from 'zod';
import { euros, eurosInput } from './finance';

/**
 * Article 3.1: « le Département continuera à examiner […] les demandes [de garantie d'emprunt]
 * déposées par l'office ». A request by the office with its documents, its examination by the
 * Département, and the decision of its deliberating body; a granted request enters the register.
 */
export const guaranteeRequestStatuses = ['submitted', 'in_examination', 'granted', 'refused'] as const;
export type GuaranteeRequestStatus = (typeof guaranteeRequestStatuses)[number];
export const guaranteeRequestStatusLabels: Record<GuaranteeRequestStatus, string> = {
  submitted: 'Déposée',
  in_examination: 'En examen',
  granted: 'Accordée',
  refused: 'Refusée',
};

export const decidingBodies = ['commission_permanente', 'conseil_departemental'] as const;
export type DecidingBody = (typeof decidingBodies)[number];
export const decidingBodyLabels: Record<DecidingBody, string> = {
  commission_permanente: 'Commission permanente',
  conseil_departemental: 'Conseil départemental',
};

const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} : obligatoire.`).max(max, `${label} : ${max} caractères au plus.`);

export const guaranteeRequestView = z.object({
  id: z.string(),
  conventionId: z.string(),
  reference: z.string(),
  lender: z.string(),
  contractNumber: z.string(),
  operationLabel: z.string(),
  loanAmount: euros,
  guaranteedShare: z.string(),
  rate: z.string().nullable(),
  termYears: z.number().int().nullable(),
  status: z.enum(guaranteeRequestStatuses),
  submittedOn: z.string(),
  documents: z.array(z.object({ id: z.string(), filename: z.string(), label: z.string() })),
  examinationStartedOn: z.string().nullable(),
  examinationNotes: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidingBody: z.enum(decidingBodies).nullable(),
  deliberationRef: z.string().nullable(),
  decisionNotes: z.string().nullable(),
  guaranteeId: z.string().nullable(),
  can: z.object({ examine: z.boolean(), decide: z.boolean() }),
});
export type GuaranteeRequestView = z.infer<typeof guaranteeRequestView>;

export const guaranteeRequestsList = z.object({
  requests: z.array(guaranteeRequestView),
  can: z.object({ submit: z.boolean() }),
});
export type GuaranteeRequestsList = z.infer<typeof guaranteeRequestsList>;

export const createGuaranteeRequestBody = z.object({
  lender: text('Prêteur', 200),
  contractNumber: text("Numéro du contrat ou de l'offre de prêt", 100),
  operationLabel: text('Opération financée', 300),
  loanAmount: eurosInput('Montant du prêt'),
  guaranteedShare: z
    .string()
    .regex(
      /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/,
      'Quotité demandée : pourcentage de 0,01 à 100 avec un point décimal (ex. "50.00").',
    )
    .refine((v) => Number(v) > 0, 'Quotité demandée : pourcentage de 0,01 à 100.'),
  rate: z.string().trim().max(100).nullable().optional(),
  termYears: z.number().int().min(1, 'Durée : 1 an au moins.').max(80, 'Durée : 80 ans au plus.').nullable().optional(),
  documents: z
    .array(z.object({ documentId: z.uuid('Pièce inconnue.'), label: text('Nature de la pièce', 200) }))
    .min(1, "Joignez au moins une pièce (offre de prêt, délibération du conseil d'administration…).")
    .max(20),
});
export type CreateGuaranteeRequestBody = z.input<typeof createGuaranteeRequestBody>;

export const examineGuaranteeRequestBody = z.object({
  notes: text("Notes d'examen", 5000),
});

export const decideGuaranteeRequestBody = z.object({
  decision: z.enum(['granted', 'refused'], 'Décision : accordée ou refusée.'),
  decidedOn: isoDate('Date de la décision'),
  decidingBody: z.enum(decidingBodies, 'Instance : Commission permanente ou Conseil départemental.'),
  deliberationRef: text('Référence de la délibération', 200),
  notes: z.string().trim().max(5000).nullable().optional(),
});
export type DecideGuaranteeRequestBody = z.input<typeof decideGuaranteeRequestBody>;
