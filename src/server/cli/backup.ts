import path from 'node:path';
import { backupDatabase } from './archive';
import { CommandError, commandConfig, isMain, openConfigured, runCommand } from './cli';

/**
 * `npm run backup -- <fichier>`: the whole configured database (embedded or server, documents
 * included) into one archive. On the embedded database the server must be stopped (one process
 * per data directory); on a server it may keep running: the archive is one consistent snapshot.
 */
if (isMain(import.meta.url)) {
  runCommand(async () => {
    const target = process.argv[2];
    if (!target)
      throw new CommandError('Indiquez le fichier de sauvegarde : npm run backup -- copil-AAAA-MM-JJ.jsonl.gz', 2);
    const file = path.resolve(target);
    const database = await openConfigured(commandConfig());
    try {
      const manifest = await backupDatabase(database.db, database.engine, file);
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `Sauvegarde écrite : ${file} (${manifest.tables.length} tables, ${rows} lignes, migration ${manifest.migrations.at(-1)}).`,
      );
      return 0;
    } finally {
      await database.close();
    }
  });
}
