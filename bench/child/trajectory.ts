import { sql } from 'kysely';
import { todayInParis } from '../../src/contracts/dates';
import { getTrajectory } from '../../src/server/domains/housing/trajectory.service';
import type { Engine } from '../../src/server/platform/db/connect';
import { addDays } from '../dataset/random';
import { openTarget } from '../lib/databases';
import { seededWorld } from '../lib/fixture';
import { repeated, timed } from '../lib/measure';

/**
 * The trajectory service on a full-scale database (stock and operations), in a process of its own:
 * - computed: three dates never asked before (a result kept per stock version and date cannot
 *   answer them), after one computation that warms the database's buffers;
 * - read again: the same date five times (what a page asks once the stock has not changed);
 * - the floor: one pass over the landlord's dwellings grouped by territory and class, the least
 *   any trajectory must read.
 * Prints one JSON line; `{ cut: true }` when the database cut the first computation (too slow to measure).
 */
const [engine, location] = process.argv.slice(2) as [Engine, string];
const handle = await openTarget({ engine, location });
/** The statement cut by the database's statement_timeout (scenarios/trajectory.ts sets it on the server). */
const cut = (error: unknown) => (error as { code?: string }).code === '57014';
try {
  const { db } = handle;
  const world = await seededWorld(db);
  const today = todayInParis();
  const ask = (daysBefore: number) =>
    getTrajectory(db, world.admin, world.officeId, { asOf: addDays(today, -daysBefore) });
  const warm = await timed(() => ask(10)).catch((error: unknown) => {
    if (cut(error)) return null;
    throw error;
  });
  if (warm === null) {
    console.log(JSON.stringify({ cut: true }));
    process.exit(0);
  }
  const computed: number[] = [];
  for (const daysBefore of [1, 2, 3]) computed.push((await timed(() => ask(daysBefore))).ms);
  computed.sort((a, b) => a - b);
  const again = await repeated(() => ask(1), 5);
  const byEpci = await timed(() =>
    getTrajectory(db, world.admin, world.officeId, { asOf: addDays(today, -4), by: 'epci' }),
  );
  const floor = await repeated(
    () =>
      sql`select territory, effective_class, count(*) from dwellings where organisation_id = ${world.officeId} group by territory, effective_class`.execute(
        db,
      ),
    3,
  );
  const counts = await sql<{ dwellings: number; treated: number; counted: number; operations: number }>`
    select (select count(*)::int from dwellings where organisation_id = ${world.officeId}) as dwellings,
      (select coalesce(sum(c.dwelling_count), 0)::int from operation_class_counts c join operations o on o.id = c.operation_id
        where o.organisation_id = ${world.officeId} and c.target_class is not null) as counted,
      (select count(*)::int from operation_dwellings od join operations o on o.id = od.operation_id where o.organisation_id = ${world.officeId}) as treated,
      (select count(*)::int from operations where organisation_id = ${world.officeId}) as operations`.execute(db);
  console.log(
    JSON.stringify({
      computedMs: computed[1],
      againMs: again.medianMs,
      byEpciMs: byEpci.ms,
      floorMs: floor.medianMs,
      ...counts.rows[0],
    }),
  );
} finally {
  await handle.close();
}
