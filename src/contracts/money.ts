/**
 * Euros travel through the API as decimal strings with two decimals ("4000000.00") and are stored
 * as bigint cents. Never a float: conversions work on the digits.
 */
const EUROS = /^(-)?(\d{1,15})(?:[.,](\d{1,2}))?$/;

/** "4000000.00" | "4000000" | "4000000,5" → 400000050n … ; null when not an amount. */
export function parseEuros(text: string): bigint | null {
  const match = EUROS.exec(text.trim());
  if (!match) return null;
  const [, sign, units, decimals = ''] = match;
  const cents = BigInt(units!) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
  return sign ? -cents : cents;
}

/** 400000000n → "4000000.00" */
export function centsToEuros(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${rest}`;
}
