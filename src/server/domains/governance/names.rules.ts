import type { Civility } from '../../../contracts/governance';
import { frenchMonthNames } from '../../../contracts/format';

/**
 * Members are identities, not strings. A source may spell one person several ways
 * ("MEYFROIDT-LEFAIT" and "MEYFROIDT LEFAIT"; "AIT-CHIKHEBBIH" and "AIT CHIKHEBI"): every spelling
 * is reduced to a key (upper case, accents, hyphens, spaces and punctuation removed), and a
 * person's keys are those of each of their spellings, with and without the first name. Spellings
 * that differ by more than that ("CHIKHEBBIH" / "CHIKHEBI") are recorded as aliases of the person.
 * Pure.
 */

const CIVILITY_WORDS = /^(monsieur|madame|mademoiselle|messieurs|mesdames|mme|mlle|mr|m)\.?\s+/i;

/** "Madame Fatima AIT CHIKHEBI" → "Fatima AIT CHIKHEBI". */
export function stripCivility(text: string): string {
  return text.trim().replace(CIVILITY_WORDS, '').trim();
}

/** "Meyfroidt-Lefait" → "MEYFROIDTLEFAIT"; "Aït Chikhebi" → "AITCHIKHEBI". */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** The keys a spelling of a last name stands for: alone, after and before the first name. */
export function spellingKeys(firstName: string | null, lastName: string): string[] {
  const keys = [nameKey(lastName)];
  if (firstName) keys.push(nameKey(`${firstName} ${lastName}`), nameKey(`${lastName} ${firstName}`));
  return [...new Set(keys.filter((k) => k.length > 0))];
}

export interface NameIndexEntry {
  memberId: string;
  key: string;
}

export type Resolution =
  { kind: 'found'; memberId: string } | { kind: 'ambiguous'; memberIds: string[] } | { kind: 'unknown' };

/** Who a name written in a source designates, among the known spellings' keys. */
export function resolveName(text: string, index: NameIndexEntry[]): Resolution {
  const key = nameKey(stripCivility(text));
  if (!key) return { kind: 'unknown' };
  const ids = [...new Set(index.filter((e) => e.key === key).map((e) => e.memberId))];
  if (ids.length === 1) return { kind: 'found', memberId: ids[0]! };
  if (ids.length > 1) return { kind: 'ambiguous', memberIds: ids };
  return { kind: 'unknown' };
}

export interface Person {
  civility: Civility | null;
  firstName: string | null;
  lastName: string;
}

export const civilityWord = (c: Civility | null) => (c === 'M.' ? 'Monsieur' : c === 'Mme' ? 'Madame' : '');

/** "Monsieur COTTIGNY": how minutes list a member. */
export function formalName(p: Person): string {
  return [civilityWord(p.civility), p.lastName].filter(Boolean).join(' ');
}

/** "Monsieur Jean-Louis COTTIGNY". */
export function formalFullName(p: Person): string {
  return [civilityWord(p.civility), p.firstName, p.lastName].filter(Boolean).join(' ');
}

/** "M. FONTALIRAND Bruno": the rapporteur's line. */
export function rapporteurName(p: Person): string {
  return [p.civility, p.lastName, p.firstName].filter(Boolean).join(' ');
}

/** "Jean-Louis COTTIGNY" (signature, lists of people). */
export function fullName(p: Person): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ');
}

/** "a, b et c". */
export function joinFr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** '2024-02-16' → '16 février 2024'; the first day of a month is « 1er ». */
export function longDateFr(iso: string): string {
  const day = Number(iso.slice(8, 10));
  return `${day === 1 ? '1er' : day} ${frenchMonthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
