import { describe, expect, it } from 'vitest';
import { questions } from './questions';
import type { World } from './world';

/**
 * Declares, for each question (questions.ts) and each surface that shows it, a test comparing the
 * surface's answer with the owning domain's published query on the world `world()` returns.
 * `leftOut` names the surfaces a world does not ask (with the reason, in the caller's comment).
 */
export function askEveryQuestion(world: () => World, leftOut: ReadonlySet<string> = new Set()): void {
  for (const q of questions) {
    const asked = Object.entries(q.surfaces).filter(([surface]) => !leftOut.has(surface));
    if (asked.length === 0) continue;
    describe(q.question, () => {
      for (const [surface, read] of asked) {
        it(surface, async () => {
          const w = world();
          expect(await read(w), `${q.question} — ${surface}`).toEqual(await q.truth(w));
        });
      }
    });
  }
}
