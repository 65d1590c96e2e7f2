import { energyClasses, type EnergyClass } from '../../src/contracts/housing';
import { stockRows } from './stock';
import type { Rng } from './random';

/**
 * What the operations need to know of the generated stock, read once from the same generator that
 * writes the RPLS file (so the keys and classes are those the import will store), in typed arrays
 * so that 1,000,000 dwellings cost a few megabytes: each dwelling's commune and effective class
 * (the worse of its two DPE labels, none for an "01/1900" DPE), and its key `R:<IDENT_REP>`.
 */
export class StockIndex {
  readonly size: number;
  readonly communes: string[] = [];
  private readonly communeOf: Int32Array;
  private readonly classOf: Int8Array;
  /** Department code of each commune: a dwelling's IDENT_REP is rebuilt from it and its line. */
  private readonly departmentOf: string[] = [];
  private readonly used: Uint8Array;
  /** Renovation candidates (E, F, G) per commune, worst class first. */
  private readonly candidates = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();
  /** Every candidate, worst class first (shuffled within a class). */
  private readonly queue: number[];
  private queueAt = 0;

  constructor(dwellings: number, seed: number, rng: Rng) {
    this.size = dwellings;
    this.communeOf = new Int32Array(dwellings);
    this.classOf = new Int8Array(dwellings);
    this.used = new Uint8Array(dwellings);
    const communeIds = new Map<string, number>();
    let i = 0;
    for (const cells of stockRows(dwellings, seed)) {
      const code = cells[2]!;
      let c = communeIds.get(code);
      if (c === undefined) {
        c = this.communes.length;
        communeIds.set(code, c);
        this.communes.push(code);
        this.departmentOf.push(cells[1]!);
      }
      this.communeOf[i] = c;
      const noDpe = cells[9]!.endsWith('/1900');
      this.classOf[i] = noDpe
        ? -1
        : Math.max(energyClasses.indexOf(cells[10] as EnergyClass), energyClasses.indexOf(cells[11] as EnergyClass));
      if (cells[12] !== this.ident(i)) throw new Error(`Patrimoine généré : IDENT_REP inattendu ligne ${i + 2}.`);
      i++;
    }
    const byClass: number[][] = energyClasses.map(() => []);
    for (let d = 0; d < dwellings; d++) {
      const k = this.classOf[d]!;
      if (k >= energyClasses.indexOf('E')) byClass[k]!.push(d);
    }
    this.queue = byClass.reverse().flatMap((list) => rng.shuffle(list));
    for (const d of this.queue) {
      const c = this.communeOf[d]!;
      const list = this.candidates.get(c);
      if (list) list.push(d);
      else this.candidates.set(c, [d]);
    }
  }

  /** The IDENT_REP the stock generator gives line d (stock.ts). */
  private ident(d: number): string {
    return `0${this.departmentOf[this.communeOf[d]!]!}${String(d).padStart(10, '0')}`;
  }

  key(d: number): string {
    return `R:${this.ident(d)}`;
  }

  commune(d: number): string {
    return this.communes[this.communeOf[d]!]!;
  }

  effectiveClass(d: number): EnergyClass | null {
    const k = this.classOf[d]!;
    return k < 0 ? null : energyClasses[k]!;
  }

  /**
   * Up to `count` renovation candidates of one commune, the worst first: the commune of the worst
   * candidate still free. Each dwelling is taken once in the whole dataset, so none is ever in two
   * active renovations.
   */
  takeCandidates(count: number): number[] {
    while (this.queueAt < this.queue.length && this.used[this.queue[this.queueAt]!]) this.queueAt++;
    if (this.queueAt >= this.queue.length) return [];
    const commune = this.communeOf[this.queue[this.queueAt]!]!;
    const list = this.candidates.get(commune)!;
    let at = this.cursor.get(commune) ?? 0;
    const taken: number[] = [];
    while (taken.length < count && at < list.length) {
      const d = list[at++]!;
      if (this.used[d]) continue;
      this.used[d] = 1;
      taken.push(d);
    }
    this.cursor.set(commune, at);
    return taken;
  }

  /** Up to `count` free dwellings of the commune of a random free one (adaptations, demolitions). */
  takeAny(count: number, rng: Rng): number[] {
    for (let attempt = 0; attempt < 50; attempt++) {
      const first = rng.int(0, this.size - 1);
      if (this.used[first]) continue;
      const taken = [first];
      this.used[first] = 1;
      const commune = this.communeOf[first]!;
      // Neighbours in the file are spread over communes: walk forward to find the same commune.
      for (let d = first + 1; d < this.size && taken.length < count && d - first < count * 400; d++) {
        if (!this.used[d] && this.communeOf[d] === commune) {
          this.used[d] = 1;
          taken.push(d);
        }
      }
      return taken;
    }
    return [];
  }

  /** A commune drawn in proportion to the stock (operations counted by class, establishments). */
  randomCommune(rng: Rng): string {
    return this.commune(rng.int(0, this.size - 1));
  }
}
