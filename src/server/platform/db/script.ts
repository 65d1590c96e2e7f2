import { sql, type Kysely } from 'kysely';

/**
 * Runs a script of SQL statements one by one: PGlite's extended protocol, like a pg prepared
 * statement, takes one command at a time. Statements are split on a `;` that ends a line, so a
 * migration writes each statement ending with `;` and a newline.
 */
export async function execScript(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
