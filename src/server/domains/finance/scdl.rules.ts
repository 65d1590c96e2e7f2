import { formatDateFr } from '../../../contracts/dates';
import { scheduleKindLabels } from '../../../contracts/finance';
import { parseEuros } from '../../../contracts/money';
import { openDataCsv } from '../../platform/spreadsheets';
import type { TableSchema } from '../../platform/table-schema';
import type { ScheduleKind } from './finance.rules';
import scdlSchemaJson from './scdl-subventions-2.1.1.schema.json' with { type: 'json' };

/**
 * The open-data publication of subsidy conventions: décret n° 2017-779 and arrêté du 17 novembre
 * 2017 make a Département publish the essential data of every subsidy convention over 23 000 €,
 * in the SCDL « subventions » format (version 2.1.1, a Table Schema copied next to this file from
 * the reference). Pure: the service gives the agreements and the parties, this file gives the rows,
 * the CSV; platform/table-schema.ts checks a table against the schema.
 */

export const SCDL_SCHEMA: TableSchema = scdlSchemaJson as unknown as TableSchema;
/** The CSV header: every field of the schema, in its order (validators compare the header with it). */
export const SCDL_COLUMNS = SCDL_SCHEMA.fields.map((f) => f.name);

/** "Subventions dont le montant dépasse 23 000 euros" (décret 2017-779, art. 1) : strictly more. */
export const SCDL_THRESHOLD_CENTS = 2_300_000n;

export interface ScdlParty {
  name: string;
  siret: string;
}

export interface ScdlContext {
  /** The Département, which grants the subsidy. */
  attribuant: ScdlParty;
  /** The landlord, sole beneficiary. */
  beneficiaire: ScdlParty;
  /** The instructing service: the Département's direction (its SIRET is the Département's). */
  serviceInstructeur: ScdlParty;
  /** The programme: the partnership convention, e.g. "Convention de partenariat 2024-2033". */
  dispositif: string;
  /** The end of the period the extract covers (today). */
  updatedOn: string;
}

export interface ScdlAgreement {
  id: string;
  year: number;
  /** Euros as the API writes them: "4000000.00". */
  amount: string;
  signedOn: string | null;
  purpose: string;
  justificationDeadline: string | null;
  schedule: { kind: ScheduleKind; amount: string }[];
  /** The yearly allocation's deliberation (délibération d'application). */
  decision: { body: string; date: string; number: string | null };
}

export type ScdlRow = Record<string, string>;

const singleLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** At most `max` characters (Unicode code points, as Table Schema counts them); an ellipsis marks a cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Free text for a published cell: as entered, on one line, clipped (not neutralised: see openDataCsv). */
const publishedText = (text: string, max?: number) => {
  const line = singleLine(text);
  return max === undefined ? line : clip(line, max);
};

const centsOf = (euros: string) => {
  const cents = parseEuros(euros);
  if (cents === null) throw new Error(`Montant invalide : ${euros}`);
  return cents;
};

/** part / total in percent, rounded half up to two decimals, French comma, trailing zeros dropped: "30", "33,33". */
function percentOf(part: bigint, total: bigint): string {
  const hundredths = (part * 20000n + total) / (total * 2n);
  const units = hundredths / 100n;
  const rest = hundredths % 100n;
  if (rest === 0n) return `${units}`;
  return `${units},${rest.toString().padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * "Avance 30 % : 1200000.00 € ; solde : 2800000.00 €": each schedule line's kind, its share of the
 * agreement (except the balance, which is the rest) and its amount, clipped to 256 characters.
 */
export function describeSchedule(amount: string, schedule: ScdlAgreement['schedule']): string {
  const total = centsOf(amount);
  const parts = schedule.map((line, i) => {
    const label = scheduleKindLabels[line.kind];
    const name = i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
    const share =
      schedule.length > 1 && line.kind !== 'balance' && total > 0n
        ? ` ${percentOf(centsOf(line.amount), total)} %`
        : '';
    return `${name}${share} : ${line.amount} €`;
  });
  return clip(parts.join(' ; '), 256);
}

/** Whether an agreement is published: signed (dated) and over 23 000 €. */
export function isPublished(agreement: Pick<ScdlAgreement, 'signedOn' | 'amount'>): boolean {
  return agreement.signedOn !== null && centsOf(agreement.amount) > SCDL_THRESHOLD_CENTS;
}

/** One SCDL row per published agreement (see isPublished), every schema column present, '' when unknown. */
export function scdlRows(context: ScdlContext, agreements: ScdlAgreement[]): ScdlRow[] {
  return agreements.filter(isPublished).map((g) => {
    const signedOn = g.signedOn!;
    const reference = g.decision.number
      ? `${g.decision.body}, délibération n° ${g.decision.number}`
      : `${g.decision.body}, délibération du ${formatDateFr(g.decision.date)}`;
    const values: ScdlRow = {
      idSubvention: g.id,
      nomAttribuant: publishedText(context.attribuant.name),
      idAttribuant: context.attribuant.siret,
      nomServiceInstructeur: publishedText(context.serviceInstructeur.name),
      idServiceInstructeur: context.serviceInstructeur.siret,
      nomBeneficiaire: publishedText(context.beneficiaire.name),
      idBeneficiaire: context.beneficiaire.siret,
      exerciceBudgetaire: String(g.year),
      // Each funding agreement is the yearly convention of one allocation: one budget year.
      pluriannualite: 'non',
      dateDecision: g.decision.date,
      dateConvention: signedOn,
      referenceDecision: publishedText(reference),
      dispositif: publishedText(context.dispositif),
      statutLabel: 'attribuée',
      objet: publishedText(g.purpose, 256),
      nature: 'aide en numéraire',
      // The API's decimal string as is: a dot, two decimals, never through a float.
      montant: g.amount,
      conditionsVersement: g.schedule.length > 1 ? 'échelonné' : 'unique',
      descriptionConditionsVersement: publishedText(describeSchedule(g.amount, g.schedule), 256),
      // A single date when the payment date is known; payments here follow requests, so the period
      // from the signature to the justification deadline when there is one.
      datesPeriodeVersement:
        g.justificationDeadline && g.justificationDeadline > signedOn
          ? `${signedOn}/${g.justificationDeadline}`
          : signedOn,
      notificationUE: 'non',
      // pourcentageSubvention is NOT the subsidy's share of the operation's cost (Copil does not
      // know that cost). The schema defines it as the share of the subsidy's total amount that
      // goes to this beneficiary: "Dans le cas d'un bénéficiaire unique, le pourcentage est 100%,
      // soit '1.00'". A funding agreement has one beneficiary, the landlord: 1.00 is exact.
      pourcentageSubvention: '1.00',
      dateMiseAJour: context.updatedOn,
    };
    return Object.fromEntries(SCDL_COLUMNS.map((c) => [c, values[c] ?? '']));
  });
}

/** The table as written: the header (the schema's field names, in order) then the rows. */
export function scdlTable(rows: ScdlRow[]): string[][] {
  return [SCDL_COLUMNS, ...rows.map((row) => SCDL_COLUMNS.map((c) => row[c] ?? ''))];
}

/**
 * The publication file. The schema declares no CSV dialect, so the Table Schema / CSV Dialect
 * defaults apply, as the SCDL guides state them: comma separator, '"' quoting with doubled quotes
 * (RFC 4180), CRLF, UTF-8 — and no byte order mark, which open-data validators would read as
 * part of the first column's name. (The French Excel exports elsewhere use ';' and a BOM.)
 */
export function scdlCsv(rows: ScdlRow[]): string {
  return openDataCsv(scdlTable(rows));
}

// ---------------------------------------------------------------------------------------------
// Validation against a Table Schema (the subset SCDL uses), as a publication validator would.
