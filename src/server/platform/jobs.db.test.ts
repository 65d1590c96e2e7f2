import { beforeAll, expect, it } from 'vitest';
import { connectServer } from './db/connect';
import { describeEachEngine } from '../test/engines';
import { claimNext, enqueue, runDueJobs, startJobRunner } from './jobs';

/** The PostgreSQL job queue: singletons, retries, a dead runner's job taken again, and two runners on one server. */
describeEachEngine('job queue', (engine) => {
  beforeAll(async () => {
    await engine.db.deleteFrom('jobs').execute();
  });

  it('enqueues once per singleton key, runs due jobs only, retries then fails', async () => {
    expect(await enqueue(engine.db, 'test.hello', { n: 1 }, { singletonKey: 'hello:1' })).toBe(true);
    expect(await enqueue(engine.db, 'test.hello', { n: 2 }, { singletonKey: 'hello:1' })).toBe(false);
    await enqueue(engine.db, 'test.hello', { n: 3 }, { runAt: new Date(Date.now() + 3_600_000) });
    await enqueue(engine.db, 'test.flaky', {}, { maxAttempts: 2 });
    const seen: unknown[] = [];
    const errors: string[] = [];
    const handlers = {
      'test.hello': async (payload: Record<string, unknown>) => void seen.push(payload.n),
      'test.flaky': async () => {
        throw new Error('SMTP indisponible');
      },
    };
    expect(await runDueJobs(engine.db, handlers, (e) => errors.push((e as Error).message))).toBe(2);
    expect(seen).toEqual([1]);
    expect(errors).toEqual(['SMTP indisponible']);
    const flaky = await engine.db
      .selectFrom('jobs')
      .selectAll()
      .where('name', '=', 'test.flaky')
      .executeTakeFirstOrThrow();
    expect(flaky).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SMTP indisponible' });
    expect(flaky.run_at.getTime()).toBeGreaterThan(Date.now());
    await engine.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() - 1000) })
      .where('id', '=', flaky.id)
      .execute();
    await runDueJobs(engine.db, handlers);
    expect(
      await engine.db
        .selectFrom('jobs')
        .select(['status', 'attempts'])
        .where('id', '=', flaky.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'failed', attempts: 2 });
    // Nothing else is due; the job planned in an hour waits.
    expect(await runDueJobs(engine.db, handlers)).toBe(0);
  });

  it('takes again a job whose runner died, and enqueues a daily job once a day', async () => {
    await enqueue(engine.db, 'test.orphan');
    const claimed = await claimNext(engine.db, ['test.orphan']);
    expect(claimed).toBeDefined();
    expect(await claimNext(engine.db, ['test.orphan'])).toBeUndefined(); // running, not stale
    await engine.db
      .updateTable('jobs')
      .set({ locked_at: new Date(Date.now() - 20 * 60_000) })
      .where('id', '=', claimed!.id)
      .execute();
    expect((await claimNext(engine.db, ['test.orphan']))?.id).toBe(claimed!.id);

    let runs = 0;
    let hourly = 0;
    const runner = startJobRunner(engine.db, {
      handlers: { 'test.daily': async () => void runs++, 'test.hourly': async () => void hourly++ },
      daily: ['test.daily'],
      hourly: ['test.hourly'], // like the audit checkpoints (issue #17)
      pollMs: 3_600_000,
    });
    await runner.tick();
    await runner.tick();
    await runner.stop();
    expect(runs).toBe(1);
    expect(hourly).toBe(1);
    const keys = await engine.db.selectFrom('jobs').select('singleton_key').where('name', '=', 'test.hourly').execute();
    expect(keys.map((k) => k.singleton_key)).toEqual([`test.hourly:${new Date().toISOString().slice(0, 13)}`]);
  });
});

describeEachEngine(
  'job queue race',
  (engine) => {
    it('never gives one job to two runners on one PostgreSQL server', async () => {
      for (let i = 0; i < 40; i++) await enqueue(engine.db, 'test.race', { i });
      const second = connectServer(engine.url!);
      const done: number[] = [];
      const handler = async (payload: Record<string, unknown>) => {
        await new Promise((r) => setTimeout(r, 2));
        done.push(payload.i as number);
      };
      try {
        const [a, b] = await Promise.all([
          runDueJobs(engine.db, { 'test.race': handler }),
          runDueJobs(second.db, { 'test.race': handler }),
        ]);
        expect(a + b).toBe(40);
        expect(a).toBeGreaterThan(0);
        expect(b).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
      expect(done.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    });
  },
  { serverOnly: true },
);
