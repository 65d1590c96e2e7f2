import { territories, territoryLabels, type EnergyClass, type Territory } from '../../../contracts/housing';
import type { FieldError } from '../../platform/errors';
import { classRank, isAtLeastAsBadAs } from './housing.rules';

/**
 * The letting-ban calendar is data: dated versions, each a set of deadlines "from date D, dwellings
 * of class C or worse may no longer be let" per territory. The version in force on a date is the
 * latest whose in-force date is on or before it.
 */
export interface Deadline {
  territory: Territory;
  bannedClass: EnergyClass;
  effectiveFrom: string;
}

export interface CalendarVersion {
  id: string;
  inForceFrom: string;
  deadlines: Deadline[];
}

export function versionInForce<V extends { inForceFrom: string }>(versions: V[], on: string): V | null {
  let found: V | null = null;
  for (const v of versions) if (v.inForceFrom <= on && (found === null || v.inForceFrom > found.inForceFrom)) found = v;
  return found;
}

/** The first date from which a dwelling of class `c` in `territory` may no longer be let, or null. */
export function bannedFrom(deadlines: Deadline[], territory: Territory, c: EnergyClass | null): string | null {
  if (c === null) return null;
  let first: string | null = null;
  for (const d of deadlines) {
    if (d.territory === territory && isAtLeastAsBadAs(c, d.bannedClass) && (first === null || d.effectiveFrom < first))
      first = d.effectiveFrom;
  }
  return first;
}

export function isBannedOn(deadlines: Deadline[], territory: Territory, c: EnergyClass | null, date: string): boolean {
  const from = bannedFrom(deadlines, territory, c);
  return from !== null && from <= date;
}

/** The best class banned on `date` in `territory` (everything from it to G is banned), or null. */
export function bannedClassOn(deadlines: Deadline[], territory: Territory, date: string): EnergyClass | null {
  let best: EnergyClass | null = null;
  for (const d of deadlines) {
    if (
      d.territory === territory &&
      d.effectiveFrom <= date &&
      (best === null || classRank(d.bannedClass) < classRank(best))
    )
      best = d.bannedClass;
  }
  return best;
}

/** The distinct deadline dates of the given territories, in order. */
export function deadlineDates(deadlines: Deadline[], of: readonly Territory[] = territories): string[] {
  return [...new Set(deadlines.filter((d) => of.includes(d.territory)).map((d) => d.effectiveFrom))].sort();
}

/**
 * What is wrong with a new version, as field errors (empty when it is coherent): every territory
 * has deadlines, a class appears once per territory, and a later deadline bans a better class
 * (the calendar only tightens: G, then F, then E).
 */
export function checkVersion(deadlines: Deadline[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const territory of territories) {
    const own = deadlines.map((d, index) => ({ ...d, index })).filter((d) => d.territory === territory);
    const label = territoryLabels[territory];
    if (own.length === 0) {
      errors.push({ field: 'deadlines', message: `${label} : au moins une échéance est obligatoire.` });
      continue;
    }
    const seen = new Set<EnergyClass>();
    for (const d of own) {
      if (seen.has(d.bannedClass))
        errors.push({
          field: `deadlines.${d.index}.bannedClass`,
          message: `${label} : la classe ${d.bannedClass} figure deux fois.`,
        });
      seen.add(d.bannedClass);
    }
    const sorted = [...own].sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom
        ? classRank(b.bannedClass) - classRank(a.bannedClass)
        : a.effectiveFrom.localeCompare(b.effectiveFrom),
    );
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (current.bannedClass === previous.bannedClass) continue;
      if (
        current.effectiveFrom === previous.effectiveFrom ||
        classRank(current.bannedClass) > classRank(previous.bannedClass)
      ) {
        errors.push({
          field: `deadlines.${current.index}.effectiveFrom`,
          message: `${label} : l'interdiction de la classe ${current.bannedClass} doit suivre, à une date postérieure, celle de la classe ${previous.bannedClass}.`,
        });
      }
    }
  }
  return errors;
}
