import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kernelReads, tableOwners } from '../migrations/table-owners';

/**
 * Which tables a source file's SQL names: Kysely's table arguments (selectFrom, joins, insertInto,
 * updateTable, deleteFrom, with 'x as y'), qualified column references ('table.column') and the
 * tables after from/join/into/update in raw SQL. Only names of known tables count, so
 * an ordinary string never does.
 */
export function tablesNamedIn(source: string): Set<string> {
  const found = new Set<string>();
  const known = (name: string) => Object.hasOwn(tableOwners, name);
  const add = (name: string | undefined) => {
    if (name && known(name)) found.add(name);
  };
  const builder =
    /\b(?:selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|insertInto|updateTable|deleteFrom|mergeInto|using)\(\s*\[?\s*'([a-z_]+)/g;
  for (const m of source.matchAll(builder)) add(m[1]);
  for (const m of source.matchAll(/'([a-z_]+)\.(?:[a-z_]+|\*)'/g)) add(m[1]);
  // Raw SQL is read over the whole file, comments removed: a template may nest another template
  // (sql`… ${fragment(sql`o.id`)} …`), so its text cannot be cut out by a pattern.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const m of code.matchAll(/\b(?:from|join|into|update)\s+([a-z_]+)\b/gi)) add(m[1]);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    const isSource = /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'test-setup.ts';
    return isSource ? [full] : [];
  });
}

export interface OwnershipBreach {
  /** Path from src/server, e.g. "domains/reports/review.repository.ts". */
  file: string;
  table: string;
  owner: string;
}

/** Every place where a domain's (or the kernel's) SQL names a table it may not read. */
export function ownershipBreaches(serverDir: string): OwnershipBreach[] {
  const breaches: OwnershipBreach[] = [];
  for (const file of sourceFiles(path.join(serverDir, 'domains'))) {
    const rel = path.relative(serverDir, file).split(path.sep).join('/');
    const domain = rel.split('/')[1]!;
    for (const table of tablesNamedIn(readFileSync(file, 'utf8'))) {
      const owner = tableOwners[table]!;
      if (owner !== domain && owner !== 'platform') breaches.push({ file: rel, table, owner });
    }
  }
  for (const file of sourceFiles(path.join(serverDir, 'kernel'))) {
    const rel = path.relative(serverDir, file).split(path.sep).join('/');
    for (const table of tablesNamedIn(readFileSync(file, 'utf8'))) {
      if (tableOwners[table] !== 'platform' && !kernelReads.includes(table))
        breaches.push({ file: rel, table, owner: tableOwners[table]! });
    }
  }
  return breaches.sort((a, b) => `${a.file} ${a.table}`.localeCompare(`${b.file} ${b.table}`));
}

/** The tables the migrations create and the schema types declare, to check the map covers them. */
export function declaredTables(serverDir: string): Set<string> {
  const names = new Set<string>();
  const migrations = path.join(serverDir, 'migrations');
  for (const name of readdirSync(migrations).filter((n) => /^\d{4}-.*\.ts$/.test(n))) {
    const text = readFileSync(path.join(migrations, name), 'utf8');
    for (const m of text.matchAll(/create (?:unlogged )?table (?:if not exists )?([a-z_]+)/gi)) names.add(m[1]!);
    for (const m of text.matchAll(/createTable\('([a-z_]+)'/g)) names.add(m[1]!);
  }
  return names;
}
