import { prng } from '../../src/server/seed/demo-stock';

/**
 * The generator's randomness and calendar: one seeded stream per part of the dataset (so adding a
 * draw in one part never shifts another), identifiers drawn from it (the same file for the same
 * seed), and day arithmetic on 'YYYY-MM-DD' strings in UTC.
 */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number, stream: number) {
    // Streams are spread over the 32-bit space so two parts never share a sequence.
    this.next = prng((Math.imul(seed, 0x9e3779b1) + Math.imul(stream + 1, 0x85ebca6b)) >>> 0);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of `items` drawn with the given weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [item, w] of items) {
      if ((u -= w) < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A version-4 UUID whose bits come from the stream. */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 16; i++) {
      let byte = Math.floor(this.next() * 256);
      if (i === 6) byte = (byte & 0x0f) | 0x40;
      if (i === 8) byte = (byte & 0x3f) | 0x80;
      hex.push(byte.toString(16).padStart(2, '0'));
    }
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Euros in [min, max] as bigint cents, rounded to the euro. */
  euros(min: number, max: number): bigint {
    return BigInt(this.int(min, max)) * 100n;
  }
}

const DAY_MS = 86_400_000;

export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
export const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** A moment of a day (UTC), for the timestamps of an event that happened that day. */
export const at = (iso: string, hour = 9, minute = 0) =>
  new Date(`${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`);

/** A working day: the date itself, or the Monday after when it falls on a weekend. */
export function workingDay(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(iso, 2) : weekday === 0 ? addDays(iso, 1) : iso;
}

/** French date, for texts ("15/03/2025"). */
export const fr = (iso: string) => iso.split('-').reverse().join('/');
