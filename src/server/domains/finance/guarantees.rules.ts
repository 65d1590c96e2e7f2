/** Loan guarantees: the guaranteed part of an outstanding capital, and shares, exact in cents. */

/** outstanding × share % (share as text "50.00"), rounded down to the cent. */
export function guaranteedOutstanding(outstandingCents: bigint, share: string): bigint {
  const [units, decimals = ''] = share.split('.');
  const basisPoints = BigInt(units!) * 100n + BigInt(decimals.padEnd(2, '0').slice(0, 2) || '0');
  return (outstandingCents * basisPoints) / 10000n;
}

/** part / total as a percentage with two decimals ("20.00"), rounded half up. */
export function sharePercent(partCents: bigint, totalCents: bigint): string {
  const basisPoints = (partCents * 20000n + totalCents) / (totalCents * 2n);
  return `${basisPoints / 100n}.${(basisPoints % 100n).toString().padStart(2, '0')}`;
}

/** The row with the latest `as_of` on or before the date. */
export function latestOnOrBefore<T extends { as_of: string }>(rows: T[], date: string): T | undefined {
  return rows.filter((r) => r.as_of <= date).sort((a, b) => (a.as_of < b.as_of ? 1 : -1))[0];
}
