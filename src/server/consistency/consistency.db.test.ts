import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopePositionsAsOf } from '../domains/finance/finance.queries';
import { decisionsWithFigures } from '../domains/governance/governance.queries';
import { dutyInstancesOfYear } from '../domains/obligations/obligations.queries';
import { describeEachEngine } from '../test/engines';
import { askEveryQuestion } from './ask';
import { bannedAtNext, trajectoryAsOf } from './readers';
import { buildWorld, REVIEW_YEAR, YEAR_END, type World } from './world';

/**
 * One truth: for each question (questions.ts), every surface that shows it gives the answer of the
 * owning domain's published query. One app and one seeded database per engine, shared by every
 * question; each surface is fetched once.
 */
describeEachEngine('consistency: one answer per question on every surface', (engine) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(engine);
  }, 120_000);
  afterAll(async () => w?.built.close());

  askEveryQuestion(() => w);

  // The answers themselves, on the reference data: the disagreements of issue #16, settled.
  describe('the answers on the reference data', () => {
    it(`the ${REVIEW_YEAR} allocation duty is done (29/01/2024), and counts among the year's done duties`, async () => {
      const duties = await dutyInstancesOfYear(engine.db, w.conventionId, REVIEW_YEAR, YEAR_END);
      const allocation = duties.find((d) => d.duty.evidenceKind === 'allocation')!;
      expect(allocation).toMatchObject({ dueOn: '2024-03-31', doneOn: '2024-01-29', status: 'done' });
      expect(duties.filter((d) => d.status === 'done').length).toBeGreaterThan(0);
    });

    it('the investment envelope is 100 M€ on 31/12/2024 and 110 M€ after the amendment of 01/07/2025', async () => {
      const [atYearEnd, now] = await Promise.all([
        envelopePositionsAsOf(engine.db, w.conventionId, YEAR_END),
        envelopePositionsAsOf(engine.db, w.conventionId, w.today),
      ]);
      expect(atYearEnd.find((e) => e.kind === 'investment')).toMatchObject({
        amount: '100000000.00',
        paid: '1200000.00',
        leftToPay: '98800000.00',
      });
      expect(now.find((e) => e.kind === 'investment')).toMatchObject({
        amount: '110000000.00',
        paid: '2000000.00',
        leftToPay: '108000000.00',
      });
    });

    it('the operating envelope, with no 2025 or 2026 allocation, is behind schedule today', async () => {
      const operating = (await envelopePositionsAsOf(engine.db, w.conventionId, w.today)).find(
        (e) => e.kind === 'operating',
      )!;
      expect(operating.forecast.onTrack).toBe(false);
      expect(operating.forecast.missedYears).toContain(2025);
      expect(operating.forecast.remainingYears[0]).toBeGreaterThan(Number(w.today.slice(0, 4)) - 1);
    });

    it('the trajectory on 31/12/2024: three deadlines, G dwellings banned at 01/01/2025, the 100 counted by class delivered', async () => {
      const deadlines = await trajectoryAsOf(w, YEAR_END);
      expect(deadlines.map((d) => d.date)).toEqual(['2025-01-01', '2028-01-01', '2034-01-01']);
      expect(deadlines[0]!.banned).toBeGreaterThan(100);
      expect(deadlines[0]!.delivered).toBe(100);
      expect(await bannedAtNext(w, YEAR_END)).toEqual({ date: '2025-01-01', banned: deadlines[0]!.banned - 100 });
      // Seen from before their delivery, the 100 are planned.
      expect((await trajectoryAsOf(w, '2024-12-01'))[0]).toMatchObject({ delivered: 0, planned: 100 });
    });

    it('the board item of 16/02/2024: 6 departmental councillors do not take part', async () => {
      const board = (await decisionsWithFigures(engine.db, w.conventionId)).find((d) => d.decided_on === '2024-02-16')!;
      expect(board.figures.notTakingPart).toBe(6);
    });
  });
});
