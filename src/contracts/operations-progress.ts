import { z } from 'zod';
import { euros } from './finance';
import { parseEuros } from './money';
import { energyClasses } from './housing';
import { operationKinds, operationStatuses } from './operations';

/** Half-year progress tables (state at 30 June / 31 December) and the November volume forecasts. */
const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);
const amount = (label: string) =>
  z
    .string(`${label} : montant attendu sous forme de texte, par exemple "125000.00".`)
    .regex(/^\d{1,13}(\.\d{1,2})?$/, `${label} : montant invalide ; chiffres et un point décimal (ex. "125000.00").`)
    .transform((t) => parseEuros(t)!);

export const tableStatuses = ['open', 'submitted', 'returned', 'accepted'] as const;
export type TableStatus = (typeof tableStatuses)[number];
export const tableStatusLabels: Record<TableStatus, string> = {
  open: 'Ouvert (en saisie)',
  submitted: 'Transmis au Département',
  returned: "Renvoyé à l'office",
  accepted: 'Accepté',
};
export const tableActions = ['submit', 'return', 'accept'] as const;
export const tableActionLabels: Record<(typeof tableActions)[number], string> = {
  submit: 'Transmettre au Département',
  return: "Renvoyer à l'office",
  accept: 'Accepter le tableau',
};

export const openTableBody = z.object({
  periodEnd: isoDate('Fin du semestre').refine(
    (d) => /-(06-30|12-31)$/.test(d),
    'Un semestre se termine le 30 juin ou le 31 décembre.',
  ),
});

export const progressRowInput = z.object({
  operationId: z.uuid('Opération invalide.'),
  status: z.enum(operationStatuses, 'État inconnu.'),
  percentComplete: z
    .number('Avancement : nombre attendu.')
    .int('Avancement : nombre entier.')
    .min(0, 'Avancement : de 0 à 100 %.')
    .max(100, 'Avancement : de 0 à 100 %.'),
  startActualOn: isoDate('Ordre de service').nullable().optional(),
  deliveryActualOn: isoDate('Livraison').nullable().optional(),
  spent: amount('Dépenses à date').nullable().optional(),
  officeComment: z.string().trim().max(4000).nullable().optional(),
});
export type ProgressRowInput = z.infer<typeof progressRowInput>;
export const updateRowsBody = z.object({ rows: z.array(progressRowInput).min(1, 'Aucune ligne.').max(5000) });
export const tableTransitionBody = z.object({
  action: z.enum(tableActions, 'Action inconnue.'),
  comment: z.string().trim().max(4000).nullable().optional(),
});
export const reviewCommentBody = z.object({ comment: z.string().trim().max(4000).nullable() });

export const progressTableSummary = z.object({
  id: z.string(),
  periodEnd: z.string(),
  label: z.string(),
  dueDate: z.string(),
  status: z.enum(tableStatuses),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  late: z.boolean(),
});
export type ProgressTableSummary = z.infer<typeof progressTableSummary>;
export const progressTableList = z.object({
  items: z.array(progressTableSummary),
  can: z.object({ open: z.boolean() }),
});
export type ProgressTableList = z.infer<typeof progressTableList>;

export const progressRowView = z.object({
  operationId: z.string(),
  reference: z.string(),
  label: z.string(),
  kind: z.enum(operationKinds),
  communeName: z.string(),
  status: z.enum(operationStatuses),
  percentComplete: z.number().int(),
  startActualOn: z.string().nullable(),
  deliveryActualOn: z.string().nullable(),
  spent: euros.nullable(),
  officeComment: z.string().nullable(),
  reviewComment: z.string().nullable(),
});
export type ProgressRowView = z.infer<typeof progressRowView>;

export const progressTableView = progressTableSummary.extend({
  conventionId: z.string(),
  reviewComment: z.string().nullable(),
  rows: z.array(progressRowView),
  snapshots: z.array(z.object({ version: z.number().int(), submittedAt: z.string(), submittedBy: z.string() })),
  others: z.array(z.object({ id: z.string(), label: z.string() })),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type ProgressTableView = z.infer<typeof progressTableView>;

export const progressDiff = z.object({
  /** Why there is nothing to compare (a table the reader cannot see yet), else null. */
  notice: z.string().nullable(),
  from: z.object({ id: z.string(), label: z.string() }),
  to: z.object({ id: z.string(), label: z.string() }),
  changes: z.array(
    z.object({
      operationId: z.string(),
      reference: z.string(),
      label: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      fields: z.array(
        z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
      ),
    }),
  ),
});
export type ProgressDiff = z.infer<typeof progressDiff>;

const classCounts = z.partialRecord(
  z.enum(energyClasses),
  z.number().int().min(0, 'Nombre de logements : 0 au moins.').max(100000),
);

export const forecastBody = z.object({
  renovationsByClass: classCounts,
  maintenanceDwellings: z.number().int().min(0).max(100000),
  adaptations: z.number().int().min(0).max(100000),
  investmentRequested: amount('Montant demandé en investissement'),
  operatingRequested: amount('Montant demandé en fonctionnement'),
  comment: z.string().trim().max(4000).nullable().optional(),
});
export type ForecastBody = z.infer<typeof forecastBody>;

export const baselineMeasures = ['maintenance_dwellings', 'maintenance_spending', 'adaptations'] as const;
export const baselineMeasureLabels: Record<(typeof baselineMeasures)[number], string> = {
  maintenance_dwellings: "Logements bénéficiant de travaux d'entretien (maintenance) par an",
  maintenance_spending: "Dépenses d'entretien (maintenance) de l'office par an",
  adaptations: 'Logements adaptés à la perte d’autonomie par an',
};
/** A yearly volume the convention announces: a range (low = high for "about N"), in dwellings or euros. */
export const forecastBaseline = z.object({
  measure: z.enum(baselineMeasures),
  label: z.string(),
  unit: z.enum(['dwellings', 'euros']),
  low: z.string(),
  high: z.string(),
  source: z.string(),
});
export type ForecastBaseline = z.infer<typeof forecastBaseline>;

export const forecastStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ForecastStatus = (typeof forecastStatuses)[number];
export const forecastStatusLabels: Record<ForecastStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Transmis au Département',
  returned: "Renvoyé à l'office",
  accepted: 'Accepté par le Département',
};
export const forecastReviewBody = z.object({
  action: z.enum(['accept', 'return'], 'Action inconnue : accept ou return.'),
  comment: z.string().trim().max(4000).nullable().optional(),
});
export type ForecastReviewBody = z.infer<typeof forecastReviewBody>;

export const forecastComparison = z.object({
  year: z.number().int(),
  forecast: z
    .object({
      id: z.string(),
      status: z.enum(forecastStatuses),
      dueDate: z.string(),
      late: z.boolean(),
      submittedAt: z.string().nullable(),
      renovationsByClass: z.record(z.string(), z.number().int()),
      renovations: z.number().int(),
      maintenanceDwellings: z.number().int(),
      adaptations: z.number().int(),
      investmentRequested: euros,
      operatingRequested: euros,
      comment: z.string().nullable(),
      /** The Département's reason when it returned the forecast (kept after a new transmission). */
      reviewComment: z.string().nullable(),
      reviewedAt: z.string().nullable(),
    })
    .nullable(),
  voted: z.object({ investment: euros.nullable(), operating: euros.nullable() }),
  achieved: z.object({
    renovations: z.number().int(),
    maintenanceDwellings: z.number().int(),
    adaptations: z.number().int(),
    paid: euros,
  }),
  /** The forecast's distance to the baseline range (0 inside it); null without forecast or baseline. */
  baselineGaps: z.object({
    maintenanceDwellings: z.number().int().nullable(),
    adaptations: z.number().int().nullable(),
  }),
});
export type ForecastComparison = z.infer<typeof forecastComparison>;
export const forecastOverview = z.object({
  conventionId: z.string(),
  baseline: z.array(forecastBaseline),
  years: z.array(forecastComparison),
  can: z.object({ write: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type ForecastOverview = z.infer<typeof forecastOverview>;
export const yearParams = z.object({
  id: z.uuid('Identifiant invalide.'),
  year: z.coerce.number('Année : nombre attendu.').int().min(2000).max(2100),
});
