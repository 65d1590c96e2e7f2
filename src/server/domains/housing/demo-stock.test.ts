import { describe, expect, it } from 'vitest';
import { apportion, DEMO_FIGURES, generateDemoStock, presenceCommunes } from '../../seed/demo-stock';
import { communesOfDepartment } from '../../kernel/geography';
import { worseClass } from './housing.rules';

describe('the demonstration stock', () => {
  const communes = communesOfDepartment('62');
  const stock = generateDemoStock(communes);
  const count = <T>(items: T[], pick: (x: T) => unknown, value: unknown) =>
    items.filter((x) => pick(x) === value).length;

  it('uses the 887 real communes of the Pas-de-Calais and their 20 EPCI', () => {
    expect(communes).toHaveLength(887);
    expect(new Set(communes.map((c) => c.epciCode)).size).toBe(20);
  });

  it('matches the convention’s figures exactly', () => {
    const d = stock.dwellings;
    expect(d).toHaveLength(39_658);
    expect(count(d, (x) => x.constructionType, 'collective')).toBe(27_553);
    expect(count(d, (x) => x.constructionType, 'individual')).toBe(12_105);
    const effective = d.map((x) => worseClass(x.energyClass, x.ghgClass));
    expect(['G', 'F', 'E'].map((c) => count(effective, (x) => x, c))).toEqual([205, 1_260, 8_780]);
    expect(['A', 'B', 'C', 'D'].reduce((n, c) => n + count(effective, (x) => x, c), 0)).toBe(39_658 - 10_245);
    const residences = stock.establishments.filter((e) => e.kind !== 'beguinage');
    const beguinages = stock.establishments.filter((e) => e.kind === 'beguinage');
    expect([residences.length, residences.reduce((n, e) => n + e.beds!, 0)]).toEqual([58, 1_839]);
    expect([beguinages.length, beguinages.reduce((n, e) => n + e.dwellings!, 0)]).toEqual([60, 937]);
  });

  it('is present in 209 communes and has a third of its dwellings in priority districts (QPV), as the convention says', () => {
    const d = stock.dwellings;
    expect(new Set(d.map((x) => x.communeCode)).size).toBe(209);
    const inQpv = d.filter((x) => x.qpvCode !== null);
    expect(inQpv).toHaveLength(13_219);
    expect(Math.abs(inQpv.length / d.length - 1 / 3)).toBeLessThan(0.001);
    expect(inQpv.every((x) => x.constructionType === 'collective')).toBe(true);
    const present = new Set(presenceCommunes(communes).map((c) => c.code));
    expect(stock.establishments.every((e) => present.has(e.communeCode))).toBe(true);
  });

  it('spreads dwellings over the 209 most populous communes in proportion to their population', () => {
    const present = presenceCommunes(communes);
    expect(present).toHaveLength(DEMO_FIGURES.communes);
    const per = (code: string) => stock.dwellings.filter((x) => x.communeCode === code).length;
    const total = present.reduce((n, c) => n + c.population, 0);
    for (const code of ['62193', '62041', '62498']) {
      const expected = (DEMO_FIGURES.dwellings * present.find((c) => c.code === code)!.population) / total;
      expect(Math.abs(per(code) - expected)).toBeLessThan(1);
    }
    const smallest = Math.min(...present.map((c) => c.population));
    expect(communes.filter((c) => c.population > smallest).every((c) => present.includes(c))).toBe(true);
  });

  it('is the same on every start and has unique identifiers', () => {
    const again = generateDemoStock(communes);
    expect(again.dwellings.slice(0, 50)).toEqual(stock.dwellings.slice(0, 50));
    expect(again.establishments).toEqual(stock.establishments);
    expect(new Set(stock.dwellings.map((x) => x.identInt)).size).toBe(39_658);
  });

  it('apportions a total exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1_839, [3, 1, 2, 5]).reduce((a, b) => a + b, 0)).toBe(1_839);
  });
});
