import { describe, expect, it } from 'vitest';
import { decisionProblems, derivedDepartmentTotal, derivedTotalBasis, mayDecide, mayExamine } from './guarantees.rules';

const M = (millions: number) => BigInt(millions) * 1_000_000_00n;

describe('the Département total derived from the reported share', () => {
  it('178 M€ at 20 % is 890 M€, and the basis says it is an estimate', () => {
    expect(derivedDepartmentTotal(M(178), '20.00')).toBe(M(890));
    expect(derivedDepartmentTotal(M(178), '20')).toBe(M(890));
    const basis = derivedTotalBasis('178000000.00', '20.00', '2023-12-31', 'Convention 2024-2033, article 1 : …');
    expect(basis).toMatch(/^estimé : 178\s000\s000,00\s€ garantis à 20 % du total au 31\/12\/2023/);
    expect(basis).toContain('Convention 2024-2033, article 1');
  });

  it('rounds half up to the cent, and refuses a zero share', () => {
    expect(derivedDepartmentTotal(100n, '33.33')).toBe(300n); // 300.03 → 300
    expect(derivedDepartmentTotal(1n, '12.50')).toBe(8n);
    expect(derivedDepartmentTotal(M(5), '100.00')).toBe(M(5));
    expect(() => derivedDepartmentTotal(M(1), '0.00')).toThrow(RangeError);
  });
});

describe('a guarantee request’s path', () => {
  it('is examined while not decided, and decided only once examined', () => {
    expect(['submitted', 'in_examination', 'granted', 'refused'].map((s) => mayExamine(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['submitted', 'in_examination', 'granted', 'refused'].map((s) => mayDecide(s as never))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('a decision is dated between the examination and today', () => {
    const request = { submitted_on: '2026-03-01', examination_started_on: '2026-03-10' };
    expect(decisionProblems(request, '2026-03-10', '2026-04-01')).toEqual([]);
    expect(decisionProblems(request, '2026-03-09', '2026-04-01')).toEqual([
      { field: 'decidedOn', message: 'Date de la décision : pas avant le 10/03/2026.' },
    ]);
    expect(decisionProblems(request, '2026-04-02', '2026-04-01')).toEqual([
      { field: 'decidedOn', message: 'Date de la décision : pas dans le futur.' },
    ]);
    expect(decisionProblems({ ...request, examination_started_on: null }, '2026-03-01', '2026-03-01')).toEqual([]);
  });
});
