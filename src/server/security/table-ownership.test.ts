import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableOwners } from '../migrations/table-owners';
import { declaredTables, ownershipBreaches, tablesNamedIn } from './table-ownership';

const serverDir = path.resolve(import.meta.dirname, '..');

describe('table ownership', () => {
  it('gives every table the migrations create exactly one owner', () => {
    const declared = declaredTables(serverDir);
    expect([...declared].filter((t) => !Object.hasOwn(tableOwners, t))).toEqual([]);
    expect(Object.keys(tableOwners).filter((t) => !declared.has(t))).toEqual([]);
  });

  it("finds the tables a file's SQL names, and nothing else", () => {
    const source = [
      "db.selectFrom('envelopes as e').innerJoin('allocations', 'allocations.envelope_id', 'e.id')",
      'sql`select count(*) from duty_instances di join duties d on d.id = di.duty_id`',
      "const label = 'users'; const column = 'operations.title';",
    ].join('\n');
    expect([...tablesNamedIn(source)].sort()).toEqual([
      'allocations',
      'duties',
      'duty_instances',
      'envelopes',
      'operations',
    ]);
  });

  it("no domain's SQL names a table another domain owns (it reads it through that domain's queries)", () => {
    const breaches = ownershipBreaches(serverDir).map((b) => `${b.file} ${b.table} (${b.owner})`);
    expect(breaches).toEqual([]);
  });
});
