import { z } from 'zod';
import { parseEuros } from './money';

const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);

/**
 * An amount in euros as the API takes it: a decimal string with at most two decimals and a dot
 * ("4000000.00", "1200.5", "300"), positive. Commas, spaces, signs and more decimals are refused
 * with a message naming the field; the value becomes bigint cents.
 */
export const eurosInput = (label: string) =>
  z
    .string(`${label} : montant attendu sous forme de texte, par exemple "4000000.00".`)
    .regex(
      /^\d{1,13}(\.\d{1,2})?$/,
      `${label} : montant invalide ; chiffres et un point décimal, deux décimales au plus, sans espace ni signe (ex. "4000000.00").`,
    )
    .transform((text) => parseEuros(text)!)
    .refine((cents) => cents > 0n, `${label} : le montant doit être positif.`);

/** Amounts in answers: decimal strings of euros with two decimals. */
export const euros = z.string();

export const envelopeKinds = ['investment', 'operating'] as const;
export type EnvelopeKind = (typeof envelopeKinds)[number];
export const envelopeKindLabels: Record<EnvelopeKind, string> = {
  investment: 'Investissement (autorisation de programme)',
  operating: "Fonctionnement (autorisation d'engagement)",
};

export const yearFigures = z.object({
  year: z.number().int(),
  allocated: euros,
  committed: euros,
  requested: euros,
  paid: euros,
});

export const allocationView = z.object({
  id: z.string(),
  year: z.number().int(),
  amount: euros,
  deliberationBody: z.string(),
  deliberationDate: z.string(),
  deliberationNumber: z.string().nullable(),
  committed: euros,
  fundingAgreementId: z.string().nullable(),
});
export type AllocationView = z.infer<typeof allocationView>;

export const envelopeView = z.object({
  id: z.string(),
  kind: z.enum(envelopeKinds),
  label: z.string(),
  initialAmount: euros,
  amount: euros,
  periodStart: z.string(),
  periodEnd: z.string(),
  deliberationRef: z.string(),
  deliberationDate: z.string(),
  revisions: z.array(
    z.object({
      id: z.string(),
      effectiveOn: z.string(),
      amount: euros,
      deliberationRef: z.string(),
      deliberationDate: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  allocations: z.array(allocationView),
  totals: z.object({
    allocated: euros,
    committed: euros,
    requested: euros,
    paid: euros,
    reimbursed: euros,
    leftToAllocate: euros,
    leftToPay: euros,
  }),
  byYear: z.array(yearFigures),
  forecast: z.object({
    remainingYears: z.array(z.number().int()),
    /** Years already closed without an allocation. */
    missedYears: z.array(z.number().int()),
    requiredPace: euros.nullable(),
    currentPace: euros.nullable(),
    projectedExhaustionYear: z.number().int().nullable(),
    onTrack: z.boolean(),
  }),
});
export type EnvelopeView = z.infer<typeof envelopeView>;

export const lapseAlertView = z.object({ kind: z.string(), message: z.string(), link: z.string().nullable() });
export type LapseAlertView = z.infer<typeof lapseAlertView>;

export const financeOverview = z.object({
  conventionId: z.string(),
  envelopes: z.array(envelopeView),
  lapseAlerts: z.array(lapseAlertView),
  can: z.object({ manage: z.boolean(), setUp: z.boolean(), request: z.boolean() }),
});
export type FinanceOverview = z.infer<typeof financeOverview>;

export const createRevisionBody = z.object({
  effectiveOn: isoDate("Date d'effet"),
  amount: eurosInput('Nouveau montant'),
  deliberationRef: z.string().trim().min(1, 'La référence de la délibération est obligatoire.').max(200),
  deliberationDate: isoDate('Date de la délibération'),
  reason: z.string().trim().max(2000).nullable().optional(),
});

export const createAllocationBody = z.object({
  year: z.number().int().min(2000).max(2100),
  amount: eurosInput('Montant'),
  deliberationBody: z.string().trim().min(1, "L'instance qui délibère est obligatoire.").max(200),
  deliberationDate: isoDate('Date de la délibération'),
  deliberationNumber: z.string().trim().max(100).nullable().optional(),
});

export const scheduleKinds = ['advance', 'instalment', 'balance'] as const;
export const scheduleKindLabels: Record<(typeof scheduleKinds)[number], string> = {
  advance: 'Avance',
  instalment: 'Acompte',
  balance: 'Solde',
};

export const scheduleLineInput = z.object({
  kind: z.enum(scheduleKinds, 'Type de ligne inconnu : avance, acompte ou solde.'),
  label: z.string().trim().min(1, 'Libellé obligatoire.').max(300),
  amount: eurosInput('Montant de la ligne'),
  condition: z.string().trim().max(2000).nullable().optional(),
  requiredDocuments: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
});

export const createAgreementBody = z.object({
  amount: eurosInput('Montant'),
  signedOn: isoDate('Date de signature').nullable().optional(),
  purpose: z.string().trim().min(1, "L'objet est obligatoire.").max(2000),
  justificationDeadline: isoDate('Date limite de justification').nullable().optional(),
  reimbursementClause: z.string().trim().max(4000).nullable().optional(),
  schedule: z.array(scheduleLineInput).min(1, "L'échéancier doit compter au moins une ligne."),
});

export const scheduleLineView = z.object({
  id: z.string(),
  kind: z.enum(scheduleKinds),
  label: z.string(),
  amount: euros,
  condition: z.string().nullable(),
  requiredDocuments: z.array(z.string()),
  requested: euros,
  paid: euros,
});

export const agreementView = z.object({
  id: z.string(),
  conventionId: z.string(),
  allocationId: z.string(),
  envelopeKind: z.enum(envelopeKinds),
  year: z.number().int(),
  amount: euros,
  allocationAmount: euros,
  signedOn: z.string().nullable(),
  purpose: z.string(),
  justificationDeadline: z.string().nullable(),
  reimbursementClause: z.string().nullable(),
  schedule: z.array(scheduleLineView),
  affectations: z.array(
    z.object({ id: z.string(), operationLabel: z.string(), operationId: z.string().nullable(), amount: euros }),
  ),
  totals: z.object({ requested: euros, paid: euros, reimbursed: euros, left: euros }),
  reimbursements: z.array(
    z.object({
      id: z.string(),
      amount: euros,
      reason: z.string(),
      revenueOrderNumber: z.string(),
      issuedOn: z.string(),
    }),
  ),
});
export type AgreementView = z.infer<typeof agreementView>;

export const createAffectationBody = z.object({
  operationLabel: z.string().trim().min(1, "Le nom de l'opération est obligatoire.").max(300),
  amount: eurosInput('Montant affecté'),
  /** The operation (whose funding plan has a Département subsidy line on this agreement), when known. */
  operationId: z.uuid('Opération invalide.').nullable().optional(),
});
export const createReimbursementBody = z.object({
  amount: eurosInput('Montant à reverser'),
  reason: z.string().trim().min(1, 'Le motif est obligatoire.').max(2000),
  revenueOrderNumber: z.string().trim().min(1, 'Le numéro du titre de recette est obligatoire.').max(100),
  issuedOn: isoDate("Date d'émission"),
});

export const requestStatuses = ['draft', 'submitted', 'returned', 'approved', 'paid', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusLabels: Record<RequestStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Transmise',
  returned: 'Renvoyée pour complément',
  approved: 'Validée (service fait)',
  paid: 'Payée',
  rejected: 'Rejetée',
};
export const requestActions = ['submit', 'return', 'approve', 'reject'] as const;
export const requestActionLabels: Record<(typeof requestActions)[number], string> = {
  submit: 'Transmettre au Département',
  return: 'Renvoyer pour complément',
  approve: 'Valider (service fait constaté)',
  reject: 'Rejeter',
};

export const createRequestBody = z.object({
  scheduleLineId: z.uuid("Ligne d'échéancier invalide."),
  amount: eurosInput('Montant demandé'),
  description: z.string().trim().max(2000).nullable().optional(),
  /** The operation the request is for: one affected to the request's funding agreement. */
  operationId: z.uuid('Opération invalide.').nullable().optional(),
});
export const attachDocumentBody = z.object({
  documentId: z.uuid('Pièce invalide.'),
  requirement: z.string().trim().min(1, 'Indiquez la pièce exigée que ce document justifie.').max(300),
});
export const transitionBody = z.object({
  action: z.enum(requestActions, 'Action inconnue.'),
  comment: z.string().trim().max(4000).nullable().optional(),
});
export const paymentBody = z.object({
  mandateNumber: z.string().trim().min(1, 'Le numéro de mandat est obligatoire.').max(100),
  mandateDate: isoDate('Date du mandat'),
});

export const requestView = z.object({
  id: z.string(),
  conventionId: z.string(),
  fundingAgreementId: z.string(),
  agreementLabel: z.string(),
  scheduleLine: z.object({
    id: z.string(),
    kind: z.enum(scheduleKinds),
    label: z.string(),
    amount: euros,
    requiredDocuments: z.array(z.string()),
  }),
  amount: euros,
  status: z.enum(requestStatuses),
  description: z.string().nullable(),
  operation: z.object({ id: z.string(), reference: z.string(), label: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  documents: z.array(z.object({ id: z.string(), filename: z.string(), requirement: z.string() })),
  missingDocuments: z.array(z.string()),
  timeline: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      comment: z.string().nullable(),
      actor: z.string(),
      at: z.string(),
    }),
  ),
  payment: z.object({ mandateNumber: z.string(), mandateDate: z.string(), amount: euros }).nullable(),
  can: z.object({ edit: z.boolean(), actions: z.array(z.string()), pay: z.boolean() }),
});
export type RequestView = z.infer<typeof requestView>;

export const requestSummary = requestView
  .pick({
    id: true,
    fundingAgreementId: true,
    agreementLabel: true,
    amount: true,
    status: true,
    createdBy: true,
    createdAt: true,
    submittedAt: true,
  })
  .extend({ lineLabel: z.string() });
export type RequestSummary = z.infer<typeof requestSummary>;
export const requestsQuery = z.object({ status: z.enum(requestStatuses).optional() });

export const guaranteeView = z.object({
  id: z.string(),
  lender: z.string(),
  contractNumber: z.string(),
  operationLabel: z.string().nullable(),
  loanAmount: euros,
  guaranteedShare: z.string(),
  rate: z.string().nullable(),
  termYears: z.number().int().nullable(),
  deliberationRef: z.string().nullable(),
  deliberationDate: z.string().nullable(),
  outstanding: euros.nullable(),
  outstandingAsOf: z.string().nullable(),
  guaranteedOutstanding: euros.nullable(),
});
export const guaranteesOverview = z.object({
  asOf: z.string(),
  guarantees: z.array(guaranteeView),
  registerGuaranteedOutstanding: euros,
  reported: z
    .object({
      asOf: z.string(),
      officeOutstanding: euros,
      departmentTotal: euros,
      sharePercent: z.string(),
      /** True when the convention reports the share and the Département's total is computed from it. */
      departmentTotalDerived: z.boolean(),
      /** How a derived total is obtained (« 178 M€ garantis à 20 % … »), null when the total is reported. */
      departmentTotalBasis: z.string().nullable(),
      source: z.string(),
    })
    .nullable(),
  can: z.object({ manage: z.boolean() }),
});
export type GuaranteesOverview = z.infer<typeof guaranteesOverview>;
export const createGuaranteeBody = z.object({
  lender: z.string().trim().min(1, 'Le prêteur est obligatoire.').max(200),
  contractNumber: z.string().trim().min(1, 'Le numéro de contrat est obligatoire.').max(100),
  operationLabel: z.string().trim().max(300).nullable().optional(),
  loanAmount: eurosInput('Montant du prêt'),
  guaranteedShare: z
    .string()
    .regex(
      /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/,
      'Quotité garantie : pourcentage de 0,01 à 100 avec un point décimal (ex. "50.00").',
    ),
  rate: z.string().trim().max(100).nullable().optional(),
  termYears: z.number().int().min(1).max(80).nullable().optional(),
  deliberationRef: z.string().trim().max(200).nullable().optional(),
  deliberationDate: isoDate('Date de la délibération').nullable().optional(),
});
export const createBalanceBody = z.object({
  asOf: isoDate('Date'),
  outstanding: z
    .string()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'Capital restant dû : montant invalide (ex. "1250000.00").')
    .transform((t) => parseEuros(t)!),
});
