import { z } from 'zod';
import { eurosInput, euros } from './finance';
import { energyClasses } from './housing';

/**
 * Operations of a convention's landlord: kind, programme, place, dwellings (picked from the stock
 * or counted by class), target classes, phases with planned and actual dates, costs and funding
 * plan. Amounts are decimal strings of euros, dates 'YYYY-MM-DD'.
 */
const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);

export const operationKinds = [
  'thermal_renovation',
  'maintenance',
  'vacant_renovation',
  'adaptation',
  'establishment_works',
  'demolition_reconstruction',
  'other',
] as const;
export type OperationKind = (typeof operationKinds)[number];
export const operationKindLabels: Record<OperationKind, string> = {
  thermal_renovation: 'Réhabilitation thermique',
  maintenance: 'Maintenance',
  vacant_renovation: 'Remise en état de logements vacants',
  adaptation: 'Adaptation (vieillissement, handicap)',
  establishment_works: "Travaux d'établissement",
  demolition_reconstruction: 'Démolition-reconstruction',
  other: 'Autre',
};

export const programmes = ['pmt_2022_2024', 'pmt_2025_2030'] as const;
export type Programme = (typeof programmes)[number];
export const programmeLabels: Record<Programme, string> = {
  pmt_2022_2024: 'PMT 2022/2024',
  pmt_2025_2030: 'PMT 2025/2030',
};

export const operationStatuses = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export type OperationStatus = (typeof operationStatuses)[number];
export const operationStatusLabels: Record<OperationStatus, string> = {
  planned: 'Programmée',
  in_progress: 'En cours',
  delivered: 'Livrée',
  cancelled: 'Abandonnée',
};

export const phases = ['studies', 'tender', 'start_order', 'works', 'delivery', 'final_account'] as const;
export type Phase = (typeof phases)[number];
export const phaseLabels: Record<Phase, string> = {
  studies: 'Études',
  tender: "Appel d'offres",
  start_order: 'Ordre de service',
  works: 'Travaux',
  delivery: 'Réception / livraison',
  final_account: 'Décompte général',
};

export const fundingSources = ['department', 'eco_loan', 'feder', 'region', 'cee', 'own_funds'] as const;
export type FundingSource = (typeof fundingSources)[number];
export const fundingSourceLabels: Record<FundingSource, string> = {
  department: 'Subvention du Département',
  eco_loan: 'Éco-prêt',
  feder: 'FEDER',
  region: 'Région',
  cee: "Certificats d'économies d'énergie",
  own_funds: 'Fonds propres',
};

const energyClass = z.enum(energyClasses, 'Classe DPE inconnue (A à G).');
const energy = z
  .string()
  .regex(/^\d{1,6}(\.\d)?$/, 'Consommation : kWh/m²·an, nombre avec un point décimal (ex. "312.5").');

export const operationBody = z.object({
  label: z.string().trim().min(1, "Le nom de l'opération est obligatoire.").max(300),
  kind: z.enum(operationKinds, "Nature d'opération inconnue."),
  programme: z.enum(programmes, 'Programme inconnu : PMT 2022/2024 ou PMT 2025/2030.'),
  /** Null: the operation covers the landlord's whole stock (a programme, not a site). */
  communeCode: z
    .string()
    .regex(/^(\d[\dAB]\d{3})$/, 'Code commune INSEE invalide (5 caractères).')
    .nullable()
    .optional(),
  residence: z.string().trim().max(300).nullable().optional(),
  status: z.enum(operationStatuses, 'État inconnu.'),
  percentComplete: z
    .number('Avancement : nombre attendu.')
    .int('Avancement : nombre entier.')
    .min(0, 'Avancement : de 0 à 100 %.')
    .max(100, 'Avancement : de 0 à 100 %.'),
  energyBefore: energy.nullable().optional(),
  energyAfter: energy.nullable().optional(),
  costExclTax: eurosInput('Coût HT').nullable().optional(),
  costInclTax: eurosInput('Coût TTC').nullable().optional(),
  risks: z.string().trim().max(4000).nullable().optional(),
  comments: z.string().trim().max(4000).nullable().optional(),
  dwellings: z
    .array(z.object({ dwellingId: z.uuid('Logement invalide.'), targetClass: energyClass.nullable().optional() }))
    .max(5000)
    .default([]),
  classCounts: z
    .array(
      z.object({
        classBefore: energyClass,
        targetClass: energyClass.nullable().optional(),
        count: z.number().int().min(1, 'Nombre de logements : 1 au moins.'),
      }),
    )
    .max(7)
    .default([]),
  /** Dwellings concerned whose class is not known: counted in the operation, not in the trajectory. */
  unclassifiedDwellings: z
    .number('Logements sans classe connue : nombre attendu.')
    .int('Logements sans classe connue : nombre entier.')
    .min(0, 'Logements sans classe connue : 0 au moins.')
    .max(100000, 'Logements sans classe connue : 100 000 au plus.')
    .optional(),
  phases: z
    .array(
      z.object({
        phase: z.enum(phases, 'Phase inconnue.'),
        plannedOn: isoDate('Date prévue').nullable().optional(),
        actualOn: isoDate('Date réelle').nullable().optional(),
      }),
    )
    .max(6)
    .default([]),
  fundingLines: z
    .array(
      z.object({
        source: z.enum(fundingSources, 'Financement inconnu.'),
        amount: eurosInput('Montant du financement'),
        fundingAgreementId: z.uuid('Convention financière invalide.').nullable().optional(),
      }),
    )
    .max(30)
    .default([]),
});
export type OperationBody = z.infer<typeof operationBody>;

export const operationsQuery = z.object({
  kind: z.enum(operationKinds, "Nature d'opération inconnue.").optional(),
  status: z.enum(operationStatuses, 'État inconnu.').optional(),
  epciCode: z
    .string()
    .regex(/^\d{9}$/, 'Code EPCI invalide (SIREN, 9 chiffres).')
    .optional(),
  year: z.coerce.number('Année : nombre attendu.').int().min(2000).max(2100).optional(),
});

export const operationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  label: z.string(),
  kind: z.enum(operationKinds),
  programme: z.enum(programmes),
  communeCode: z.string().nullable(),
  communeName: z.string(),
  epciName: z.string().nullable(),
  status: z.enum(operationStatuses),
  percentComplete: z.number().int(),
  dwellingCount: z.number().int(),
  plannedDelivery: z.string().nullable(),
  actualDelivery: z.string().nullable(),
  costInclTax: euros.nullable(),
  departmentSubsidy: euros,
  /** The funding agreements its Département subsidy lines name (where it may be affected). */
  subsidyAgreementIds: z.array(z.string()),
});
export type OperationSummary = z.infer<typeof operationSummary>;

export const operationList = z.object({
  conventionId: z.string(),
  landlordOrganisationId: z.string().nullable(),
  items: z.array(operationSummary),
  can: z.object({ write: z.boolean() }),
});
export type OperationList = z.infer<typeof operationList>;

export const operationView = operationSummary.extend({
  conventionId: z.string(),
  organisationId: z.string(),
  residence: z.string().nullable(),
  energyBefore: z.string().nullable(),
  energyAfter: z.string().nullable(),
  costExclTax: euros.nullable(),
  risks: z.string().nullable(),
  comments: z.string().nullable(),
  unclassifiedDwellings: z.number().int(),
  /** Spending to date, as stated by the last accepted half-year progress table (spentOn: its half-year's end). */
  spent: euros.nullable(),
  spentOn: z.string().nullable(),
  dwellings: z.array(
    z.object({
      dwellingId: z.string(),
      label: z.string(),
      communeName: z.string(),
      classBefore: z.enum(energyClasses).nullable(),
      targetClass: z.enum(energyClasses).nullable(),
    }),
  ),
  classCounts: z.array(
    z.object({
      classBefore: z.enum(energyClasses),
      targetClass: z.enum(energyClasses).nullable(),
      count: z.number().int(),
    }),
  ),
  phases: z.array(
    z.object({ phase: z.enum(phases), plannedOn: z.string().nullable(), actualOn: z.string().nullable() }),
  ),
  fundingLines: z.array(
    z.object({
      id: z.string(),
      source: z.enum(fundingSources),
      amount: euros,
      fundingAgreementId: z.string().nullable(),
      agreementLabel: z.string().nullable(),
      affected: euros,
    }),
  ),
  paymentRequests: z.array(z.object({ id: z.string(), amount: euros, status: z.string() })),
  can: z.object({ write: z.boolean() }),
});
export type OperationView = z.infer<typeof operationView>;

/** A dwelling's class at a date, and its operations (DESIGN §3: the latest delivered operation's target class, else the DPE class). */
export const dwellingOperations = z.object({
  dwellingId: z.string(),
  asOf: z.string(),
  dpeClass: z.enum(energyClasses).nullable(),
  effectiveClass: z.enum(energyClasses).nullable(),
  deliveredBy: z.string().nullable(),
  operations: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      label: z.string(),
      kind: z.enum(operationKinds),
      status: z.enum(operationStatuses),
      conventionId: z.string(),
      targetClass: z.enum(energyClasses).nullable(),
      plannedDelivery: z.string().nullable(),
      actualDelivery: z.string().nullable(),
    }),
  ),
});
export type DwellingOperations = z.infer<typeof dwellingOperations>;
