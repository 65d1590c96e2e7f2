import type { ConstructionType, EnergyClass, RowError, Territory } from '../../../../contracts/housing';
import { isIsoDate } from '../../../../contracts/dates';
import { hasLettingCalendar, isEnergyClass, territoryOf } from '../housing.rules';
import type { FieldName, HeaderMapping } from './rpls';

/**
 * One line of a stock file → one dwelling ready to stage, or the reasons it is refused. Pure: the
 * commune lookup and the current year are given. Every message names the line and the column, as
 * written in the file (and the cell, for a spreadsheet).
 */

export interface StagedDwelling {
  line: number;
  dwellingKey: string;
  identRep: string | null;
  identInt: string | null;
  dpeReference: string | null;
  buildingCode: string | null;
  buildingName: string | null;
  address: string | null;
  communeCode: string;
  epciCode: string | null;
  territory: Territory;
  qpvCode: string | null;
  constructionType: ConstructionType;
  rooms: number;
  surface: string;
  constructionYear: number;
  financing: string | null;
  dpeDate: string | null;
  energyClass: EnergyClass | null;
  ghgClass: EnergyClass | null;
}

/** One record as a source reads it: the line (or spreadsheet row), the cell texts, the cells holding a formula. */
export interface SourceRecord {
  line: number;
  values: (string | null)[];
  formulas?: Map<number, string>;
  /** Spreadsheet column letter of a cell index, to name cells (xlsx only). */
  cellName?: (index: number) => string;
}

export interface RowContext {
  mapping: HeaderMapping;
  findCommune: (code: string) => { code: string; epciCode: string | null } | null;
  maxYear: number;
}

/** The key dwellings are matched on from one import to the next: IDENT_REP when given, else IDENT_INT. */
export const dwellingKeyOf = (identRep: string | null, identInt: string | null) =>
  identRep !== null ? `R:${identRep}` : `I:${identInt}`;

const NONE = new Set(['', '-', 'NC', 'N/A', 'NR', 'SO']);
const constructionCodes: Record<string, ConstructionType> = {
  C: 'collective',
  COLLECTIF: 'collective',
  I: 'individual',
  INDIVIDUEL: 'individual',
  E: 'student',
  ETUDIANT: 'student',
};
const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export function parseClass(raw: string | null): Parsed<EnergyClass | null> {
  const text = (raw ?? '').trim().toUpperCase();
  if (NONE.has(text)) return ok(null);
  if (isEnergyClass(text)) return ok(text);
  return fail(`classe « ${shown(raw ?? '')} » inconnue ; attendu une lettre de A à G (ou vide sans DPE)`);
}

/** A DPE date: MM/AAAA, JJ/MM/AAAA or AAAA-MM-JJ → 'YYYY-MM-DD'; the year 1900 (RPLS "01/1900") means no DPE. */
export function parseDpeDate(raw: string | null): Parsed<{ date: string | null; noDpe: boolean }> {
  const text = (raw ?? '').trim();
  if (NONE.has(text)) return ok({ date: null, noDpe: false });
  let y: string, m: string, d: string;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})\/(\d{4})$/.exec(text))) [y, m, d] = [match[2]!, match[1]!, '1'];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) [y, m, d] = [match[3]!, match[2]!, match[1]!];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text)))
    [y, m, d] = [match[1]!, match[2]!, match[3]!];
  else
    return fail(
      `date « ${shown(text)} » illisible ; attendu MM/AAAA, JJ/MM/AAAA ou AAAA-MM-JJ (« 01/1900 » ou vide sans DPE)`,
    );
  if (y === '1900') return ok({ date: null, noDpe: true });
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return fail(`date « ${text} » inexistante (ce jour n'existe pas dans le calendrier)`);
  if (Number(y) < 2000) return fail(`date « ${text} » invraisemblable pour un DPE (antérieure à 2000)`);
  return ok({ date: iso, noDpe: false });
}

export function parseSurface(raw: string | null): Parsed<string> {
  const text = (raw ?? '').trim().replace(/\s/g, '');
  const match = /^(\d{1,5})(?:[.,](\d+))?$/.exec(text);
  if (!match)
    return fail(
      text === ''
        ? 'surface manquante (m²)'
        : `surface « ${shown(raw!.trim())} » invalide ; attendu un nombre de m², par exemple 54,5`,
    );
  const hundredths = Math.round(Number(`${match[1]}.${match[2] ?? '0'}`) * 100);
  if (hundredths <= 0) return fail('surface nulle ; attendu une surface habitable positive');
  if (hundredths > 9_999_999) return fail(`surface « ${text} » trop grande (99 999,99 m² au plus)`);
  return ok(`${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`);
}

export function parseInteger(raw: string | null, label: string, min: number, max: number): Parsed<number> {
  const text = (raw ?? '').trim().replace(/[.,]0+$/, '');
  if (text === '') return fail(`${label} manquant`);
  if (!/^\d+$/.test(text)) return fail(`${label} « ${shown(raw!.trim())} » invalide ; attendu un nombre entier`);
  const n = Number(text);
  if (n < min || n > max) return fail(`${label} ${n} hors des bornes (${min} à ${max})`);
  return ok(n);
}

export function parseConstructionType(raw: string | null): Parsed<ConstructionType> {
  const text = stripAccents((raw ?? '').trim().toUpperCase());
  const found = constructionCodes[text];
  if (found) return ok(found);
  return fail(
    text === ''
      ? 'type de construction manquant ; attendu C (collectif), I (individuel) ou E (étudiant)'
      : `type de construction « ${shown(raw!.trim())} » inconnu ; attendu C (collectif), I (individuel) ou E (étudiant)`,
  );
}

export function parseQpv(raw: string | null): Parsed<string | null> {
  const text = (raw ?? '').trim().toUpperCase();
  if (NONE.has(text) || text === '0' || text === 'NON' || text === 'HORS QPV') return ok(null);
  if (/^Q[A-Z0-9]{5,9}$/.test(text)) return ok(text);
  return fail(
    `code QPV « ${shown(raw!.trim())} » invalide ; attendu un code de quartier (ex. QP062012), ou vide hors QPV`,
  );
}

function text(raw: string | null, max: number, label: string): Parsed<string | null> {
  const value = (raw ?? '').trim();
  if (value === '') return ok(null);
  if (value.length > max) return fail(`${label} trop long (${max} caractères au plus)`);
  return ok(value);
}

/** Validates one record; the dwelling when every field is right, else every problem found. */
export function validateRecord(
  record: SourceRecord,
  ctx: RowContext,
): { dwelling: StagedDwelling | null; errors: RowError[] } {
  const { columns, headers } = ctx.mapping;
  const errors: RowError[] = [];
  // A formula may sit past the header's last column, in a column with no name: give its number.
  const columnName = (index: number) => {
    const header = headers[index] ?? `n° ${index + 1}`;
    return record.cellName ? `${header} (cellule ${record.cellName(index)}${record.line})` : header;
  };
  const raw = (field: FieldName): string | null => {
    const index = columns[field];
    return index === undefined ? null : (record.values[index] ?? null);
  };
  const report = (field: FieldName | null, message: string, index = field === null ? undefined : columns[field]) => {
    const column = index === undefined ? null : columnName(index);
    errors.push({
      line: record.line,
      column,
      value: index === undefined ? null : (record.values[index] ?? null),
      message: `Ligne ${record.line}${column ? `, colonne ${column}` : ''} : ${message}.`,
    });
  };
  for (const [index, formula] of record.formulas ?? [])
    report(
      null,
      `la cellule contient une formule (=${shown(formula)}) ; remplacez-la par sa valeur (copier, collage spécial « valeurs »)`,
      index,
    );
  if (record.formulas && record.formulas.size > 0) return { dwelling: null, errors };

  const get = <T>(field: FieldName, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    report(field, parsed.reason);
    return fallback;
  };
  const identRep = get('identRep', text(raw('identRep'), 50, 'identifiant'), null);
  const identInt = get('identInt', text(raw('identInt'), 50, 'identifiant'), null);
  if (identRep === null && identInt === null && errors.length === 0)
    report(
      columns.identRep !== undefined ? 'identRep' : 'identInt',
      'identifiant manquant : IDENT_REP ou IDENT_INT doit être renseigné',
    );

  let communeCode = '';
  let epciCode: string | null = null;
  const communeRaw = (raw('communeCode') ?? '').trim().toUpperCase();
  const code = /^\d{4}$/.test(communeRaw) ? `0${communeRaw}` : communeRaw;
  if (!/^\d[\dAB]\d{3}$/.test(code))
    report(
      'communeCode',
      communeRaw === ''
        ? 'code commune manquant'
        : `code commune « ${shown(communeRaw)} » invalide ; attendu un code INSEE de 5 caractères (ex. 62041 pour Arras)`,
    );
  else {
    const commune = ctx.findCommune(code);
    if (!commune) report('communeCode', `code commune « ${code} » inconnu du découpage administratif officiel`);
    else if (!hasLettingCalendar(commune.code))
      report(
        'communeCode',
        `la commune ${code} est dans une collectivité d'outre-mer hors du calendrier légal (métropole et départements 971 à 976 seulement)`,
      );
    else [communeCode, epciCode] = [commune.code, commune.epciCode];
  }
  const constructionType = get(
    'constructionType',
    parseConstructionType(raw('constructionType')),
    'collective' as ConstructionType,
  );
  const rooms = get('rooms', parseInteger(raw('rooms'), 'nombre de pièces', 1, 30), 0);
  const surface = get('surface', parseSurface(raw('surface')), '');
  const constructionYear = get(
    'constructionYear',
    parseInteger(raw('constructionYear'), 'année de construction', 1500, ctx.maxYear),
    0,
  );
  const dpe = get('dpeDate', parseDpeDate(raw('dpeDate')), { date: null, noDpe: false });
  const energyClass = get('energyClass', parseClass(raw('energyClass')), null);
  const ghgClass = get('ghgClass', parseClass(raw('ghgClass')), null);
  const qpvCode = get('qpvCode', parseQpv(raw('qpvCode')), null);
  const financing = get('financing', text(raw('financing'), 60, 'financement'), null);
  const dpeReference = get('dpeReference', text(raw('dpeReference'), 50, 'numéro de DPE'), null);
  const buildingCode = get('buildingCode', text(raw('buildingCode'), 100, 'code de bâtiment'), null);
  const buildingName = get('buildingName', text(raw('buildingName'), 300, 'nom de résidence'), null);
  if (errors.length > 0) return { dwelling: null, errors };

  const parts = (['streetNumber', 'streetRepeat', 'streetType', 'streetName'] as const)
    .map((f) => (raw(f) ?? '').trim())
    .filter(Boolean);
  return {
    dwelling: {
      line: record.line,
      dwellingKey: dwellingKeyOf(identRep, identInt),
      identRep,
      identInt,
      dpeReference,
      buildingCode,
      buildingName,
      address: parts.length > 0 ? parts.join(' ').slice(0, 300) : null,
      communeCode,
      epciCode,
      territory: territoryOf(communeCode),
      qpvCode,
      constructionType,
      rooms,
      surface,
      constructionYear,
      financing,
      dpeDate: dpe.date,
      energyClass: dpe.noDpe ? null : energyClass,
      ghgClass: dpe.noDpe ? null : ghgClass,
    },
    errors,
  };
}
