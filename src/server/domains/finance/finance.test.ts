import { formatCents } from '../../../contracts/format';
import { describe, expect, it } from 'vitest';
import { eurosInput } from '../../../contracts/finance';
import {
  advanceAndBalance,
  ceilingBreach,
  envelopeAmountOn,
  missingDocuments,
  nextStatus,
  scheduleProblems,
  type RequestAction,
  type RequestStatus,
  type ScheduleLine,
} from './finance.rules';

const M = (millions: number) => BigInt(millions) * 1_000_000_00n;
const NNBSP = '\u202f';

describe('envelopeAmountOn', () => {
  const voted = M(100);
  const revisions = [
    { effectiveOn: '2026-01-01', amountCents: M(110) },
    { effectiveOn: '2028-07-01', amountCents: M(95) },
  ];

  it('is the voted amount before any revision takes effect', () => {
    expect(envelopeAmountOn(voted, [], '2030-01-01')).toBe(voted);
    expect(envelopeAmountOn(voted, revisions, '2025-12-31')).toBe(voted);
  });

  it('takes a revision from its effective date, and the latest one in effect after that', () => {
    expect(envelopeAmountOn(voted, revisions, '2026-01-01')).toBe(M(110));
    expect(envelopeAmountOn(voted, revisions, '2028-06-30')).toBe(M(110));
    expect(envelopeAmountOn(voted, revisions, '2028-07-01')).toBe(M(95));
    expect(envelopeAmountOn(voted, revisions, '2033-12-31')).toBe(M(95));
  });

  it('does not depend on the order of the revisions', () => {
    expect(envelopeAmountOn(voted, [...revisions].reverse(), '2029-01-01')).toBe(M(95));
    expect(envelopeAmountOn(voted, [...revisions].reverse(), '2027-01-01')).toBe(M(110));
  });

  it('on the same day, the revision recorded last wins', () => {
    const sameDay = [
      { effectiveOn: '2026-01-01', amountCents: M(120) },
      { effectiveOn: '2026-01-01', amountCents: M(130) },
    ];
    expect(envelopeAmountOn(voted, sameDay, '2026-01-01')).toBe(M(130));
    expect(envelopeAmountOn(voted, sameDay, '2025-12-31')).toBe(voted);
  });
});

describe('ceilingBreach', () => {
  it('accepts exactly the ceiling', () => {
    expect(ceilingBreach(M(100), M(96), M(4))).toBeNull();
    expect(ceilingBreach(100_000n, 0n, 100_000n)).toBeNull();
  });

  it('refuses one cent over, saying what is left', () => {
    expect(ceilingBreach(M(100), M(96), M(4) + 1n)).toEqual({
      ceilingCents: M(100),
      usedCents: M(96),
      requestedCents: M(4) + 1n,
      availableCents: M(4),
    });
  });

  it('never reports a negative availability', () => {
    const breach = ceilingBreach(M(90), M(96), 1n);
    expect(breach?.availableCents).toBe(0n);
    expect(ceilingBreach(M(100), M(100), 1n)?.availableCents).toBe(0n);
  });
});

describe('scheduleProblems', () => {
  const amount = 4_000_000_00n;
  const ok: ScheduleLine[] = [
    { kind: 'advance', amountCents: 1_200_000_00n },
    { kind: 'balance', amountCents: 2_800_000_00n },
  ];

  it('accepts lines summing exactly to the cent', () => {
    expect(scheduleProblems(amount, ok)).toEqual([]);
    expect(
      scheduleProblems(100_01n, [
        { kind: 'advance', amountCents: 30_00n },
        { kind: 'instalment', amountCents: 40_00n },
        { kind: 'balance', amountCents: 30_01n },
      ]),
    ).toEqual([]);
  });

  it('refuses one cent off, with a message giving both totals', () => {
    const problems = scheduleProblems(amount, [ok[0]!, { kind: 'balance', amountCents: 2_800_000_00n - 1n }]);
    expect(problems).toEqual([
      {
        field: 'schedule',
        message: `Les lignes de l'échéancier totalisent 3${NNBSP}999${NNBSP}999,99\u00a0€ au lieu de 4${NNBSP}000${NNBSP}000,00\u00a0€ : elles doivent égaler exactement le montant de la convention.`,
      },
    ]);
    expect(
      scheduleProblems(amount, [ok[0]!, { kind: 'balance', amountCents: 2_800_000_00n + 1n }])[0]!.message,
    ).toContain('4\u202f000\u202f000,01\u00a0€');
  });

  it('refuses two advances, two balances, and a balance that is not last', () => {
    const half = amount / 4n;
    expect(
      scheduleProblems(amount, [
        { kind: 'advance', amountCents: half },
        { kind: 'advance', amountCents: half },
        { kind: 'balance', amountCents: 2n * half },
      ]).map((p) => p.message),
    ).toEqual(["L'échéancier ne peut compter qu'une avance."]);
    expect(
      scheduleProblems(amount, [
        { kind: 'balance', amountCents: 2n * half },
        { kind: 'balance', amountCents: 2n * half },
      ]).map((p) => p.message),
    ).toEqual(["L'échéancier ne peut compter qu'un solde."]);
    expect(
      scheduleProblems(amount, [
        { kind: 'balance', amountCents: 2n * half },
        { kind: 'instalment', amountCents: 2n * half },
      ]).map((p) => p.message),
    ).toEqual(['Le solde est la dernière ligne de l’échéancier.']);
  });

  it('refuses an empty schedule, and lines that are not positive', () => {
    expect(scheduleProblems(amount, [])).toEqual([
      { field: 'schedule', message: "L'échéancier doit compter au moins une ligne." },
    ]);
    expect(
      scheduleProblems(amount, [
        { kind: 'instalment', amountCents: 0n },
        { kind: 'balance', amountCents: amount },
      ]),
    ).toEqual([{ field: 'schedule.0.amount', message: 'Chaque ligne a un montant positif.' }]);
  });
});

describe('advanceAndBalance', () => {
  it('splits 4 000 000 € at 30 % into 1 200 000 € and 2 800 000 €', () => {
    expect(advanceAndBalance(4_000_000_00n, 30)).toEqual([1_200_000_00n, 2_800_000_00n]);
  });

  it('rounds the advance down to the cent on odd amounts; the two always add up to the amount', () => {
    expect(advanceAndBalance(1_00n, 33)).toEqual([33n, 67n]);
    expect(advanceAndBalance(3333_33n, 30)).toEqual([999_99n, 2333_34n]); // 99 999.9 cents → 99 999
    expect(advanceAndBalance(1n, 50)).toEqual([0n, 1n]);
    expect(advanceAndBalance(1_000_01n, 12.5)).toEqual([125_00n, 875_01n]); // 12 500.125 → 12 500
    for (const amount of [1n, 7n, 99n, 1_000_01n, 3_333_333_33n, 123_456_789_01n]) {
      for (const percent of [0, 1, 12.5, 30, 33.33, 50, 99.99, 100]) {
        const [advance, balance] = advanceAndBalance(amount, percent);
        expect(advance + balance).toBe(amount);
        expect(advance).toBeGreaterThanOrEqual(0n);
        expect(advance * 10000n).toBeLessThanOrEqual(amount * BigInt(Math.round(percent * 100)));
      }
    }
  });
});

describe('nextStatus', () => {
  const statuses: RequestStatus[] = ['draft', 'submitted', 'returned', 'approved', 'paid', 'rejected'];
  const actions: RequestAction[] = ['submit', 'return', 'approve', 'reject', 'pay'];
  const legal: Record<string, RequestStatus> = {
    'draft/submit': 'submitted',
    'returned/submit': 'submitted',
    'submitted/return': 'returned',
    'submitted/approve': 'approved',
    'submitted/reject': 'rejected',
    'returned/reject': 'rejected',
    'approved/pay': 'paid',
  };

  for (const status of statuses) {
    for (const action of actions) {
      const expected = legal[`${status}/${action}`] ?? null;
      it(`${status} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextStatus(status, action)).toBe(expected);
      });
    }
  }

  it('lets a returned request go back to submitted, and the cycle repeat', () => {
    let s: RequestStatus = 'draft';
    for (const a of ['submit', 'return', 'submit', 'return', 'submit', 'approve', 'pay'] as const)
      s = nextStatus(s, a)!;
    expect(s).toBe('paid');
  });
});

describe('missingDocuments', () => {
  it('lists the required documents not provided, in the required order', () => {
    expect(missingDocuments(['Ordre de service', 'Facture', 'Attestation'], ['Facture'])).toEqual([
      'Ordre de service',
      'Attestation',
    ]);
    expect(missingDocuments(['Ordre de service'], ['Ordre de service', 'Autre'])).toEqual([]);
    expect(missingDocuments([], ['Autre'])).toEqual([]);
    expect(missingDocuments(['Facture'], [])).toEqual(['Facture']);
  });
});

describe('formatCents (contracts/format)', () => {
  it('formats cents fr-FR: narrow no-break spaces between thousands, a comma, two decimals', () => {
    expect(formatCents(4_000_000_00n)).toBe(`4${NNBSP}000${NNBSP}000,00\u00a0€`);
    expect(formatCents(1_066_666_667n)).toBe(`10${NNBSP}666${NNBSP}666,67\u00a0€`);
    expect(formatCents(120_05n)).toBe('120,05\u00a0€');
    expect(formatCents(5n)).toBe('0,05\u00a0€');
    expect(formatCents(0n)).toBe('0,00\u00a0€');
    expect(formatCents(-1_234_56n)).toBe(`-1${NNBSP}234,56\u00a0€`);
    expect(formatCents(100_000_000_00n)).toBe(`100${NNBSP}000${NNBSP}000,00\u00a0€`);
  });
});

describe('eurosInput (contracts)', () => {
  const schema = eurosInput('Montant');

  it('accepts decimal strings with a dot and up to two decimals, as bigint cents', () => {
    expect(schema.parse('4000000.00')).toBe(4_000_000_00n);
    expect(schema.parse('1200.5')).toBe(1200_50n);
    expect(schema.parse('300')).toBe(300_00n);
    expect(schema.parse('0.01')).toBe(1n);
  });

  it.each(['4 000 000', '4000000,00', '-5', '1.234', 'abc', '0', '', '0.00'])(
    'refuses %j with a message naming the field',
    (text) => {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      const messages = result.error!.issues.map((i) => i.message);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).toMatch(/^Montant : /);
    },
  );

  it('says why: not a decimal number, or not positive', () => {
    expect(schema.safeParse('4000000,00').error!.issues[0]!.message).toMatch(/montant invalide/);
    expect(schema.safeParse('0').error!.issues[0]!.message).toBe('Montant : le montant doit être positif.');
    expect(schema.safeParse(4000000).error!.issues[0]!.message).toMatch(
      /^Montant : montant attendu sous forme de texte/,
    );
  });
});
