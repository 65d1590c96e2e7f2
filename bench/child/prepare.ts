import type { Engine } from '../../src/server/platform/db/connect';
import { openTarget } from '../lib/databases';
import { seededWorld } from '../lib/fixture';

/**
 * Loads the reference data into a target, in a process of its own (so later measurements start
 * clean). The demonstration stock is removed, as the landlord's first real import would: the
 * import scenarios then measure N rows in, not N rows in plus 39,658 demonstration rows out.
 */
const [engine, location] = process.argv.slice(2) as [Engine, string];
const handle = await openTarget({ engine, location });
try {
  const world = await seededWorld(handle.db);
  await handle.db.transaction().execute(async (trx) => {
    for (const table of ['dwellings', 'buildings', 'establishments'] as const) {
      await trx.deleteFrom(table).where('organisation_id', '=', world.officeId).where('is_demo', '=', true).execute();
    }
  });
  console.log(JSON.stringify(world));
} finally {
  await handle.close();
}
