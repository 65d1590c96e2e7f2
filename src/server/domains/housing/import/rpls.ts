import type { ImportShape } from '../../../../contracts/housing';

/**
 * The columns of a stock file and the three RPLS shapes: recent files (TYPECONST_CODE, QPV_CODE,
 * FINAN_CODE…), older files (TYPECONST, QPV, FINAN), and 2016–2017 files whose columns end in
 * `_red`; the landlord's full file adds IDENT_REP, IDENT_INT, DPE_NUM_REF. The xlsx template Copil
 * offers uses the recent names. Headers are matched case-insensitively; columns Copil does not
 * use are ignored and listed in the import report.
 */

export type FieldName =
  | 'identRep'
  | 'identInt'
  | 'dpeReference'
  | 'communeCode'
  | 'epciCode'
  | 'qpvCode'
  | 'constructionType'
  | 'rooms'
  | 'surface'
  | 'constructionYear'
  | 'financing'
  | 'dpeDate'
  | 'energyClass'
  | 'ghgClass'
  | 'buildingCode'
  | 'buildingName'
  | 'streetNumber'
  | 'streetRepeat'
  | 'streetType'
  | 'streetName';

export interface FieldSpec {
  /** Accepted header names, preferred first. */
  aliases: string[];
  required: boolean;
  /** What the column holds, for the template's notice and the docs. */
  description: string;
  example: string;
}

export const FIELDS: Record<FieldName, FieldSpec> = {
  identRep: {
    aliases: ['IDENT_REP'],
    required: false,
    description:
      "Identifiant du logement dans le répertoire RPLS. IDENT_REP ou IDENT_INT doit être renseigné ; c'est la clé de mise à jour.",
    example: '0620001234567',
  },
  identInt: {
    aliases: ['IDENT_INT'],
    required: false,
    description: 'Identifiant interne du logement chez le bailleur (clé de mise à jour quand IDENT_REP est vide).',
    example: 'PDCH-ARR-00042',
  },
  dpeReference: {
    aliases: ['DPE_NUM_REF'],
    required: false,
    description: 'Numéro du DPE (ADEME), facultatif.',
    example: '2362E0123456A',
  },
  communeCode: {
    aliases: ['DEPCOM', 'DEPCOM_CODE'],
    required: true,
    description: "Code INSEE de la commune (5 caractères) ; l'EPCI en est déduit.",
    example: '62041',
  },
  epciCode: {
    aliases: ['EPCI_CODE', 'EPCI'],
    required: false,
    description: 'Ignoré : Copil déduit l’EPCI de la commune (découpage administratif officiel).',
    example: '200033579',
  },
  qpvCode: {
    aliases: ['QPV_CODE', 'QPV'],
    required: false,
    description: 'Code du quartier prioritaire de la politique de la ville ; vide, 0 ou « - » hors QPV.',
    example: 'QP062012',
  },
  constructionType: {
    aliases: ['TYPECONST_CODE', 'TYPECONST'],
    required: true,
    description: 'C (collectif), I (individuel) ou E (logement étudiant).',
    example: 'C',
  },
  rooms: { aliases: ['NBPIECE'], required: true, description: 'Nombre de pièces principales (1 à 30).', example: '3' },
  surface: {
    aliases: ['SURFHAB'],
    required: true,
    description: 'Surface habitable en m² (virgule ou point décimal).',
    example: '64,5',
  },
  constructionYear: {
    aliases: ['CONSTRUCT'],
    required: true,
    description: "Année d'achèvement de la construction (AAAA).",
    example: '1972',
  },
  financing: {
    aliases: ['FINAN_CODE', 'FINAN'],
    required: false,
    description: 'Code ou libellé du financement initial (PLAI, PLUS, PLS, HLM/O…).',
    example: 'PLUS',
  },
  dpeDate: {
    aliases: ['DPEDATE'],
    required: true,
    description: 'Date du DPE : MM/AAAA, JJ/MM/AAAA ou AAAA-MM-JJ ; « 01/1900 » ou vide : pas de DPE.',
    example: '03/2022',
  },
  energyClass: {
    aliases: ['DPEENERGIE'],
    required: true,
    description: 'Étiquette énergie du DPE, A à G ; vide ou « - » sans DPE.',
    example: 'D',
  },
  ghgClass: {
    aliases: ['DPESERRE'],
    required: true,
    description: 'Étiquette gaz à effet de serre du DPE, A à G ; vide ou « - » sans DPE.',
    example: 'E',
  },
  buildingCode: {
    aliases: ['BATIMENT', 'CODE_BATIMENT', 'BAT'],
    required: false,
    description: 'Code du bâtiment ou de la résidence du bailleur, pour regrouper les logements (facultatif).',
    example: 'ARR-012',
  },
  buildingName: {
    aliases: ['RESIDENCE', 'NOM_RESIDENCE'],
    required: false,
    description: 'Nom de la résidence (facultatif).',
    example: 'Résidence des Tilleuls',
  },
  streetNumber: {
    aliases: ['NUMVOIE'],
    required: false,
    description: 'Numéro dans la voie (facultatif).',
    example: '12',
  },
  streetRepeat: {
    aliases: ['INDREP'],
    required: false,
    description: 'Indice de répétition : B, T… (facultatif).',
    example: 'B',
  },
  streetType: { aliases: ['TYPVOIE'], required: false, description: 'Type de voie (facultatif).', example: 'RUE' },
  streetName: {
    aliases: ['NOMVOIE'],
    required: false,
    description: 'Nom de la voie (facultatif).',
    example: 'DES TILLEULS',
  },
};

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** The template's columns, in order: the recent RPLS names. */
export const TEMPLATE_COLUMNS: FieldName[] = [
  'identRep',
  'identInt',
  'communeCode',
  'qpvCode',
  'constructionType',
  'rooms',
  'surface',
  'constructionYear',
  'financing',
  'dpeDate',
  'energyClass',
  'ghgClass',
  'dpeReference',
  'buildingCode',
  'buildingName',
  'streetNumber',
  'streetRepeat',
  'streetType',
  'streetName',
];

const RECENT_MARKERS = new Set(['TYPECONST_CODE', 'QPV_CODE', 'FINAN_CODE', 'DEPCOM_CODE', 'EPCI_CODE']);

export interface HeaderProblem {
  column: string | null;
  message: string;
}

export interface HeaderMapping {
  shape: ImportShape;
  /** Field → index of its column in each record. */
  columns: Partial<Record<FieldName, number>>;
  /** The header as written in the file, by column index (for messages). */
  headers: string[];
  ignored: string[];
  problems: HeaderProblem[];
}

export const normaliseHeader = (raw: string) =>
  raw
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toUpperCase();

/**
 * Reads the header line: which column holds which field, the file's shape, and what is wrong
 * (missing required columns, no identifier column, a column twice). `xlsx` marks the template.
 */
export function mapHeader(raw: string[], options: { xlsx?: boolean } = {}): HeaderMapping {
  const headers = raw.map((h) => h.replace(/^\uFEFF/, '').trim());
  const names = raw.map(normaliseHeader);
  const red = names.some((n) => n.endsWith('_RED'));
  const bare = names.map((n) => n.replace(/_RED$/, ''));
  const problems: HeaderProblem[] = [];
  const columns: Partial<Record<FieldName, number>> = {};
  const used = new Set<number>();
  const seen = new Map<string, number>();
  bare.forEach((name, index) => {
    if (!name) return;
    if (seen.has(name))
      problems.push({
        column: headers[index]!,
        message: `la colonne ${headers[index]} figure deux fois (colonnes ${seen.get(name)! + 1} et ${index + 1})`,
      });
    else seen.set(name, index);
  });
  for (const field of FIELD_NAMES) {
    for (const alias of FIELDS[field].aliases) {
      const index = seen.get(alias);
      if (index !== undefined) {
        if (columns[field] === undefined) columns[field] = index;
        used.add(index);
      }
    }
  }
  // Every missing column named in one message (issue #20: a file without IDENT_REP and IDENT_INT
  // was answered "forme non reconnue" with no column named). The identifiers are one requirement:
  // either column will do, and the message says so.
  const noIdentifier = columns.identRep === undefined && columns.identInt === undefined;
  const missing = [
    ...(noIdentifier ? [FIELDS.identRep.aliases[0]!, FIELDS.identInt.aliases[0]!] : []),
    ...FIELD_NAMES.filter((f) => FIELDS[f].required && columns[f] === undefined).map((f) =>
      FIELDS[f].aliases.join(' ou '),
    ),
  ];
  if (missing.length > 0) {
    const s = missing.length > 1 ? 's' : '';
    problems.push({
      column: missing[0]!,
      message:
        `colonne${s} obligatoire${s} absente${s} : ${missing.join(', ')}` +
        (noIdentifier
          ? " (IDENT_REP ou IDENT_INT : l'une des deux suffit, elle identifie chaque logement d'un import à l'autre)"
          : ''),
    });
  }
  const shape: ImportShape = options.xlsx
    ? 'template'
    : red
      ? 'rpls_red'
      : bare.some((n) => RECENT_MARKERS.has(n))
        ? 'rpls_recent'
        : 'rpls_legacy';
  const ignored = headers.filter((h, i) => h !== '' && !used.has(i));
  return { shape, columns, headers, ignored, problems };
}

/** A header line read with the wrong separator comes out as one field holding the others. */
export function separatorProblem(raw: string[]): HeaderProblem | null {
  if (raw.length !== 1) return null;
  const line = raw[0]!;
  const found = [',', '\t', '|'].find((s) => line.includes(s));
  if (!found) return null;
  const name = found === '\t' ? 'tabulation' : `« ${found} »`;
  return {
    column: null,
    message: `séparateur ${name} détecté ; un fichier RPLS sépare ses colonnes par un point-virgule « ; » (dans Excel : « CSV (séparateur : point-virgule) »)`,
  };
}
