import path from 'node:path';
import { sql } from 'kysely';
import { connectServer } from '../platform/db/connect';
import { readManifest, restoreDatabase } from './archive';
import { CommandError, commandConfig, isMain, openConfigured, runCommand } from './cli';

/**
 * `npm run restore -- <fichier>`: loads an archive into the configured database, which must be
 * empty: a data directory never used (COPIL_DATA_DIR) or an empty PostgreSQL database
 * (DATABASE_URL). The schema is created by the migrations, then every row goes in within one
 * transaction. Start Copil afterwards: the restored administrator accounts log in as before.
 */
if (isMain(import.meta.url)) {
  runCommand(async () => {
    const source = process.argv[2];
    if (!source)
      throw new CommandError('Indiquez le fichier à restaurer : npm run restore -- copil-AAAA-MM-JJ.jsonl.gz', 2);
    const file = path.resolve(source);
    await readManifest(file); // a wrong file is refused before anything is created
    const config = commandConfig();
    if (config.databaseUrl) await refuseForeignDatabase(config.databaseUrl);
    const database = await openConfigured(config);
    try {
      const manifest = await restoreDatabase(database.db, file);
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `Restauration terminée : ${manifest.tables.length} tables, ${rows} lignes (sauvegarde du ${manifest.createdAt}).`,
      );
      return 0;
    } finally {
      await database.close();
    }
  });
}

/** A server database holding tables that are not Copil's is refused before the migrations touch it. */
async function refuseForeignDatabase(url: string) {
  const probe = connectServer(url, { max: 1 });
  try {
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables where table_schema = 'public'`.execute(probe.db);
    if (rows.length > 0 && !rows.some((r) => r.name === 'kysely_migration')) {
      throw new CommandError(
        `La base de destination contient déjà des tables (${rows
          .slice(0, 5)
          .map((r) => r.name)
          .join(', ')}) : restaurez dans une base PostgreSQL vide.`,
      );
    }
  } finally {
    await probe.close();
  }
}
