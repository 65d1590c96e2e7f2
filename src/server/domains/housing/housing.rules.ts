import { energyClasses, type EnergyClass, type Territory } from '../../../contracts/housing';

/**
 * Pure rules of the stock: DPE classes (A best … G worst), the effective class of a dwelling, and
 * the territory whose letting-ban calendar applies to a commune.
 */

export function isEnergyClass(value: string): value is EnergyClass {
  return (energyClasses as readonly string[]).includes(value);
}

/** 0 for A … 6 for G. */
export const classRank = (c: EnergyClass): number => energyClasses.indexOf(c);

/** True when `c` is `threshold` or a worse class. */
export const isAtLeastAsBadAs = (c: EnergyClass, threshold: EnergyClass): boolean =>
  classRank(c) >= classRank(threshold);

/**
 * The DPE class of a dwelling: the worse of its energy and GHG classes. With one of the two
 * missing, the other; with both missing (no DPE), none. The database computes the same in the
 * generated column dwellings.effective_class.
 */
export function worseClass(energy: EnergyClass | null, ghg: EnergyClass | null): EnergyClass | null {
  if (energy === null) return ghg;
  if (ghg === null) return energy;
  return classRank(energy) >= classRank(ghg) ? energy : ghg;
}

/** The class just better than `c` (the minimum class required once `c` is banned); A has none. */
export function betterClass(c: EnergyClass): EnergyClass | null {
  return classRank(c) === 0 ? null : energyClasses[classRank(c) - 1]!;
}

/**
 * Overseas departments, whose calendar differs (décret n° 2002-120, art. 3 bis II: Guadeloupe,
 * Martinique, Guyane, La Réunion, Mayotte). The issue and DESIGN.md name the range 971–976; 975
 * (Saint-Pierre-et-Miquelon) is kept with them as they say, though the decree does not list it.
 */
export const OVERSEAS_DEPARTMENTS = ['971', '972', '973', '974', '975', '976'] as const;

/** The department of an INSEE commune code: '62' for 62041, '2A' for 2A004, '971' for 97105. */
export function departmentOf(communeCode: string): string {
  return communeCode.startsWith('97') || communeCode.startsWith('98')
    ? communeCode.slice(0, 3)
    : communeCode.slice(0, 2);
}

export function territoryOf(communeCode: string): Territory {
  return (OVERSEAS_DEPARTMENTS as readonly string[]).includes(departmentOf(communeCode)) ? 'overseas' : 'mainland';
}

/** Communes outside mainland France and the overseas departments (977, 978, 98x) have no calendar. */
export function hasLettingCalendar(communeCode: string): boolean {
  const department = departmentOf(communeCode);
  return !department.startsWith('98') && department !== '977' && department !== '978';
}

/**
 * A dwelling's retirement from the stock (sale, demolition, merge): on a day that is not in the
 * future (it records what happened), and once only — a retired dwelling stays retired.
 */
export function retirementProblems(
  on: string,
  today: string,
  alreadyRetiredOn: string | null,
): { field: string; message: string }[] {
  if (alreadyRetiredOn !== null)
    return [{ field: 'on', message: `Ce logement est déjà sorti du parc (le ${frenchDate(alreadyRetiredOn)}).` }];
  if (on > today)
    return [{ field: 'on', message: "Date de sortie : elle ne peut pas être postérieure à aujourd'hui." }];
  if (on < '1900-01-01') return [{ field: 'on', message: 'Date de sortie : date invalide.' }];
  return [];
}

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');
