import { sql, type Kysely } from 'kysely';
import { todayInParis } from '../../contracts/dates';
import type { Database } from './db/schema';

type Db = Kysely<Database>;

/**
 * The background job queue, kept in PostgreSQL (table `jobs`), so any number of instances share
 * it: a job is claimed with `FOR UPDATE SKIP LOCKED`, so two runners never take the same one; a
 * singleton key makes an enqueue idempotent (a daily job is enqueued by every instance, runs once).
 * On the embedded database the same code runs in-process. A job whose runner died is taken again
 * once its lock is older than STALE_AFTER; a failed job is retried with a growing delay, then kept
 * as `failed` with its error.
 */
export type JobHandler = (
  payload: Record<string, unknown>,
  job: { id: bigint; name: string; attempts: number },
) => Promise<void>;

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** At most one job with this key, ever: a second enqueue does nothing and returns false. */
  singletonKey?: string;
  maxAttempts?: number;
}

const STALE_AFTER = "interval '15 minutes'";

/** Adds a job to the queue; returns false when its singleton key was already used. */
export async function enqueue(
  db: Db,
  name: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<boolean> {
  const row = await db
    .insertInto('jobs')
    .values({
      name,
      payload: JSON.stringify(payload),
      singleton_key: options.singletonKey ?? null,
      run_at: options.runAt ?? new Date(),
      max_attempts: options.maxAttempts ?? 3,
      last_error: null,
      locked_at: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('singleton_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Claims the next due job among `names` (committed at once, so the row lock is short). */
export async function claimNext(db: Db, names: string[]) {
  if (names.length === 0) return undefined;
  const { rows } = await sql<{ id: bigint; name: string; payload: unknown; attempts: number; max_attempts: number }>`
    update jobs set status = 'running', locked_at = now(), attempts = attempts + 1
    where id = (
      select id from jobs
      where name in (${sql.join(names)})
        and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_at < now() - ${sql.raw(STALE_AFTER)}))
      order by run_at, id
      for update skip locked
      limit 1
    )
    returning id, name, payload, attempts, max_attempts`.execute(db);
  const job = rows[0];
  if (!job) return undefined;
  const payload =
    typeof job.payload === 'string'
      ? (JSON.parse(job.payload) as Record<string, unknown>)
      : ((job.payload ?? {}) as Record<string, unknown>);
  return { ...job, id: BigInt(job.id), payload };
}

/** Runs due jobs until none is left; returns how many ran (successfully or not). */
export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  onError: (error: unknown, job: { name: string }) => void = () => undefined,
): Promise<number> {
  let ran = 0;
  for (;;) {
    const job = await claimNext(db, Object.keys(handlers));
    if (!job) return ran;
    ran++;
    try {
      await handlers[job.name]!(job.payload, { id: job.id, name: job.name, attempts: job.attempts });
      await db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: new Date(), last_error: null })
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      onError(error, job);
      const failed = job.attempts >= job.max_attempts;
      const retryAt = new Date(Date.now() + 60_000 * 2 ** job.attempts);
      await db
        .updateTable('jobs')
        .set({
          status: failed ? 'failed' : 'pending',
          run_at: retryAt,
          last_error: error instanceof Error ? error.message : String(error),
          finished_at: failed ? new Date() : null,
        })
        .where('id', '=', job.id)
        .execute();
    }
  }
}

export interface JobRunner {
  /** One pass: enqueue today's and this hour's recurring jobs, then run what is due. */
  tick(): Promise<number>;
  /** Stops polling and waits for the pass in progress. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler>;
  /** Job names enqueued once a day (Paris calendar), whatever the number of instances. */
  daily?: string[];
  /** Job names enqueued once an hour (UTC hour), whatever the number of instances. */
  hourly?: string[];
  pollMs?: number;
  onError?: (error: unknown, job: { name: string }) => void;
}

export function startJobRunner(db: Db, options: JobRunnerOptions): JobRunner {
  let current: Promise<number> | null = null;
  let stopped = false;
  const tick = () => {
    current ??= (async () => {
      try {
        for (const name of options.daily ?? [])
          await enqueue(db, name, {}, { singletonKey: `${name}:${todayInParis()}` });
        for (const name of options.hourly ?? [])
          await enqueue(db, name, {}, { singletonKey: `${name}:${new Date().toISOString().slice(0, 13)}` });
        return await runDueJobs(db, options.handlers, options.onError);
      } finally {
        current = null;
      }
    })();
    return current;
  };
  const pass = () => {
    if (!stopped) tick().catch((error: unknown) => options.onError?.(error, { name: '(file des tâches)' }));
  };
  const timer = setInterval(pass, options.pollMs ?? 60_000);
  timer.unref();
  setImmediate(pass);
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await current?.catch(() => undefined);
    },
  };
}
