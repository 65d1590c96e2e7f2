import { describe, expect, it } from 'vitest';
import { energyClasses, type EnergyClass } from '../../../contracts/housing';
import {
  bannedClassOn,
  bannedFrom,
  checkVersion,
  deadlineDates,
  isBannedOn,
  versionInForce,
  type Deadline,
} from './calendar.rules';
import {
  betterClass,
  departmentOf,
  hasLettingCalendar,
  isAtLeastAsBadAs,
  territoryOf,
  worseClass,
} from './housing.rules';
import {
  projectTrajectory,
  requiredPace,
  standingAt,
  trajectoryFigures,
  yearsLeft,
  type StockDwelling,
} from './trajectory.rules';

/** The legal calendar as seeded by the migration (loi Climat et résilience, décret 2023-796). */
const CLIMATE_LAW: Deadline[] = [
  { territory: 'mainland', bannedClass: 'G', effectiveFrom: '2025-01-01' },
  { territory: 'mainland', bannedClass: 'F', effectiveFrom: '2028-01-01' },
  { territory: 'mainland', bannedClass: 'E', effectiveFrom: '2034-01-01' },
  { territory: 'overseas', bannedClass: 'G', effectiveFrom: '2028-01-01' },
  { territory: 'overseas', bannedClass: 'F', effectiveFrom: '2031-01-01' },
];

describe('DPE classes', () => {
  it('takes the worse of the energy and GHG classes, either one when the other is missing', () => {
    expect(worseClass('C', 'E')).toBe('E');
    expect(worseClass('G', 'A')).toBe('G');
    expect(worseClass('D', 'D')).toBe('D');
    expect(worseClass(null, 'F')).toBe('F');
    expect(worseClass('B', null)).toBe('B');
    expect(worseClass(null, null)).toBeNull();
    for (const a of energyClasses) for (const b of energyClasses) expect(worseClass(a, b)).toBe(a > b ? a : b);
  });

  it('orders classes from A (best) to G (worst)', () => {
    expect(isAtLeastAsBadAs('G', 'F')).toBe(true);
    expect(isAtLeastAsBadAs('F', 'F')).toBe(true);
    expect(isAtLeastAsBadAs('E', 'F')).toBe(false);
    expect(betterClass('G')).toBe('F');
    expect(betterClass('A')).toBeNull();
  });
});

describe('territories', () => {
  it('reads the department of a commune code, Corsica and overseas included', () => {
    expect(departmentOf('62041')).toBe('62');
    expect(departmentOf('2A004')).toBe('2A');
    expect(departmentOf('97105')).toBe('971');
    expect(departmentOf('97611')).toBe('976');
  });

  it('puts the overseas departments 971 to 976 under the overseas calendar, the rest under the mainland one', () => {
    expect(['97105', '97209', '97302', '97411', '97502', '97611'].map(territoryOf)).toEqual(Array(6).fill('overseas'));
    expect(['62041', '2A004', '75056', '59350'].map(territoryOf)).toEqual(Array(4).fill('mainland'));
  });

  it('leaves the overseas collectivities 977, 978 and 98x outside any calendar', () => {
    expect(['97701', '97801', '98735'].map(hasLettingCalendar)).toEqual([false, false, false]);
    expect(['62041', '97411'].map(hasLettingCalendar)).toEqual([true, true]);
  });
});

describe('the letting-ban calendar', () => {
  it('bans mainland G from 2025, F from 2028, E from 2034', () => {
    expect((['G', 'F', 'E', 'D', 'A'] as EnergyClass[]).map((c) => bannedFrom(CLIMATE_LAW, 'mainland', c))).toEqual([
      '2025-01-01',
      '2028-01-01',
      '2034-01-01',
      null,
      null,
    ]);
    expect(isBannedOn(CLIMATE_LAW, 'mainland', 'G', '2024-12-31')).toBe(false);
    expect(isBannedOn(CLIMATE_LAW, 'mainland', 'G', '2025-01-01')).toBe(true);
    expect(isBannedOn(CLIMATE_LAW, 'mainland', 'F', '2027-12-31')).toBe(false);
    expect(isBannedOn(CLIMATE_LAW, 'mainland', null, '2040-01-01')).toBe(false);
  });

  it('bans overseas G from 2028 (minimum class F) and F from 2031 (minimum class E), never E', () => {
    expect((['G', 'F', 'E'] as EnergyClass[]).map((c) => bannedFrom(CLIMATE_LAW, 'overseas', c))).toEqual([
      '2028-01-01',
      '2031-01-01',
      null,
    ]);
    expect(isBannedOn(CLIMATE_LAW, 'overseas', 'G', '2025-06-01')).toBe(false);
    expect(isBannedOn(CLIMATE_LAW, 'overseas', 'E', '2040-01-01')).toBe(false);
    expect(bannedClassOn(CLIMATE_LAW, 'overseas', '2031-01-01')).toBe('F');
    expect(bannedClassOn(CLIMATE_LAW, 'mainland', '2031-01-01')).toBe('F');
    expect(bannedClassOn(CLIMATE_LAW, 'mainland', '2024-01-01')).toBeNull();
  });

  it('lists the deadline dates of the territories a stock has', () => {
    expect(deadlineDates(CLIMATE_LAW, ['mainland'])).toEqual(['2025-01-01', '2028-01-01', '2034-01-01']);
    expect(deadlineDates(CLIMATE_LAW, ['overseas'])).toEqual(['2028-01-01', '2031-01-01']);
    expect(deadlineDates(CLIMATE_LAW)).toEqual(['2025-01-01', '2028-01-01', '2031-01-01', '2034-01-01']);
  });

  it('uses the latest version in force on the date, not a future one', () => {
    const versions = [
      { id: 'law', inForceFrom: '2021-08-25' },
      { id: 'amended', inForceFrom: '2026-07-01' },
      { id: 'future', inForceFrom: '2030-01-01' },
    ];
    expect(versionInForce(versions, '2021-08-24')).toBeNull();
    expect(versionInForce(versions, '2024-01-01')?.id).toBe('law');
    expect(versionInForce(versions, '2026-07-01')?.id).toBe('amended');
    expect(versionInForce([...versions].reverse(), '2029-12-31')?.id).toBe('amended');
    expect(versionInForce(versions, '2030-01-01')?.id).toBe('future');
  });

  it('accepts a coherent version and names what is wrong in an incoherent one', () => {
    expect(checkVersion(CLIMATE_LAW)).toEqual([]);
    expect(checkVersion(CLIMATE_LAW.filter((d) => d.territory === 'mainland')).map((e) => e.message)).toEqual([
      'Outre-mer (départements 971 à 976) : au moins une échéance est obligatoire.',
    ]);
    const loosening = [
      ...CLIMATE_LAW.filter((d) => d.territory === 'overseas'),
      { territory: 'mainland' as const, bannedClass: 'F' as const, effectiveFrom: '2025-01-01' },
      { territory: 'mainland' as const, bannedClass: 'G' as const, effectiveFrom: '2028-01-01' },
    ];
    expect(checkVersion(loosening)).toEqual([
      {
        field: 'deadlines.3.effectiveFrom',
        message: "Métropole : l'interdiction de la classe G doit suivre, à une date postérieure, celle de la classe F.",
      },
    ]);
    const twice = [
      ...CLIMATE_LAW,
      { territory: 'overseas' as const, bannedClass: 'G' as const, effectiveFrom: '2029-01-01' },
    ];
    expect(checkVersion(twice).map((e) => e.field)).toContain('deadlines.5.bannedClass');
  });
});

describe('the trajectory', () => {
  it('counts the programming years left: the current year counts, the deadline year does not', () => {
    expect(yearsLeft('2028-01-01', '2026-11-29')).toBe(2);
    expect(yearsLeft('2034-01-01', '2026-01-01')).toBe(8);
    expect(yearsLeft('2027-01-01', '2026-12-31')).toBe(1);
    expect(yearsLeft('2025-01-01', '2026-11-29')).toBe(0);
    expect(yearsLeft('2025-01-01', '2025-01-01')).toBe(0);
  });

  it('gives the yearly pace as remaining dwellings over years left, rounded up; none once passed', () => {
    expect(requiredPace(1465, 2)).toBe(733);
    expect(requiredPace(10245, 8)).toBe(1281);
    expect(requiredPace(0, 3)).toBe(0);
    expect(requiredPace(205, 0)).toBeNull();
    expect(
      trajectoryFigures({ banned: 100, delivered: 30, planned: 20, deliveredCounted: 10, plannedCounted: 0 }, 5),
    ).toEqual({
      banned: 100,
      delivered: 30,
      planned: 20,
      deliveredCounted: 10,
      plannedCounted: 0,
      notProgrammed: 50,
      remaining: 70,
      requiredPacePerYear: 14,
    });
  });

  const stockOf = (
    counts: Partial<Record<EnergyClass, number>>,
    territory: 'mainland' | 'overseas' = 'mainland',
  ): StockDwelling[] =>
    Object.entries(counts).flatMap(([c, n]) =>
      Array.from({ length: n }, () => ({ territory, effectiveClass: c as EnergyClass, treatments: [] })),
    );

  it('finds 205 / 1,465 / 10,245 banned dwellings for the convention’s stock when nothing is planned', () => {
    const stock = stockOf({ A: 400, B: 2000, C: 11000, D: 16013, E: 8780, F: 1260, G: 205 });
    const t = projectTrajectory(stock, CLIMATE_LAW, '2026-11-29');
    expect(t.map((d) => [d.date, d.banned, d.notProgrammed, d.requiredPacePerYear])).toEqual([
      ['2025-01-01', 205, 205, null],
      ['2028-01-01', 1465, 1465, 733],
      ['2034-01-01', 10245, 10245, 1281],
    ]);
    expect(t[0]!.passed).toBe(true);
    expect(t[1]!.rules).toEqual([{ territory: 'mainland', bannedClass: 'F' }]);
  });

  it('applies the overseas calendar to overseas dwellings', () => {
    const stock = [...stockOf({ G: 2, F: 3, E: 4 }), ...stockOf({ G: 10, F: 20, E: 40 }, 'overseas')];
    const t = projectTrajectory(stock, CLIMATE_LAW, '2026-11-29');
    expect(t.map((d) => [d.date, d.banned])).toEqual([
      ['2025-01-01', 2],
      ['2028-01-01', 5 + 10],
      ['2031-01-01', 5 + 30],
      ['2034-01-01', 9 + 30],
    ]);
    expect(t[2]!.rules).toEqual([
      { territory: 'mainland', bannedClass: 'F' },
      { territory: 'overseas', bannedClass: 'F' },
    ]);
  });

  it('follows a new calendar version: a later E deadline moves the third step', () => {
    const amended = CLIMATE_LAW.map((d) =>
      d.territory === 'mainland' && d.bannedClass === 'E' ? { ...d, effectiveFrom: '2036-01-01' } : d,
    );
    const t = projectTrajectory(stockOf({ E: 8780, F: 1260, G: 205 }), amended, '2026-11-29');
    expect(t.map((d) => [d.date, d.banned])).toEqual([
      ['2025-01-01', 205],
      ['2028-01-01', 1465],
      ['2036-01-01', 10245],
    ]);
  });

  it('splits banned dwellings into delivered, planned and not programmed', () => {
    const d = (effectiveClass: EnergyClass, treatments: StockDwelling['treatments']): StockDwelling => ({
      territory: 'mainland',
      effectiveClass,
      treatments,
    });
    const delivered = d('G', [{ deliveryDate: '2024-06-30', delivered: true, targetClass: 'C' }]);
    const planned = d('F', [{ deliveryDate: '2027-09-01', delivered: false, targetClass: 'B' }]);
    const tooLate = d('F', [{ deliveryDate: '2028-03-01', delivered: false, targetClass: 'B' }]);
    const notEnough = d('E', [{ deliveryDate: '2026-01-01', delivered: true, targetClass: 'E' }]);
    expect(standingAt(delivered, CLIMATE_LAW, '2025-01-01')).toBe('delivered');
    expect(standingAt(planned, CLIMATE_LAW, '2028-01-01')).toBe('planned');
    expect(standingAt(tooLate, CLIMATE_LAW, '2028-01-01')).toBe('not_programmed');
    expect(standingAt(tooLate, CLIMATE_LAW, '2034-01-01')).toBe('planned');
    expect(standingAt(notEnough, CLIMATE_LAW, '2034-01-01')).toBe('not_programmed');
    expect(standingAt(notEnough, CLIMATE_LAW, '2028-01-01')).toBe('none');
    const t = projectTrajectory([delivered, planned, tooLate, notEnough], CLIMATE_LAW, '2026-11-29');
    expect(t.map((x) => [x.date, x.banned, x.delivered, x.planned, x.notProgrammed, x.remaining])).toEqual([
      ['2025-01-01', 1, 1, 0, 0, 0],
      ['2028-01-01', 3, 1, 1, 1, 2],
      ['2034-01-01', 4, 1, 2, 1, 3],
    ]);
  });
});
