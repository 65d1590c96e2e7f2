import { z } from 'zod';

/** Indicators of a convention: what is measured, the yearly targets and the values per period. */

export const indicatorDirections = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];
export const indicatorDirectionLabels: Record<IndicatorDirection, string> = {
  higher: 'Plus haut est mieux',
  lower: 'Plus bas est mieux',
};

export const indicatorFrequencies = ['yearly', 'half_yearly'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];
export const indicatorFrequencyLabels: Record<IndicatorFrequency, string> = {
  yearly: 'Annuelle',
  half_yearly: 'Semestrielle',
};

export const indicatorParties = ['department', 'landlord'] as const;
export type IndicatorParty = (typeof indicatorParties)[number];
export const indicatorPartyLabels: Record<IndicatorParty, string> = { department: 'Département', landlord: 'Office' };

/** Computed by Copil from its own data; the others are entered by the responsible party. */
export const indicatorComputations = [
  'renovated_dwellings',
  'banned_dwellings',
  'adaptations_delivered',
  'maintenance_dwellings',
  'subsidies_paid',
] as const;
export type IndicatorComputation = (typeof indicatorComputations)[number];
export const indicatorComputationLabels: Record<IndicatorComputation, string> = {
  renovated_dwellings:
    'Calculé : logements sortis des classes interdites par une opération livrée (patrimoine et opérations)',
  banned_dwellings:
    "Calculé : logements encore interdits de location à l'échéance suivante (trajectoire du patrimoine)",
  adaptations_delivered: "Calculé : logements des opérations d'adaptation livrées dans l'année (opérations)",
  maintenance_dwellings: "Calculé : logements des opérations de maintenance livrées dans l'année (opérations)",
  subsidies_paid: 'Calculé : somme des versements mandatés dans l’année (finances)',
};

/** Where a figure stands against its target. */
export const targetStatuses = ['on_target', 'off_target', 'no_target', 'no_value'] as const;
export type TargetStatus = (typeof targetStatuses)[number];
export const targetStatusLabels: Record<TargetStatus, string> = {
  on_target: 'Cible atteinte',
  off_target: 'En deçà de la cible',
  no_target: 'Sans cible',
  no_value: 'Non renseigné',
};

export const indicatorValueView = z.object({
  id: z.string().nullable(),
  period: z.string(),
  year: z.number().int(),
  value: z.string(),
  comment: z.string().nullable(),
  source: z.string().nullable(),
  evidenceDocument: z.object({ id: z.string(), filename: z.string() }).nullable(),
  enteredBy: z.string(),
  enteredAt: z.string().nullable(),
});
export type IndicatorValueView = z.infer<typeof indicatorValueView>;

export const indicatorYearView = z.object({
  year: z.number().int(),
  target: z.string().nullable(),
  targetComment: z.string().nullable(),
  value: z.string().nullable(),
  status: z.enum(targetStatuses),
});
export type IndicatorYearView = z.infer<typeof indicatorYearView>;

export const indicatorView = z.object({
  id: z.string(),
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  direction: z.enum(indicatorDirections),
  frequency: z.enum(indicatorFrequencies),
  responsibleParty: z.enum(indicatorParties),
  responsibleService: z.string().nullable(),
  measurement: z.string(),
  computation: z.enum(indicatorComputations).nullable(),
  objective: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  axis: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  /** One row per year from the first value or target to the convention's end. */
  years: z.array(indicatorYearView),
  /** Current values per period (latest entry), newest period first. */
  values: z.array(indicatorValueView),
  canEnter: z.boolean(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const indicatorsOverview = z.object({
  conventionId: z.string(),
  year: z.number().int(),
  indicators: z.array(indicatorView),
});
export type IndicatorsOverview = z.infer<typeof indicatorsOverview>;

export const indicatorDetail = indicatorView.extend({
  conventionId: z.string(),
  /** Every entry ever made, newest first: the history of the figures. */
  history: z.array(indicatorValueView),
});
export type IndicatorDetail = z.infer<typeof indicatorDetail>;

export const enterValueBody = z.object({
  period: z
    .string('Période obligatoire.')
    .trim()
    .regex(/^\d{4}(-S[12])?$/, 'Période invalide : une année (2024) ou un semestre (2024-S1, 2024-S2).'),
  value: z
    .string('Valeur obligatoire.')
    .trim()
    .regex(
      /^-?\d{1,13}([.,]\d{1,4})?$/,
      'Valeur invalide : un nombre, avec au plus quatre décimales (ex. 250 ou 12,5).',
    )
    .transform((v) => v.replace(',', '.')),
  comment: z.string().trim().max(5000, 'Commentaire : 5 000 caractères au plus.').nullable().optional(),
  source: z.string().trim().max(1000, 'Source : 1 000 caractères au plus.').nullable().optional(),
  evidenceDocumentId: z.uuid('Pièce invalide.').nullable().optional(),
});
export type EnterValueBody = z.infer<typeof enterValueBody>;

export const indicatorsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
