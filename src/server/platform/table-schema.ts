import { isIsoDate } from '../../contracts/dates';
import { isValidSiret } from '../../contracts/siret';

/**
 * A validator of tables against a Table Schema (the frictionless format the SCDL open-data schemas
 * are written in: subsidies of the finance domain, deliberations of governance), pure.
 */

/** A Table Schema field, as far as the SCDL schema uses it. */
export interface TableField {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    pattern?: string;
    enum?: string[];
    maxLength?: number;
    minLength?: number;
    minimum?: number;
    maximum?: number;
  };
}
export interface TableSchema {
  name?: string;
  version?: string;
  fields: TableField[];
  custom_checks?: { name: string; params: Record<string, string> }[];
}

export interface CellError {
  /** Line in the file: 1 is the header, 2 the first row. */
  row: number;
  field: string;
  message: string;
}

const INTEGER = /^[-+]?\d+$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function typeError(field: TableField, text: string): string | null {
  switch (field.type) {
    case 'string':
      return null;
    case 'integer':
      return INTEGER.test(text) ? null : `« ${text} » n'est pas un entier.`;
    case 'number':
      return NUMBER.test(text) ? null : `« ${text} » n'est pas un nombre (point décimal).`;
    case 'date':
      if (field.format && field.format !== 'default') return `format de date « ${field.format} » non pris en charge.`;
      return isIsoDate(text) ? null : `« ${text} » n'est pas une date AAAA-MM-JJ.`;
    default:
      return `type « ${field.type} » non pris en charge par le validateur.`;
  }
}

function cellErrors(field: TableField, text: string): string[] {
  const c = field.constraints ?? {};
  if (text === '') return c.required ? ['valeur obligatoire manquante.'] : [];
  const wrongType = typeError(field, text);
  if (wrongType) return [wrongType];
  const errors: string[] = [];
  // Table Schema patterns match the whole value.
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(text))
    errors.push(`« ${text} » ne respecte pas le motif ${c.pattern}.`);
  if (c.enum !== undefined && !c.enum.includes(text))
    errors.push(`« ${text} » n'est pas une valeur permise (${c.enum.join(' | ')}).`);
  const length = Array.from(text).length;
  if (c.maxLength !== undefined && length > c.maxLength) errors.push(`${length} caractères, ${c.maxLength} au plus.`);
  if (c.minLength !== undefined && length < c.minLength) errors.push(`${length} caractères, ${c.minLength} au moins.`);
  if (field.type === 'number' || field.type === 'integer') {
    const n = Number(text);
    if (c.minimum !== undefined && n < c.minimum) errors.push(`${text} est inférieur au minimum ${c.minimum}.`);
    if (c.maximum !== undefined && n > c.maximum) errors.push(`${text} est supérieur au maximum ${c.maximum}.`);
  }
  return errors;
}

/**
 * Every problem of a table (header row first) against a Table Schema: the header is the fields in
 * order; each cell is present when required, of its type (string, integer, number, date
 * AAAA-MM-JJ), within its pattern, enum, maxLength/minLength, minimum/maximum; and the schema's
 * custom checks (french-siret-value, one-of-required). An empty cell is a missing value.
 */
export function validateTable(schema: TableSchema, table: string[][]): CellError[] {
  const errors: CellError[] = [];
  const names = schema.fields.map((f) => f.name);
  const [header = [], ...rows] = table;
  names.forEach((name, i) => {
    if (header[i] !== name)
      errors.push({
        row: 1,
        field: name,
        message: `colonne attendue en position ${i + 1}, trouvé « ${header[i] ?? ''} ».`,
      });
  });
  header.slice(names.length).forEach((extra) => errors.push({ row: 1, field: extra, message: 'colonne en trop.' }));
  if (errors.length > 0) return errors;

  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== names.length)
      errors.push({ row, field: '*', message: `${cells.length} cellules, ${names.length} attendues.` });
    const value = (name: string) => cells[names.indexOf(name)] ?? '';
    schema.fields.forEach((field, i) => {
      for (const message of cellErrors(field, cells[i] ?? '')) errors.push({ row, field: field.name, message });
    });
    for (const check of schema.custom_checks ?? []) {
      if (check.name === 'french-siret-value') {
        const column = check.params.column!;
        const siret = value(column);
        if (siret !== '' && !isValidSiret(siret))
          errors.push({
            row,
            field: column,
            message: `« ${siret} » n'est pas un SIRET valide (14 chiffres, clé de contrôle).`,
          });
      } else if (check.name === 'one-of-required') {
        const { column1, column2 } = check.params as { column1: string; column2: string };
        if (value(column1) === '' && value(column2) === '')
          errors.push({ row, field: column1, message: `${column1} ou ${column2} est obligatoire.` });
      } else {
        errors.push({ row, field: '*', message: `contrôle « ${check.name} » inconnu du validateur.` });
      }
    }
  });
  return errors;
}
