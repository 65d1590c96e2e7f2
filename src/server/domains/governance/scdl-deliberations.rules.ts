import { actesSubjects } from '../../../contracts/governance';
import { openDataCsv } from '../../platform/spreadsheets';
import { validateTable, type CellError, type TableSchema } from '../../platform/table-schema';

/**
 * The open-data publication of decisions in the SCDL « délibérations » format (schema 2.1.x of the
 * Socle commun des données locales: one row per decision, CSV with commas in UTF-8). The Table
 * Schema below transcribes the published one: field order, types, required fields and patterns;
 * the validator also checks what the schema's documentation adds (PREF_DATE not before
 * DELIB_DATE, the subject name matching the ACTES code). Pure.
 */

export const SCDL_DELIBERATIONS_SCHEMA: TableSchema = {
  name: 'scdl-deliberations',
  version: '2.1.5',
  fields: [
    { name: 'COLL_NOM', type: 'string', constraints: { required: true } },
    { name: 'COLL_SIRET', type: 'string', constraints: { required: true, pattern: '\\d{14}' } },
    { name: 'DELIB_ID', type: 'string', constraints: { required: true } },
    { name: 'DELIB_DATE', type: 'date', constraints: { required: true } },
    { name: 'DELIB_MATIERE_CODE', type: 'string', constraints: { required: true, pattern: '\\d\\.\\d{1,2}' } },
    { name: 'DELIB_MATIERE_NOM', type: 'string', constraints: { required: true } },
    { name: 'DELIB_OBJET', type: 'string', constraints: { required: true } },
    { name: 'BUDGET_ANNEE', type: 'string', constraints: { pattern: '[0-9]{4}(\\/[0-9]{4})?' } },
    { name: 'BUDGET_NOM', type: 'string' },
    { name: 'PREF_ID', type: 'string' },
    { name: 'PREF_DATE', type: 'date' },
    { name: 'VOTE_EFFECTIF', type: 'integer', constraints: { minimum: 0 } },
    { name: 'VOTE_REEL', type: 'integer', constraints: { minimum: 0 } },
    { name: 'VOTE_POUR', type: 'integer', constraints: { minimum: 0 } },
    { name: 'VOTE_CONTRE', type: 'integer', constraints: { minimum: 0 } },
    { name: 'VOTE_ABSTENTION', type: 'integer', constraints: { minimum: 0 } },
    { name: 'DELIB_URL', type: 'string', constraints: { pattern: 'https?://\\S+' } },
  ],
};
export const SCDL_DELIBERATIONS_COLUMNS = SCDL_DELIBERATIONS_SCHEMA.fields.map((f) => f.name);

/**
 * DELIB_MATIERE_NOM for an ACTES code: the level-1 and level-2 headings in lower case, separated by
 * a slash, without commas, parentheses or slashes of their own.
 */
export function actesScdlName(code: string): string | null {
  const s = actesSubjects.find((x) => x.code === code);
  if (!s) return null;
  const clean = (t: string) =>
    t
      .toLowerCase()
      .replace(/[(),/]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${clean(s.matter)}/${clean(s.subject)}`;
}

export interface ScdlDecision {
  collectivity: { name: string; siret: string };
  reference: string;
  decidedOn: string;
  actesCode: string | null;
  title: string;
  budgetYear: string | null;
  budgetName: string | null;
  prefectureId: string | null;
  transmittedOn: string | null;
  /** Members in office with a vote on the day (effectif théorique). */
  membersInOffice: number;
  for: number;
  against: number;
  abstention: number;
  /** False when the count of votes is not known (the VOTE_ columns, optional, stay empty). */
  votesRecorded?: boolean;
  url: string | null;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function scdlDeliberationRows(decisions: ScdlDecision[]): Record<string, string>[] {
  return decisions.map((d) => ({
    COLL_NOM: d.collectivity.name,
    COLL_SIRET: d.collectivity.siret,
    DELIB_ID: d.reference,
    DELIB_DATE: d.decidedOn,
    DELIB_MATIERE_CODE: d.actesCode ?? '',
    DELIB_MATIERE_NOM: d.actesCode ? (actesScdlName(d.actesCode) ?? '') : '',
    DELIB_OBJET: oneLine(d.title),
    BUDGET_ANNEE: d.budgetYear ?? '',
    BUDGET_NOM: d.budgetName ?? '',
    PREF_ID: d.prefectureId ?? '',
    PREF_DATE: d.transmittedOn ?? '',
    ...(d.votesRecorded === false
      ? { VOTE_EFFECTIF: '', VOTE_REEL: '', VOTE_POUR: '', VOTE_CONTRE: '', VOTE_ABSTENTION: '' }
      : {
          VOTE_EFFECTIF: String(d.membersInOffice),
          // Those who took part in the vote: « pour », « contre » and abstentions.
          VOTE_REEL: String(d.for + d.against + d.abstention),
          VOTE_POUR: String(d.for),
          VOTE_CONTRE: String(d.against),
          VOTE_ABSTENTION: String(d.abstention),
        }),
    DELIB_URL: d.url ?? '',
  }));
}

export function scdlDeliberationTable(rows: Record<string, string>[]): string[][] {
  return [SCDL_DELIBERATIONS_COLUMNS, ...rows.map((r) => SCDL_DELIBERATIONS_COLUMNS.map((c) => r[c] ?? ''))];
}

/** The schema's checks, then the documented cross-field rules. */
export function validateDeliberations(table: string[][]): CellError[] {
  const errors = validateTable(SCDL_DELIBERATIONS_SCHEMA, table);
  const col = (name: string) => SCDL_DELIBERATIONS_COLUMNS.indexOf(name);
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const [date, prefDate, code, name] = [
      cells[col('DELIB_DATE')],
      cells[col('PREF_DATE')],
      cells[col('DELIB_MATIERE_CODE')],
      cells[col('DELIB_MATIERE_NOM')],
    ];
    if (prefDate && date && prefDate < date)
      errors.push({
        row,
        field: 'PREF_DATE',
        message: `la transmission (${prefDate}) précède la délibération (${date}).`,
      });
    if (code && actesScdlName(code) === null)
      errors.push({ row, field: 'DELIB_MATIERE_CODE', message: `« ${code} » n'est pas un code de matière ACTES.` });
    else if (code && name !== actesScdlName(code))
      errors.push({ row, field: 'DELIB_MATIERE_NOM', message: `le nom de matière ne correspond pas au code ${code}.` });
  });
  return errors;
}

/** The CSV as the open-data validators expect it: commas, UTF-8 without BOM, text as entered (see openDataCsv). */
export function scdlDeliberationsCsv(rows: Record<string, string>[]): string {
  return openDataCsv(scdlDeliberationTable(rows));
}
