import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { describeEachEngine } from '../test/engines';
import { serverVersion } from './db/connect';
import { appliedMigrations, migrateToLatest } from './db/migrate';
import { execScript } from './db/script';

interface TypedRow {
  a: unknown;
  d: unknown;
  n: unknown;
  t: unknown;
  z: unknown;
  arr: unknown;
  ints: unknown;
  j: unknown;
}

/** Collected per engine, compared after both ran. */
const rowsByEngine = new Map<string, TypedRow>();
const arraysByEngine = new Map<string, unknown>();

describeEachEngine(
  'database engine',
  (engine) => {
    it('applies every migration once; a second run applies nothing', async () => {
      const first = await migrateToLatest(engine.db);
      expect(first).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(engine.db)).toEqual([]);
      expect(await appliedMigrations(engine.db)).toEqual(Object.keys(migrations).sort());
    });

    it('runs PostgreSQL 15 or later', async () => {
      const version = await serverVersion(engine.db);
      expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(15);
    });

    it('returns int8 as bigint, date as text, numeric as text, timestamptz as Date, arrays as arrays', async () => {
      const { rows } = await sql<TypedRow>`
        select 9007199254740993::int8 as a,
               '2024-02-29'::date as d,
               12.50::numeric as n,
               '2026-11-29 12:31:29.123+01'::timestamptz as t,
               now() as z,
               array['un', 'deux']::text[] as arr,
               array[1, 2]::int4[] as ints,
               '{"b": 1, "a": [true, null]}'::jsonb as j`.execute(engine.db);
      const row = rows[0]!;
      expect(row.a).toBe(9007199254740993n);
      expect(row.d).toBe('2024-02-29');
      expect(row.n).toBe('12.50');
      expect(row.t).toBeInstanceOf(Date);
      expect((row.t as Date).toISOString()).toBe('2026-11-29T11:31:29.123Z');
      expect(row.z).toBeInstanceOf(Date);
      expect(Math.abs((row.z as Date).getTime() - Date.now())).toBeLessThan(60_000);
      expect(row.arr).toEqual(['un', 'deux']);
      expect(row.ints).toEqual([1, 2]);
      expect(row.j).toEqual({ a: [true, null], b: 1 });
      rowsByEngine.set(engine.kind, { ...row, z: null });
    });

    it('parses arrays of int8, numeric, date and timestamptz element by element, the same way', async () => {
      const { rows } = await sql<Record<string, unknown>>`
        select array[9007199254740993, null]::int8[] as ai,
               array[12.50, 0.1]::numeric[] as an,
               array['2024-02-29', null]::date[] as ad,
               array['2024-01-01 10:00:00+01']::timestamptz[] as at,
               '{{1,2},{3,4}}'::int8[] as grid,
               (select array_agg(x) from (values (100::int8), (250::int8)) as v(x)) as agg`.execute(engine.db);
      const row = rows[0]!;
      expect(row).toEqual({
        ai: [9007199254740993n, null],
        an: ['12.50', '0.1'],
        ad: ['2024-02-29', null],
        at: [new Date('2024-01-01T09:00:00.000Z')],
        grid: [
          [1n, 2n],
          [3n, 4n],
        ],
        agg: [100n, 250n],
      });
      arraysByEngine.set(engine.kind, row);
    });

    it('keeps calendar dates whatever the time zone: no shift at midnight', async () => {
      const { rows } = await sql<{ d: string; e: string }>`
        select '2024-01-01'::date as d, ('2024-03-31'::date + 1) as e`.execute(engine.db);
      expect(rows[0]).toEqual({ d: '2024-01-01', e: '2024-04-01' });
    });

    it('reads typed columns of the schema the same way (date, timestamptz, text[], int8)', async () => {
      await sql`insert into organisations (name, kind, siret) values ('Org type test', 'landlord', '11111111111111')`.execute(
        engine.db,
      );
      const org = await engine.db
        .selectFrom('organisations')
        .select(['id', 'created_at'])
        .where('siret', '=', '11111111111111')
        .executeTakeFirstOrThrow();
      expect(org.created_at).toBeInstanceOf(Date);
      const head = await engine.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
      expect(typeof head.event_count).toBe('bigint');
      const user = await engine.db
        .insertInto('users')
        .values({
          email: 'types@example.test',
          display_name: 'Types',
          organisation_id: org.id,
          roles: ['office_agent', 'elected_member'],
          password_hash: 'x',
          created_at: new Date(),
        })
        .returning(['roles', 'failed_attempts', 'locked_until'])
        .executeTakeFirstOrThrow();
      expect(user).toEqual({ roles: ['office_agent', 'elected_member'], failed_attempts: 0, locked_until: null });
    });

    it('enforces the schema checks (SIRET form, lower-case e-mail, convention period)', async () => {
      await expect(
        sql`insert into organisations (name, kind, siret) values ('X', 'landlord', '1234')`.execute(engine.db),
      ).rejects.toThrow();
      await expect(
        sql`insert into organisations (name, kind, siret) values ('X', 'bank', '22222222222222')`.execute(engine.db),
      ).rejects.toThrow();
      await expect(
        sql`insert into users (email, display_name, roles, password_hash) values ('Upper@Example.test', 'U', '{admin}', 'x')`.execute(
          engine.db,
        ),
      ).rejects.toThrow();
      await expect(
        sql`insert into conventions (title, period_start, period_end, jurisdiction) values ('C', '2024-01-01', '2023-12-31', 'TA')`.execute(
          engine.db,
        ),
      ).rejects.toThrow();
    });

    it('runs multi-statement scripts one statement at a time, skipping comments', async () => {
      await execScript(
        engine.db as unknown as Kysely<unknown>,
        `-- a comment line;
        create table script_probe (id int primary key);
        insert into script_probe values (1);
        insert into script_probe values (2);`,
      );
      const { rows } = await sql<{ c: bigint }>`select count(*) as c from script_probe`.execute(engine.db);
      expect(rows[0]!.c).toBe(2n);
    });

    it('rolls a failed transaction back entirely', async () => {
      await expect(
        engine.db.transaction().execute(async (trx) => {
          await sql`insert into script_probe values (3)`.execute(trx);
          await sql`insert into script_probe values (3)`.execute(trx); // duplicate key
        }),
      ).rejects.toThrow();
      const { rows } = await sql<{ c: bigint }>`select count(*) as c from script_probe where id = 3`.execute(engine.db);
      expect(rows[0]!.c).toBe(0n);
    });
  },
  { migrate: false },
);

describe('both engines', () => {
  it('return identical rows for the same query', ({ skip }) => {
    if (rowsByEngine.size < 2) skip('only one engine ran in this file');
    expect(rowsByEngine.get('server')).toEqual(rowsByEngine.get('embedded'));
    expect(arraysByEngine.get('server')).toEqual(arraysByEngine.get('embedded'));
  });
});
