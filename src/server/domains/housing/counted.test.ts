import { describe, expect, it } from 'vitest';
import type { EnergyClass } from '../../../contracts/housing';
import type { Deadline } from './calendar.rules';
import { allocateCounted, countedRemaining, UNLOCATED, withCounted, type CountedGroup } from './counted.rules';
import { projectTrajectory, type StockDwelling } from './trajectory.rules';

const LAW: Deadline[] = [
  { territory: 'mainland', bannedClass: 'G', effectiveFrom: '2025-01-01' },
  { territory: 'mainland', bannedClass: 'F', effectiveFrom: '2028-01-01' },
  { territory: 'mainland', bannedClass: 'E', effectiveFrom: '2034-01-01' },
  { territory: 'overseas', bannedClass: 'G', effectiveFrom: '2028-01-01' },
];
const TODAY = '2026-11-29';

const stockOf = (counts: Partial<Record<EnergyClass, number>>, territory: 'mainland' | 'overseas' = 'mainland') =>
  Object.entries(counts).flatMap(([c, n]) =>
    Array.from({ length: n }, (): StockDwelling => ({ territory, effectiveClass: c as EnergyClass, treatments: [] })),
  );

const group = (extra: Partial<CountedGroup> = {}): CountedGroup => ({
  operationId: 'op-1',
  communeCode: '62041',
  classBefore: 'G',
  targetClass: 'C',
  count: 100,
  deliveryDate: '2024-12-15',
  delivered: true,
  cancelled: false,
  pickedClasses: [],
  ...extra,
});

const figures = (t: ReturnType<typeof projectTrajectory>) =>
  t.map((d) => [d.date, d.banned, d.delivered, d.deliveredCounted, d.planned, d.plannedCounted, d.notProgrammed]);

describe('dwellings counted by class in the trajectory', () => {
  it('counts a delivered counted renovation at every deadline its starting class is banned', () => {
    const t = projectTrajectory(stockOf({ G: 205, F: 1260, E: 100 }), LAW, TODAY, [group()]);
    expect(figures(t)).toEqual([
      ['2025-01-01', 205, 100, 100, 0, 0, 105],
      ['2028-01-01', 1465, 100, 100, 0, 0, 1365],
      ['2034-01-01', 1565, 100, 100, 0, 0, 1465],
    ]);
  });

  it('shows a planned counted renovation as planned, only at deadlines after its delivery date', () => {
    const planned = group({ classBefore: 'F', count: 40, deliveryDate: '2029-06-30', delivered: false });
    const t = projectTrajectory(stockOf({ G: 5, F: 60 }), LAW, TODAY, [planned]);
    expect(figures(t)).toEqual([
      ['2025-01-01', 5, 0, 0, 0, 0, 5],
      ['2028-01-01', 65, 0, 0, 0, 0, 65],
      ['2034-01-01', 65, 0, 0, 40, 40, 25],
    ]);
  });

  it('does not count a renovation whose target class is banned too by then', () => {
    const toE = group({ targetClass: 'E' });
    const t = projectTrajectory(stockOf({ G: 10 }), LAW, TODAY, [toE]);
    expect(t.map((d) => d.deliveredCounted)).toEqual([10, 10, 0]);
  });

  it('takes picked dwellings off the count: partial picking, complete picking, other classes untouched', () => {
    const partly = countedRemaining([group({ pickedClasses: ['G', 'G', 'G', 'F'] })]);
    expect(partly.map((g) => g.remaining)).toEqual([97]);
    expect(countedRemaining([group({ count: 2, pickedClasses: ['G', 'G', 'G'] })])).toEqual([]);
    // The picked dwellings count one by one, the rest of the group by class: 3 + 97, never 103.
    const picked = stockOf({ G: 3 }).map((d) => ({
      ...d,
      treatments: [{ deliveryDate: '2024-12-15', delivered: true, targetClass: 'C' as EnergyClass }],
    }));
    const t = projectTrajectory([...picked, ...stockOf({ G: 200 })], LAW, TODAY, [
      group({ pickedClasses: ['G', 'G', 'G'] }),
    ]);
    expect(figures(t)[0]).toEqual(['2025-01-01', 203, 100, 97, 0, 0, 103]);
  });

  it('leaves out cancelled operations and groups with no target class or delivery date', () => {
    expect(
      countedRemaining([group({ cancelled: true }), group({ targetClass: null }), group({ deliveryDate: null })]),
    ).toEqual([]);
    const t = projectTrajectory(stockOf({ G: 50 }), LAW, TODAY, [group({ cancelled: true })]);
    expect(t[0]!.delivered).toBe(0);
  });

  it('never brings out more dwellings than the stock has of the class, in the territory named', () => {
    const t = projectTrajectory([...stockOf({ G: 30 }), ...stockOf({ G: 500 }, 'overseas')], LAW, TODAY, [
      group({ count: 100 }),
    ]);
    expect(figures(t)).toEqual([
      ['2025-01-01', 30, 30, 30, 0, 0, 0],
      ['2028-01-01', 530, 30, 30, 0, 0, 500],
      ['2034-01-01', 530, 30, 30, 0, 0, 500],
    ]);
  });

  it('gives the room left to delivered groups first, then by delivery date', () => {
    const groups = countedRemaining([
      group({ operationId: 'planned', delivered: false, deliveryDate: '2024-06-01', count: 8 }),
      group({ operationId: 'late', deliveryDate: '2024-11-01', count: 8 }),
      group({ operationId: 'early', deliveryDate: '2024-10-01', count: 8 }),
    ]);
    const credits = allocateCounted(groups, LAW, '2025-01-01', new Map([['mainland|G', 12]]));
    expect(credits.map((c) => [c.group.operationId, c.credit])).toEqual([
      ['early', 8],
      ['late', 4],
    ]);
  });

  it('places counted dwellings in a breakdown by their commune, the rest on an unlocated line that keeps the sum', () => {
    const groups = countedRemaining([
      group({ count: 10 }),
      group({ operationId: 'op-2', communeCode: '62193', count: 5 }),
    ]);
    const rows = [
      { date: '2025-01-01', key: null, is_total: true, banned: 20, delivered: 0, planned: 0 },
      { date: '2025-01-01', key: '62041', is_total: false, banned: 6, delivered: 0, planned: 0 },
      { date: '2025-01-01', key: '62193', is_total: false, banned: 14, delivered: 0, planned: 0 },
    ];
    const free = [
      { date: '2025-01-01', key: '62041', territory: 'mainland' as const, class: 'G' as const, free: 6 },
      { date: '2025-01-01', key: '62193', territory: 'mainland' as const, class: 'G' as const, free: 14 },
    ];
    const byCommune = withCounted(rows, free, groups, LAW, (code) => code);
    expect(byCommune.map((r) => [r.key, r.delivered, r.deliveredCounted])).toEqual([
      [null, 15, 15],
      ['62041', 6, 6],
      ['62193', 5, 5],
      [UNLOCATED, 4, 4],
    ]);
    const byQpv = withCounted(rows, free, groups, LAW, () => null);
    expect(byQpv.filter((r) => !r.is_total).reduce((n, r) => n + r.delivered, 0)).toBe(15);
    expect(byQpv.find((r) => r.key === UNLOCATED)).toMatchObject({ banned: 0, delivered: 15 });
  });
});

describe('retired dwellings in the trajectory', () => {
  it('leaves a retired dwelling out as of its retirement date, not before', () => {
    const stock = [...stockOf({ G: 3 }), { ...stockOf({ G: 1 })[0]!, retiredOn: '2026-06-30' }];
    expect(projectTrajectory(stock, LAW, '2026-06-29')[0]!.banned).toBe(4);
    expect(projectTrajectory(stock, LAW, '2026-06-30')[0]!.banned).toBe(3);
  });
});
