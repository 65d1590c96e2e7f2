import { describe, expect, it } from 'vitest';
import { referenceEnvelopes, referenceGuaranteePortfolio } from '../../seed/reference-finance';
import { divRound, forecastEnvelope, lapseWatch, type LapseInput } from './forecast.rules';
import { derivedDepartmentTotal, guaranteedOutstanding, latestOnOrBefore, sharePercent } from './guarantees.rules';

const M = (millions: number) => BigInt(millions) * 1_000_000_00n;
const period = { periodStart: '2024-01-01', periodEnd: '2033-12-31' };
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('forecastEnvelope on the seed', () => {
  const [investment, operating] = referenceEnvelopes;

  it('investment: 100 M€ with 4 M€ in 2024 → 96 M€ left over 2025–2033, 10 666 666,67 € a year needed, out in 2048 at the current pace', () => {
    expect(investment!.amountCents).toBe(M(100));
    const f = forecastEnvelope({
      amountCents: investment!.amountCents,
      ...period,
      allocations: [{ year: 2024, amountCents: investment!.allocation2024Cents }],
    });
    expect(f).toEqual({
      allocatedCents: M(4),
      remainingCents: M(96),
      remainingYears: years(2025, 2033),
      missedYears: [],
      requiredPaceCents: 1_066_666_667n,
      currentPaceCents: M(4),
      projectedExhaustionYear: 2048,
      onTrack: false,
    });
  });

  it('operating: 50 M€ with 5 M€ in 2024 → 45 M€ left, 5 M€ a year, used up in 2033: on track', () => {
    const f = forecastEnvelope({
      amountCents: operating!.amountCents,
      ...period,
      allocations: [{ year: 2024, amountCents: operating!.allocation2024Cents }],
    });
    expect(f).toEqual({
      allocatedCents: M(5),
      remainingCents: M(45),
      remainingYears: years(2025, 2033),
      missedYears: [],
      requiredPaceCents: M(5),
      currentPaceCents: M(5),
      projectedExhaustionYear: 2033,
      onTrack: true,
    });
  });
});

describe('forecastEnvelope edge cases', () => {
  it('without any allocation: the whole period remains, no current pace, no projection', () => {
    expect(forecastEnvelope({ amountCents: M(100), ...period, allocations: [] })).toEqual({
      allocatedCents: 0n,
      remainingCents: M(100),
      remainingYears: years(2024, 2033),
      missedYears: [],
      requiredPaceCents: M(10),
      currentPaceCents: null,
      projectedExhaustionYear: null,
      onTrack: false,
    });
  });

  it('fully allocated before the end: nothing left, exhausted in the last allocated year', () => {
    const f = forecastEnvelope({
      amountCents: M(100),
      ...period,
      allocations: [
        { year: 2024, amountCents: M(60) },
        { year: 2025, amountCents: M(40) },
      ],
    });
    expect(f).toMatchObject({
      remainingCents: 0n,
      remainingYears: years(2026, 2033),
      requiredPaceCents: 0n,
      currentPaceCents: M(50),
      projectedExhaustionYear: 2025,
      onTrack: true,
    });
  });

  it('fully allocated year by year up to the last: no remaining year, no required pace', () => {
    const allocations = years(2024, 2033).map((year) => ({ year, amountCents: M(10) }));
    expect(forecastEnvelope({ amountCents: M(100), ...period, allocations })).toEqual({
      allocatedCents: M(100),
      remainingCents: 0n,
      remainingYears: [],
      missedYears: [],
      requiredPaceCents: null,
      currentPaceCents: M(10),
      projectedExhaustionYear: 2033,
      onTrack: true,
    });
  });

  it('with only the last year left, its pace is what remains', () => {
    const allocations = years(2024, 2032).map((year) => ({ year, amountCents: M(9) }));
    expect(forecastEnvelope({ amountCents: M(100), ...period, allocations })).toMatchObject({
      remainingCents: M(19),
      remainingYears: [2033],
      requiredPaceCents: M(19),
      currentPaceCents: M(9),
      projectedExhaustionYear: 2035,
      onTrack: false,
    });
  });

  it('counts the years elapsed up to the last allocation, gaps included', () => {
    const f = forecastEnvelope({
      amountCents: M(100),
      ...period,
      allocations: [
        { year: 2024, amountCents: M(10) },
        { year: 2026, amountCents: M(20) },
      ],
    });
    expect(f).toMatchObject({
      allocatedCents: M(30),
      remainingYears: years(2027, 2033),
      requiredPaceCents: M(10),
      currentPaceCents: M(10),
      projectedExhaustionYear: 2033,
      onTrack: true,
    });
  });
});

describe('forecastEnvelope as of a date', () => {
  const operating2024 = [{ year: 2024, amountCents: M(5) }];
  const at = (asOf: string, allocations = operating2024, amountCents = M(50)) =>
    forecastEnvelope({ amountCents, ...period, allocations, asOf });

  it('December 2026 without a 2025 or 2026 allocation: 2027–2033 remain, 2025 and 2026 missed, behind schedule', () => {
    expect(at('2026-12-07')).toEqual({
      allocatedCents: M(5),
      remainingCents: M(45),
      remainingYears: years(2027, 2033),
      missedYears: [2025, 2026],
      requiredPaceCents: 642_857_143n,
      currentPaceCents: 166_666_667n,
      projectedExhaustionYear: 2026 + 27,
      onTrack: false,
    });
  });

  it('in the first quarter the current year can still be allocated: it remains', () => {
    expect(at('2025-03-31')).toMatchObject({ remainingYears: years(2025, 2033), missedYears: [], onTrack: true });
    expect(at('2025-04-01')).toMatchObject({ remainingYears: years(2026, 2033), missedYears: [2025], onTrack: false });
  });

  it('on the 31/12 of the first year, the same as at the start once that year is allocated', () => {
    expect(at('2024-12-31')).toEqual(forecastEnvelope({ amountCents: M(50), ...period, allocations: operating2024 }));
  });

  it('before the period: every year remains', () => {
    expect(at('2023-06-01', [])).toMatchObject({ remainingYears: years(2024, 2033), missedYears: [] });
  });

  it('after the period: no year remains, no pace, every year without allocation is missed', () => {
    expect(at('2034-05-01')).toMatchObject({
      remainingYears: [],
      missedYears: years(2025, 2033),
      requiredPaceCents: null,
      onTrack: false,
    });
  });

  it('an allocation voted ahead for a later year keeps its year out of the remaining ones', () => {
    expect(
      at('2024-06-01', [
        { year: 2024, amountCents: M(5) },
        { year: 2025, amountCents: M(5) },
      ]),
    ).toMatchObject({ remainingYears: years(2026, 2033), missedYears: [], requiredPaceCents: M(5), onTrack: true });
  });

  it('ahead in money despite a missed year: on track by the pace', () => {
    expect(
      at('2026-06-01', [
        { year: 2024, amountCents: M(30) },
        { year: 2026, amountCents: M(20) },
      ]),
    ).toMatchObject({ remainingCents: 0n, missedYears: [2025], projectedExhaustionYear: 2026, onTrack: true });
  });
});

describe('divRound', () => {
  it('divides integers rounding half up', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(4n, 2n)).toBe(2n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(8n, 3n)).toBe(3n);
    expect(divRound(1n, 2n)).toBe(1n);
    expect(divRound(1n, 3n)).toBe(0n);
    expect(divRound(0n, 9n)).toBe(0n);
    expect(divRound(M(96), 9n)).toBe(1_066_666_667n);
    expect(divRound(M(100), 3n)).toBe(3_333_333_333n);
    expect(divRound(M(200), 3n)).toBe(6_666_666_667n);
  });
});

describe('lapseWatch', () => {
  const base: LapseInput = { today: '2025-03-01', allocations: [], agreements: [], requests: [] };
  const kinds = (input: Partial<LapseInput>) => lapseWatch({ ...base, ...input });

  it('flags the allocations of past years not (fully) committed, never the current year', () => {
    const alerts = kinds({
      today: '2025-01-02',
      allocations: [
        { id: 'a2024', year: 2024, amountCents: M(4), committedCents: 0n },
        { id: 'b2024', year: 2024, amountCents: M(5), committedCents: M(3) },
        { id: 'c2024', year: 2024, amountCents: M(5), committedCents: M(5) },
        { id: 'd2025', year: 2025, amountCents: M(5), committedCents: 0n },
      ],
    });
    expect(alerts).toEqual([
      { kind: 'allocation_not_committed', allocationId: 'a2024', year: 2024, uncommittedCents: M(4) },
      { kind: 'allocation_not_committed', allocationId: 'b2024', year: 2024, uncommittedCents: M(2) },
    ]);
    expect(
      kinds({ today: '2024-12-31', allocations: [{ id: 'a2024', year: 2024, amountCents: M(4), committedCents: 0n }] }),
    ).toEqual([]);
  });

  it('flags an agreement signed more than 6 months ago without any request, not at exactly 6 months', () => {
    const agreement = (signedOn: string | null, requestCount = 0) => ({
      agreements: [{ id: 'g', signedOn, requestCount }],
    });
    expect(kinds({ today: '2025-07-15', ...agreement('2025-01-15') })).toEqual([]);
    expect(kinds({ today: '2025-07-16', ...agreement('2025-01-15') })).toEqual([
      { kind: 'agreement_without_request', agreementId: 'g', signedOn: '2025-01-15', since: '2025-07-15' },
    ]);
    expect(kinds({ today: '2025-07-16', ...agreement('2025-01-15', 1) })).toEqual([]);
    expect(kinds({ today: '2030-01-01', ...agreement(null) })).toEqual([]);
  });

  it('month ends: 31 August + 6 months is 28 February; 29 February + 6 months is 29 August', () => {
    expect(kinds({ today: '2025-02-28', agreements: [{ id: 'g', signedOn: '2024-08-31', requestCount: 0 }] })).toEqual(
      [],
    );
    expect(kinds({ today: '2025-03-01', agreements: [{ id: 'g', signedOn: '2024-08-31', requestCount: 0 }] })).toEqual([
      { kind: 'agreement_without_request', agreementId: 'g', signedOn: '2024-08-31', since: '2025-02-28' },
    ]);
    expect(kinds({ today: '2024-08-29', agreements: [{ id: 'g', signedOn: '2024-02-29', requestCount: 0 }] })).toEqual(
      [],
    );
    expect(
      kinds({ today: '2024-08-30', agreements: [{ id: 'g', signedOn: '2024-02-29', requestCount: 0 }] }),
    ).toHaveLength(1);
    expect(kinds({ today: '2025-06-30', agreements: [{ id: 'g', signedOn: '2024-12-31', requestCount: 0 }] })).toEqual(
      [],
    );
    expect(
      kinds({ today: '2025-07-01', agreements: [{ id: 'g', signedOn: '2024-12-31', requestCount: 0 }] }),
    ).toHaveLength(1);
  });

  it('flags a submitted request waiting more than 30 days (31), not 30, and only while submitted', () => {
    const request = (status: string, submittedOn: string | null) => ({ requests: [{ id: 'r', status, submittedOn }] });
    expect(kinds({ today: '2025-01-31', ...request('submitted', '2025-01-01') })).toEqual([]);
    expect(kinds({ today: '2025-02-01', ...request('submitted', '2025-01-01') })).toEqual([
      { kind: 'request_waiting', requestId: 'r', submittedOn: '2025-01-01', days: 31 },
    ]);
    // Across the change to summer time (30 March 2025): still whole days.
    expect(kinds({ today: '2025-04-16', ...request('submitted', '2025-03-16') })).toEqual([
      { kind: 'request_waiting', requestId: 'r', submittedOn: '2025-03-16', days: 31 },
    ]);
    for (const status of ['draft', 'returned', 'approved', 'paid', 'rejected'])
      expect(kinds({ today: '2026-01-01', ...request(status, '2025-01-01') })).toEqual([]);
    expect(kinds({ today: '2026-01-01', ...request('submitted', null) })).toEqual([]);
  });
});

describe('guarantees.rules', () => {
  it('guaranteedOutstanding: outstanding × share, rounded down to the cent', () => {
    expect(guaranteedOutstanding(800_000_00n, '50.00')).toBe(400_000_00n);
    expect(guaranteedOutstanding(800_000_00n, '100')).toBe(800_000_00n);
    expect(guaranteedOutstanding(800_000_00n, '100.00')).toBe(800_000_00n);
    expect(guaranteedOutstanding(1_000_00n, '33.33')).toBe(333_30n);
    expect(guaranteedOutstanding(1_00n, '33.33')).toBe(33n); // 33.33 cents → 33
    expect(guaranteedOutstanding(1n, '50')).toBe(0n);
    expect(guaranteedOutstanding(1_000_00n, '12.5')).toBe(125_00n);
    expect(guaranteedOutstanding(0n, '50.00')).toBe(0n);
  });

  it('sharePercent: 178 M€ of 890 M€ is "20.00", two decimals rounded half up', () => {
    expect(
      sharePercent(
        referenceGuaranteePortfolio.officeOutstandingCents,
        derivedDepartmentTotal(
          referenceGuaranteePortfolio.officeOutstandingCents,
          referenceGuaranteePortfolio.reportedShare,
        ),
      ),
    ).toBe('20.00');
    expect(sharePercent(M(178), M(890))).toBe('20.00');
    expect(sharePercent(1n, 3n)).toBe('33.33');
    expect(sharePercent(2n, 3n)).toBe('66.67');
    expect(sharePercent(1n, 8n)).toBe('12.50');
    expect(sharePercent(1n, 20000n)).toBe('0.01'); // 0.005 % → half up
    expect(sharePercent(M(5), M(5))).toBe('100.00');
    expect(sharePercent(0n, M(5))).toBe('0.00');
  });

  it('latestOnOrBefore: the row with the latest date on or before the given one', () => {
    const rows = [
      { as_of: '2024-12-31', n: 2 },
      { as_of: '2023-12-31', n: 1 },
      { as_of: '2025-12-31', n: 3 },
    ];
    expect(latestOnOrBefore(rows, '2025-06-30')?.n).toBe(2);
    expect(latestOnOrBefore(rows, '2024-12-31')?.n).toBe(2);
    expect(latestOnOrBefore(rows, '2023-12-30')).toBeUndefined();
    expect(latestOnOrBefore(rows, '2030-01-01')?.n).toBe(3);
  });
});
