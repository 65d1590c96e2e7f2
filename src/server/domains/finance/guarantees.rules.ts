import { formatEuros } from '../../../contracts/format';

/** Loan guarantees: the guaranteed part of an outstanding capital, and shares, exact in cents. */

/** "20.00" → 2000n basis points. */
const basisPointsOf = (share: string): bigint => {
  const [units, decimals = ''] = share.split('.');
  return BigInt(units!) * 100n + BigInt(decimals.padEnd(2, '0').slice(0, 2) || '0');
};

/** outstanding × share % (share as text "50.00"), rounded down to the cent. */
export function guaranteedOutstanding(outstandingCents: bigint, share: string): bigint {
  return (outstandingCents * basisPointsOf(share)) / 10000n;
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

/**
 * The Département's whole portfolio when only the office's part and its share are reported (the
 * convention: 178 M€, « soit 20 % »): part ÷ share, rounded half up to the cent. An estimate, shown
 * as such with its basis (derivedTotalBasis).
 */
export function derivedDepartmentTotal(officeOutstandingCents: bigint, reportedShare: string): bigint {
  const bp = basisPointsOf(reportedShare);
  if (bp <= 0n) throw new RangeError('La quotité déclarée doit être positive.');
  return (officeOutstandingCents * 20000n + bp) / (bp * 2n);
}

/** "178 000 000,00 € garantis à 20 % du total au 31/12/2023 : 178 000 000,00 € ÷ 20 %" — said where the total is shown. */
export function derivedTotalBasis(officeOutstanding: string, reportedShare: string, asOf: string, source: string) {
  const share = `${reportedShare.replace(/\.00$/, '').replace('.', ',')} %`;
  const [y, m, d] = asOf.split('-');
  const euros = formatEuros(officeOutstanding);
  return `estimé : ${euros} garantis à ${share} du total au ${d}/${m}/${y}, soit ${euros} ÷ ${share} (${source.split(' : ')[0]}).`;
}

export type RequestStatus = 'submitted' | 'in_examination' | 'granted' | 'refused';

/** The Département opens (or completes) the examination of a request not yet decided. */
export const mayExamine = (status: RequestStatus) => status === 'submitted' || status === 'in_examination';
/** A decision follows an examination; a decided request is final (a new request is filed instead). */
export const mayDecide = (status: RequestStatus) => status === 'in_examination';

/**
 * What is wrong with a decision, field by field: dated no earlier than the examination it closes
 * (nor the request), and not in the future.
 */
export function decisionProblems(
  request: { submitted_on: string; examination_started_on: string | null },
  decidedOn: string,
  today: string,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const after = request.examination_started_on ?? request.submitted_on;
  if (decidedOn < after)
    problems.push({
      field: 'decidedOn',
      message: `Date de la décision : pas avant le ${after.split('-').reverse().join('/')}.`,
    });
  if (decidedOn > today) problems.push({ field: 'decidedOn', message: 'Date de la décision : pas dans le futur.' });
  return problems;
}

/** GAR-001, numbered per convention. */
export const guaranteeRequestReference = (n: number) => `GAR-${String(n).padStart(3, '0')}`;
