import { formatCents } from '../../../contracts/format';
/**
 * Pure rules of the finance chain (DESIGN §3 "Finance chain"). Amounts are bigint cents; dates
 * are 'YYYY-MM-DD' strings. No I/O: services call these inside transactions holding row locks.
 */
export type EnvelopeKind = 'investment' | 'operating';

export interface Revision {
  effectiveOn: string;
  amountCents: bigint;
}

/** The envelope's amount as revised on `onDate`: the latest revision in effect, else the voted amount. */
export function envelopeAmountOn(initialCents: bigint, revisions: Revision[], onDate: string): bigint {
  let amount = initialCents;
  let latest = '';
  for (const r of revisions) {
    if (r.effectiveOn <= onDate && r.effectiveOn >= latest) {
      amount = r.amountCents;
      latest = r.effectiveOn;
    }
  }
  return amount;
}

export const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

export interface CeilingBreach {
  ceilingCents: bigint;
  usedCents: bigint;
  requestedCents: bigint;
  availableCents: bigint;
}

/** Adding `requested` to `used` must stay within `ceiling`; returns the breach, or null. */
export function ceilingBreach(ceilingCents: bigint, usedCents: bigint, requestedCents: bigint): CeilingBreach | null {
  if (usedCents + requestedCents <= ceilingCents) return null;
  const available = ceilingCents - usedCents;
  return { ceilingCents, usedCents, requestedCents, availableCents: available < 0n ? 0n : available };
}

export type ScheduleKind = 'advance' | 'instalment' | 'balance';

export interface ScheduleLine {
  kind: ScheduleKind;
  amountCents: bigint;
}

/** A payment schedule: lines summing exactly to the agreement's amount, at most one advance and one balance, the balance last. */
export function scheduleProblems(amountCents: bigint, lines: ScheduleLine[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (lines.length === 0)
    problems.push({ field: 'schedule', message: "L'échéancier doit compter au moins une ligne." });
  const total = sum(lines.map((l) => l.amountCents));
  if (lines.length > 0 && total !== amountCents) {
    problems.push({
      field: 'schedule',
      message: `Les lignes de l'échéancier totalisent ${formatCents(total)} au lieu de ${formatCents(amountCents)} : elles doivent égaler exactement le montant de la convention.`,
    });
  }
  if (lines.filter((l) => l.kind === 'advance').length > 1)
    problems.push({ field: 'schedule', message: "L'échéancier ne peut compter qu'une avance." });
  const balances = lines.filter((l) => l.kind === 'balance').length;
  if (balances > 1) problems.push({ field: 'schedule', message: "L'échéancier ne peut compter qu'un solde." });
  if (balances === 1 && lines.at(-1)?.kind !== 'balance')
    problems.push({ field: 'schedule', message: 'Le solde est la dernière ligne de l’échéancier.' });
  lines.forEach((l, i) => {
    if (l.amountCents <= 0n)
      problems.push({ field: `schedule.${i}.amount`, message: 'Chaque ligne a un montant positif.' });
  });
  return problems;
}

/** Splits an amount into an advance of `percent` % (rounded down to the cent) and the balance. */
export function advanceAndBalance(amountCents: bigint, percent: number): [bigint, bigint] {
  const advance = (amountCents * BigInt(Math.round(percent * 100))) / 10000n;
  return [advance, amountCents - advance];
}

export type RequestStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
export type RequestAction = 'submit' | 'return' | 'approve' | 'reject' | 'pay';

/** The request workflow: draft → submitted → (returned → submitted)* → approved → paid, or rejected. */
const transitions: Record<RequestAction, { from: RequestStatus[]; to: RequestStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted', 'returned'], to: 'rejected' },
  pay: { from: ['approved'], to: 'paid' },
};

export function nextStatus(current: RequestStatus, action: RequestAction): RequestStatus | null {
  const t = transitions[action];
  return t.from.includes(current) ? t.to : null;
}

/** Which side acts: the office drafts and submits; the Département returns, approves, rejects, pays. */
export const actionSide: Record<RequestAction, 'landlord' | 'department'> = {
  submit: 'landlord',
  return: 'department',
  approve: 'department',
  reject: 'department',
  pay: 'department',
};

/** Required documents of a schedule line that the request does not carry yet. */
export function missingDocuments(required: string[], provided: string[]): string[] {
  return required.filter((r) => !provided.includes(r));
}

/** Requests that still count against a schedule line (a rejected one frees its amount). */
export const countsAgainstLine = (status: RequestStatus) => status !== 'rejected';

/** Amounts requested on an agreement (submitted or further, not rejected). */
export const isRequested = (status: RequestStatus) => ['submitted', 'returned', 'approved', 'paid'].includes(status);
