import { formatDateFr } from './dates';
import { centsToEuros, parseEuros } from './money';

/**
 * fr-FR formats for what people read: numbers, euros, dates. Euros arrive as decimal strings
 * ("4000000.00") and are formatted from the string, never through a float.
 */
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const numberFormat = new Intl.NumberFormat('fr-FR');

/** "4000000.00" → "4 000 000,00 €" (Intl formats a decimal string exactly). */
export function formatEuros(amount: string): string {
  return euroFormat.format(amount as unknown as number);
}

const percentFormats = new Map<number, Intl.NumberFormat>();

/** 12.345 (percentage points) → "12 %" (or "12,3 %" with one digit): the way pages and documents write a share. */
export function formatPercent(points: number, fractionDigits = 0): string {
  let format = percentFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: fractionDigits });
    percentFormats.set(fractionDigits, format);
  }
  return `${format.format(points)} %`;
}

export function formatNumber(value: number | bigint | string): string {
  return numberFormat.format(value as number);
}

/** The months in French, January first: "mars 2025", "1er janvier 2024". */
export const frenchMonthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** "2024-01-01" → "01/01/2024" */
export function formatDate(iso: string | null | undefined, empty = 'non renseignée'): string {
  return iso ? formatDateFr(iso) : empty;
}

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant, in Paris time: "29/11/2026 12:31:05". */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso)).replace(',', '');
}

/**
 * What a person types as an amount ("4 000 000,50", "4000000,5 €", "1.200.000,00") → the API's
 * decimal string ("4000000.50"). Spaces (also non-breaking), "€" and thousands dots are dropped,
 * the decimal comma becomes a dot. Text that is not an amount is returned trimmed, unchanged, so
 * the server refuses it with its message on the field.
 */
export function toApiAmount(typed: string): string {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, '');
  let normalised = compact;
  if (compact.includes(',')) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if ((compact.match(/\./g) ?? []).length > 1) normalised = compact.replace(/\./g, '');
  return /^\d+(\.\d{1,2})?$/.test(normalised) ? normalised.replace(/^0+(?=\d)/, '') : typed.trim();
}

/** The typed amount in cents, or null when it is not an amount (live totals in forms). */
export function typedCents(typed: string): bigint | null {
  const text = toApiAmount(typed);
  return /^\d+(\.\d{1,2})?$/.test(text) ? parseEuros(text) : null;
}

/** Cents → "4 000 000,00 €". */
export function formatCents(cents: bigint): string {
  return formatEuros(centsToEuros(cents));
}

/** Cents → what a person would type: "1 200 000,00" (for fields filled by a helper). */
export function centsToTyped(cents: bigint): string {
  const units = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${units},${(cents % 100n).toString().padStart(2, '0')}`;
}

/** Short French name of an envelope's kind, as in "Convention financière 2024 — investissement". */
export const envelopeKindShortLabels = { investment: 'investissement', operating: 'fonctionnement' } as const;

/** The one way a financial convention is named on pages, documents, exports and messages. */
export function fundingAgreementLabel(year: number, kind: keyof typeof envelopeKindShortLabels): string {
  return `Convention financière ${year} — ${envelopeKindShortLabels[kind]}`;
}
