import { createReadStream, statSync } from 'node:fs';
import { importStock } from '../../src/server/domains/housing/import/import.service';
import type { Engine } from '../../src/server/platform/db/connect';
import { openTarget } from '../lib/databases';
import { seededWorld } from '../lib/fixture';
import { rssSampler, timed } from '../lib/measure';

/**
 * One stock import in a process of its own, so that its peak memory is the importer's: opens the
 * target (reference data already loaded by prepare.ts) and imports the file through the same
 * service the API calls (full validation, staging, merge, audit). Prints one JSON line. The
 * trajectory and the exports are measured on the full-scale dataset (scenarios trajectory and
 * documents), with the operations.
 */
const [engine, location, file] = process.argv.slice(2) as [Engine, string, string];
const handle = await openTarget({ engine, location });
try {
  const world = await seededWorld(handle.db);
  const bytes = statSync(file).size;
  const filename = file.split('/').pop()!;
  const baseRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const sampler = rssSampler();
  const run = await timed(() =>
    importStock(
      handle.db,
      world.admin,
      world.officeId,
      { filename, stream: createReadStream(file), bytesExpected: bytes, mode: 'all_or_nothing' },
      Number.MAX_SAFE_INTEGER,
    ),
  );
  const peakRssMb = sampler.stop();
  console.log(
    JSON.stringify({
      importMs: run.ms,
      rows: run.value.counts.rowsValid,
      status: run.value.status,
      baseRssMb,
      peakRssMb,
    }),
  );
} finally {
  await handle.close();
}
