import { z } from 'zod';
import { pageOf, pageQuery } from './pagination';

/**
 * The housing domain as the API speaks it: a landlord's stock (dwellings, buildings,
 * establishments), the legal letting-ban calendar (dated versions) and the compliance trajectory,
 * and the imports of RPLS / xlsx stock files.
 */

const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);

/** DPE classes, best to worst. */
export const energyClasses = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type EnergyClass = (typeof energyClasses)[number];

export const constructionTypes = ['collective', 'individual', 'student'] as const;
export type ConstructionType = (typeof constructionTypes)[number];
export const constructionTypeLabels: Record<ConstructionType, string> = {
  collective: 'Collectif',
  individual: 'Individuel',
  student: 'Logement étudiant',
};

/** Where a calendar deadline applies: mainland France, or the overseas departments. */
export const territories = ['mainland', 'overseas'] as const;
export type Territory = (typeof territories)[number];
export const territoryLabels: Record<Territory, string> = {
  mainland: 'Métropole',
  overseas: 'Outre-mer (départements 971 à 976)',
};

export const establishmentKinds = ['autonomy_residence', 'life_home', 'accommodation_home', 'beguinage'] as const;
export type EstablishmentKind = (typeof establishmentKinds)[number];
export const establishmentKindLabels: Record<EstablishmentKind, string> = {
  autonomy_residence: 'Résidence autonomie',
  life_home: 'Foyer de vie',
  accommodation_home: "Foyer d'hébergement",
  beguinage: 'Béguinage',
};

/** Shown wherever generated demonstration data appears. */
export const DEMO_NOTICE =
  'Données de démonstration : ce patrimoine est généré (chiffres de la convention, répartition fictive) ; il sera remplacé par le premier import RPLS du bailleur.';

const count = z.number().int();
const classCounts = z.object(
  Object.fromEntries(energyClasses.map((c) => [c, count])) as Record<EnergyClass, typeof count>,
);

export const stockListItem = z.object({
  organisationId: z.string(),
  name: z.string(),
  dwellings: count,
  isDemo: z.boolean(),
  demoNotice: z.string().nullable(),
  canImport: z.boolean(),
});
export type StockListItem = z.infer<typeof stockListItem>;

export const importStatuses = ['running', 'completed', 'rejected', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const importStatusLabels: Record<ImportStatus, string> = {
  running: 'En cours',
  completed: 'Importé',
  rejected: 'Refusé : rien n’a été importé',
  failed: 'Échec : rien n’a été importé',
};
export const importModes = ['all_or_nothing', 'valid_rows_only'] as const;
export type ImportMode = (typeof importModes)[number];
export const importShapes = ['rpls_recent', 'rpls_legacy', 'rpls_red', 'template'] as const;
export type ImportShape = (typeof importShapes)[number];
export const importShapeLabels: Record<ImportShape, string> = {
  rpls_recent: 'RPLS récent (colonnes *_CODE)',
  rpls_legacy: 'RPLS ancien (colonnes sans suffixe)',
  rpls_red: 'RPLS 2016-2017 (suffixe _red)',
  template: 'Modèle xlsx Copil',
};

export const rowError = z.object({
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof rowError>;

export const stockImportView = z.object({
  id: z.string(),
  organisationId: z.string(),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  shape: z.enum(importShapes).nullable(),
  encoding: z.string().nullable(),
  mode: z.enum(importModes),
  status: z.enum(importStatuses),
  statusLabel: z.string(),
  progress: z.object({
    bytesRead: z.number(),
    bytesExpected: z.number().nullable(),
    /** 0–100, from the bytes read; 100 once finished. Null when the size is unknown. */
    percent: z.number().int().nullable(),
    rowsRead: count,
  }),
  counts: z.object({
    rowsValid: count,
    rowsInvalid: count,
    errors: count,
    /** Errors kept in detail (the first 1 000); `errors` counts them all. */
    errorsStored: count,
    created: count.nullable(),
    updated: count.nullable(),
    unchanged: count.nullable(),
    missing: count.nullable(),
    demoReplaced: count.nullable(),
  }),
  /** Identifiers of dwellings present before and absent from this file (first 200); reported, never deleted. */
  missingSample: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  failureMessage: z.string().nullable(),
  firstErrors: z.array(rowError),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  links: z.object({ self: z.string(), errors: z.string(), errorFile: z.string() }),
});
export type StockImportView = z.infer<typeof stockImportView>;

export const stockSummary = z.object({
  organisationId: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  demoNotice: z.string().nullable(),
  dwellings: count,
  byConstructionType: z.object({ collective: count, individual: count, student: count }),
  byEffectiveClass: classCounts,
  byEnergyClass: classCounts,
  byGhgClass: classCounts,
  withoutDpe: count,
  territories: z.object({ mainland: count, overseas: count }),
  communes: count,
  epcis: count,
  /** Dwellings per EPCI (null code: communes outside any EPCI), most first. */
  byEpci: z.array(z.object({ code: z.string().nullable(), name: z.string(), dwellings: count })),
  inQpv: count,
  buildings: count,
  establishments: z.object({
    residences: count,
    beds: count,
    beguinages: count,
    beguinageDwellings: count,
    isDemo: z.boolean(),
  }),
  lastImport: stockImportView.nullable(),
  can: z.object({ import: z.boolean(), manageEstablishments: z.boolean() }),
});
export type StockSummary = z.infer<typeof stockSummary>;

/** Why a dwelling leaves the stock (issue #19): sold, demolished, merged into another dwelling. */
export const retirementReasons = ['sale', 'demolition', 'merge'] as const;
export type RetirementReason = (typeof retirementReasons)[number];
export const retirementReasonLabels: Record<RetirementReason, string> = {
  sale: 'Vente',
  demolition: 'Démolition',
  merge: 'Fusion',
};

export const retireDwellingBody = z.object({
  reason: z.enum(retirementReasons, 'Motif de sortie : vente (sale), démolition (demolition) ou fusion (merge).'),
  on: isoDate('Date de sortie'),
});
export type RetireDwellingBody = z.infer<typeof retireDwellingBody>;

export const dwellingView = z.object({
  id: z.string(),
  identRep: z.string().nullable(),
  identInt: z.string().nullable(),
  dpeReference: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string(),
  epciCode: z.string().nullable(),
  epciName: z.string().nullable(),
  territory: z.enum(territories),
  qpvCode: z.string().nullable(),
  constructionType: z.enum(constructionTypes),
  rooms: count.nullable(),
  /** m², decimal string ("45.50"). */
  surface: z.string().nullable(),
  constructionYear: count.nullable(),
  financing: z.string().nullable(),
  dpeDate: z.string().nullable(),
  energyClass: z.enum(energyClasses).nullable(),
  ghgClass: z.enum(energyClasses).nullable(),
  /** The worse of the energy and GHG classes. */
  effectiveClass: z.enum(energyClasses).nullable(),
  building: z.object({ id: z.string(), code: z.string(), name: z.string().nullable() }).nullable(),
  address: z.string().nullable(),
  isDemo: z.boolean(),
  /** Out of the stock from that date (sold, demolished, merged): out of the trajectory as of it. */
  retirement: z.object({ on: z.string(), reason: z.enum(retirementReasons), reasonLabel: z.string() }).nullable(),
});
export type DwellingView = z.infer<typeof dwellingView>;

/** One dwelling with what the reader may do with it. */
export const dwellingDetail = dwellingView.extend({ can: z.object({ retire: z.boolean() }) });
export type DwellingDetail = z.infer<typeof dwellingDetail>;

const csvList = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, `${label} : valeur inconnue (${values.join(', ')}).`)));

/** The dwellings' filters, shared by the paged list and its exports (which take every dwelling). */
export const dwellingsFilters = z.object({
  communeCode: z
    .string()
    .regex(/^(\d[\dAB]\d{3})$/, 'Code commune INSEE invalide (5 caractères).')
    .optional(),
  epciCode: z
    .string()
    .regex(/^\d{9}$/, 'Code EPCI invalide (SIREN, 9 chiffres).')
    .optional(),
  qpv: z.enum(['in', 'out'], 'QPV : « in » ou « out ».').optional(),
  effectiveClass: csvList(energyClasses, 'Classe').optional(),
  constructionType: z.enum(constructionTypes, 'Type de construction inconnu.').optional(),
  search: z.string().trim().max(100).optional(),
});
export type DwellingsFilters = z.infer<typeof dwellingsFilters>;
export const dwellingsQuery = dwellingsFilters.extend(pageQuery({ defaultSize: 50, maxSize: 500 }).shape);
export type DwellingsQuery = z.infer<typeof dwellingsQuery>;

export const dwellingPage = pageOf(dwellingView).extend({
  isDemo: z.boolean(),
  demoNotice: z.string().nullable(),
});
export type DwellingPage = z.infer<typeof dwellingPage>;

export const establishmentView = z.object({
  id: z.string(),
  kind: z.enum(establishmentKinds),
  kindLabel: z.string(),
  name: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  beds: count.nullable(),
  dwellings: count.nullable(),
  managerName: z.string().nullable(),
  isDemo: z.boolean(),
});
export type EstablishmentView = z.infer<typeof establishmentView>;

export const establishmentList = z.object({
  isDemo: z.boolean(),
  demoNotice: z.string().nullable(),
  totals: z.object({ residences: count, beds: count, beguinages: count, beguinageDwellings: count }),
  items: z.array(establishmentView),
  can: z.object({ manage: z.boolean() }),
});
export type EstablishmentList = z.infer<typeof establishmentList>;

const optionalCount = (label: string) =>
  z
    .number(`${label} : nombre entier attendu.`)
    .int(`${label} : nombre entier attendu.`)
    .min(0, `${label} : positif ou nul.`)
    .max(100_000)
    .nullable()
    .optional();

export const establishmentBody = z
  .object({
    kind: z.enum(
      establishmentKinds,
      "Type d'établissement inconnu : résidence autonomie, foyer de vie, foyer d'hébergement ou béguinage.",
    ),
    name: z.string().trim().min(1, 'Le nom est obligatoire.').max(300),
    communeCode: z
      .string()
      .trim()
      .regex(/^\d[\dAB]\d{3}$/, 'Code commune INSEE invalide (5 caractères, ex. 62041).'),
    beds: optionalCount('Lits'),
    dwellings: optionalCount('Logements'),
    managerName: z.string().trim().max(300).nullable().optional(),
  })
  .refine((b) => (b.beds ?? null) !== null || (b.dwellings ?? null) !== null, {
    message: 'Indiquez le nombre de lits ou de logements.',
    path: ['beds'],
  });
export type EstablishmentBody = z.infer<typeof establishmentBody>;

export const deadlineView = z.object({
  territory: z.enum(territories),
  /** Dwellings of this class or worse may no longer be let from `effectiveFrom`. */
  bannedClass: z.enum(energyClasses),
  /** The minimum class required from then on (the decree's wording). */
  minimumClass: z.enum(energyClasses),
  effectiveFrom: z.string(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

export const calendarVersionView = z.object({
  id: z.string(),
  label: z.string(),
  legalReference: z.string(),
  inForceFrom: z.string(),
  inForce: z.boolean(),
  deadlines: z.array(deadlineView),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type CalendarVersionView = z.infer<typeof calendarVersionView>;

export const calendarList = z.object({
  asOf: z.string(),
  inForceId: z.string().nullable(),
  versions: z.array(calendarVersionView),
  can: z.object({ add: z.boolean() }),
});
export type CalendarList = z.infer<typeof calendarList>;

export const createCalendarVersionBody = z.object({
  label: z.string().trim().min(1, 'Le libellé est obligatoire.').max(300),
  legalReference: z.string().trim().min(1, 'La référence du texte (loi, décret) est obligatoire.').max(1000),
  inForceFrom: isoDate("Date d'entrée en vigueur"),
  deadlines: z
    .array(
      z.object({
        territory: z.enum(territories, 'Territoire inconnu : mainland (métropole) ou overseas (outre-mer).'),
        bannedClass: z.enum(['B', 'C', 'D', 'E', 'F', 'G'], 'Classe interdite : une lettre de B à G.'),
        effectiveFrom: isoDate("Date d'interdiction"),
      }),
    )
    .min(1, 'Au moins une échéance est obligatoire.')
    .max(20),
});
export type CreateCalendarVersionBody = z.infer<typeof createCalendarVersionBody>;

export const trajectoryDimensions = ['commune', 'epci', 'qpv', 'constructionType'] as const;
/** The key of the breakdown line of counted dwellings the breakdown cannot place (« Non localisés »). */
export const UNLOCATED_KEY = 'non-localises';
export type TrajectoryDimension = (typeof trajectoryDimensions)[number];

export const trajectoryQuery = z.object({
  asOf: isoDate('Date de calcul').optional(),
  by: z.enum(trajectoryDimensions, 'Découpage inconnu : commune, epci, qpv ou constructionType.').optional(),
});

const trajectoryFigures = {
  /** Dwellings whose class (before works) is banned at the deadline. */
  banned: count,
  /** …of which an operation already delivered brings them out of the ban. */
  delivered: count,
  /** …of which an operation planned before the deadline would bring them out. */
  planned: count,
  /** …of the delivered, dwellings an operation counts by class without having picked them yet. */
  deliveredCounted: count,
  /** …of the planned, likewise. */
  plannedCounted: count,
  /** …still banned at the deadline: nothing programmed. */
  notProgrammed: count,
  /** planned + notProgrammed: what still has to be delivered. */
  remaining: count,
  /** Deliveries per year needed to reach zero at the deadline; null when the deadline has passed. */
  requiredPacePerYear: count.nullable(),
};

export const trajectoryDeadline = z.object({
  date: z.string(),
  yearsLeft: count,
  passed: z.boolean(),
  /** What is banned on that date, per territory present in the stock. */
  rules: z.array(z.object({ territory: z.enum(territories), bannedClass: z.enum(energyClasses) })),
  ...trajectoryFigures,
});
export type TrajectoryDeadline = z.infer<typeof trajectoryDeadline>;

export const trajectoryView = z.object({
  organisationId: z.string(),
  asOf: z.string(),
  isDemo: z.boolean(),
  demoNotice: z.string().nullable(),
  calendar: z.object({ id: z.string(), label: z.string(), inForceFrom: z.string() }),
  dwellings: count,
  withoutDpe: count,
  deadlines: z.array(trajectoryDeadline),
  breakdown: z
    .object({
      by: z.enum(trajectoryDimensions),
      rows: z.array(
        z.object({ date: z.string(), key: z.string().nullable(), label: z.string(), ...trajectoryFigures }),
      ),
    })
    .nullable(),
});
export type TrajectoryView = z.infer<typeof trajectoryView>;

export const importQuery = z.object({
  mode: z.enum(importModes, 'Mode inconnu : all_or_nothing (par défaut) ou valid_rows_only.').optional(),
});

export const importErrorsQuery = pageQuery({ defaultSize: 100, maxSize: 1000 });
/** Every error of the import is stored: `total` counts them all. */
export const importErrorPage = pageOf(rowError);
export type ImportErrorPage = z.infer<typeof importErrorPage>;
