import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { verifyWholeChain } from '../../src/server/domains/audit/audit.service';
import { importStock } from '../../src/server/domains/housing/import/import.service';
import { recordAudit } from '../../src/server/platform/audit';
import type { Db, Engine } from '../../src/server/platform/db/connect';
import type { Manifest } from '../dataset/full';
import { openTarget } from '../lib/databases';
import { datasetProblems } from '../lib/dataset-checks';
import { runDatasetScript } from '../lib/load-script';
import { seededWorld } from '../lib/fixture';
import { timed } from '../lib/measure';

/**
 * Loads the full-scale dataset into a target that prepare.ts seeded: the RPLS stock through
 * `importStock` (the API's service: validation, merge, its audit event), then the SQL script in
 * one transaction, below the services: the rows arrive by multi-row INSERTs, so the audit trail
 * gets no event per row but ONE event for the whole load (file, SHA-256, rows per table), chained
 * by recordAudit like any other; the chain still verifies. Then the rules the services enforce
 * are checked on the loaded data (dataset-checks.ts), and the statistics refreshed.
 * Prints one JSON line: the timings and the world the scenarios act in.
 */
const [engine, location, csv, script] = process.argv.slice(2) as [Engine, string, string, string];
const manifest = JSON.parse(readFileSync(script.replace(/\.sql$/, '.json'), 'utf8')) as Manifest;

async function runScript(db: Db, file: string): Promise<number> {
  return runDatasetScript(db, file, async (trx) => {
    const admin = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'admin@copil.local')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { userId: admin.id, label: 'Banc de mesure : chargement du jeu de données' },
      {
        entityType: 'bench_dataset',
        entityId: manifest.sha256,
        action: 'load',
        after: {
          file: path.basename(file),
          sha256: manifest.sha256,
          dwellings: manifest.dwellings,
          seed: manifest.seed,
          asOf: manifest.asOf,
          rows: manifest.rows,
        },
      },
    );
  });
}

const handle = await openTarget({ engine, location });
try {
  const world = await seededWorld(handle.db);
  const imported = await timed(() =>
    importStock(
      handle.db,
      world.admin,
      world.officeId,
      {
        filename: path.basename(csv),
        stream: createReadStream(csv),
        bytesExpected: statSync(csv).size,
        mode: 'all_or_nothing',
      },
      Number.MAX_SAFE_INTEGER,
    ),
  );
  if (imported.value.status !== 'completed') throw new Error(`Import du patrimoine : ${imported.value.status}`);
  const loaded = await timed(() => runScript(handle.db, script));
  const analyzed = await timed(() => sql`analyze`.execute(handle.db));
  const problems = await datasetProblems(handle.db, world.conventionId);
  if (problems.length > 0) throw new Error(`Jeu de données incohérent : ${problems.join(' ; ')}`);
  const chain = await verifyWholeChain(handle.db);
  if (!chain.valid) throw new Error(`Chaîne d'audit rompue après le chargement : ${chain.reason}`);
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from dwellings where organisation_id = ${world.officeId}`.execute(handle.db);
  console.log(
    JSON.stringify({
      ...world,
      dwellings: rows[0]!.n,
      importMs: imported.ms,
      scriptMs: loaded.ms,
      statements: loaded.value,
      analyzeMs: analyzed.ms,
      auditEvents: chain.checkedEvents,
      password: manifest.password,
      users: manifest.users,
    }),
  );
} finally {
  await handle.close();
}
