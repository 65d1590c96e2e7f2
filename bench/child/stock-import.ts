import { createReadStream, statSync } from 'node:fs';
import { dwellingsQuery } from '../../src/contracts/housing';
import { importStock } from '../../src/server/domains/housing/import/import.service';
import { exportDwellings } from '../../src/server/domains/housing/exports.service';
import { getTrajectory } from '../../src/server/domains/housing/trajectory.service';
import type { Engine } from '../../src/server/platform/db/connect';
import { openTarget } from '../lib/databases';
import { seededWorld } from '../lib/fixture';
import { repeated, rssSampler, timed } from '../lib/measure';

/**
 * One stock import in a process of its own, so that its peak memory is the importer's: opens the
 * target (reference data already loaded by prepare.ts), imports the file through the same service the API calls
 * (full validation, staging, merge, audit), then times the trajectory on the imported stock.
 * Prints one JSON line.
 */
const [engine, location, file, extra] = process.argv.slice(2) as [Engine, string, string, string | undefined];
const handle = await openTarget({ engine, location });
try {
  const world = await seededWorld(handle.db);
  const bytes = statSync(file).size;
  const filename = file.split('/').pop()!;
  const baseRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const sampler = rssSampler();
  const run = await timed(() =>
    importStock(handle.db, world.admin, world.officeId, { filename, stream: createReadStream(file), bytesExpected: bytes, mode: 'all_or_nothing' }, Number.MAX_SAFE_INTEGER),
  );
  const peakRssMb = sampler.stop();
  const trajectory = await repeated(() => getTrajectory(handle.db, world.admin, world.officeId, {}), 3);
  const exported = extra === 'export' ? await timed(() => exportDwellings(handle.db, world.admin, world.officeId, dwellingsQuery.parse({}), 'xlsx')) : null;
  console.log(JSON.stringify({ exportMs: exported?.ms, importMs: run.ms, rows: run.value.counts.rowsValid, status: run.value.status, baseRssMb, peakRssMb, trajectoryMs: trajectory.medianMs }));
} finally {
  await handle.close();
}
