import { formatDateFr } from '../../contracts/dates';

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

export function formatNumber(value: number | bigint | string): string {
  return numberFormat.format(value as number);
}

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

/** "22620001200012" → "226 200 012 00012" (SIREN then NIC, as printed on documents). */
export function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}
