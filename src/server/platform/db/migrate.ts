import { Migrator, sql } from 'kysely';
import { migrations } from '../../migrations';
import type { Db } from './connect';

/**
 * Applies pending migrations. Idempotent: applied ones are skipped; Kysely's migrator takes a
 * database lock so two instances starting together do not both apply a migration.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `Échec de la migration ${failed?.migrationName ?? ''} : ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}
