import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperationBody } from '../../../contracts/operations';
import { connectServer, type Db } from '../../platform/db/connect';
import { buildTestApp, describeEachEngine, type TestApp } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { createOperation, updateOperation } from '../operations/operations.service';
import { getDashboard } from '../reports/dashboard.service';
import { getTrajectory } from './trajectory.service';

/**
 * The trajectory is computed once per version of the landlord's stock (migration
 * 2026-11-30T0900_read_caches): these tests prove that a read is served from what is stored,
 * and that any committed write to the dwellings or the operations — through a service, through
 * plain SQL, from another instance — is seen by the very next read, on both engines.
 */
const AS_OF = '2026-11-29';
const DEADLINE = '2028-01-01';

interface World {
  built: TestApp;
  office: Principal;
  officeId: string;
  conventionId: string;
  dwellings: string[];
}

async function world(db: Db, built: TestApp): Promise<World> {
  const officeId = (
    await db.selectFrom('organisations').select('id').where('siret', '=', '34407767200022').executeTakeFirstOrThrow()
  ).id;
  const conventionId = (
    await db.selectFrom('conventions').select('id').where('period_start', '=', '2024-01-01').executeTakeFirstOrThrow()
  ).id;
  const office = await createTestUser(db, { roles: ['office_manager'], organisationId: officeId });
  const dwellings = (
    await db
      .selectFrom('dwellings')
      .select('id')
      .where('organisation_id', '=', officeId)
      .where('effective_class', '=', 'F')
      .orderBy('dwelling_key')
      .limit(6)
      .execute()
  ).map((d) => d.id);
  return { built, office, officeId, conventionId, dwellings };
}

const renovation = (dwellingIds: string[], delivery: { plannedOn: string; actualOn?: string }): OperationBody => ({
  label: 'Réhabilitation thermique',
  kind: 'thermal_renovation',
  programme: 'pmt_2025_2030',
  communeCode: '62041',
  status: delivery.actualOn ? 'delivered' : 'planned',
  percentComplete: delivery.actualOn ? 100 : 0,
  dwellings: dwellingIds.map((dwellingId) => ({ dwellingId, targetClass: 'C' })),
  classCounts: [],
  fundingLines: [],
  phases: delivery.actualOn
    ? [
        { phase: 'start_order', actualOn: '2026-01-05' },
        { phase: 'delivery', ...delivery },
      ]
    : [{ phase: 'delivery', ...delivery }],
});

const versionOf = async (db: Db, organisationId: string) =>
  (
    await sql<{
      version: bigint;
    }>`select coalesce(sum(weight), 0)::int8 as version from stock_changes where organisation_id = ${organisationId}`.execute(
      db,
    )
  ).rows[0]!.version;

const at = async (db: Db, w: World, date = DEADLINE) =>
  (await getTrajectory(db, w.office, w.officeId, { asOf: AS_OF })).deadlines.find((d) => d.date === date)!;

describeEachEngine('trajectory cache', (engine) => {
  let w: World;

  beforeAll(async () => {
    w = await world(engine.db, await buildTestApp(engine));
  });
  afterAll(async () => w?.built.close());

  it('serves a second read from what the first stored, under the current stock version', async () => {
    const first = await at(engine.db, w);
    const stored = await sql<{
      stock_version: bigint;
    }>`select stock_version from trajectory_cache where organisation_id = ${w.officeId}`.execute(engine.db);
    expect(stored.rows.map((s) => s.stock_version)).toContain(await versionOf(engine.db, w.officeId));
    // Altered behind Copil's back, the stored figures are what the next read returns: it did not recompute.
    await sql`update trajectory_cache set payload = jsonb_set(payload, '{isDemo}', 'false') where organisation_id = ${w.officeId}`.execute(
      engine.db,
    );
    expect((await getTrajectory(engine.db, w.office, w.officeId, { asOf: AS_OF })).isDemo).toBe(false);
    await sql`update trajectory_cache set payload = jsonb_set(payload, '{isDemo}', 'true') where organisation_id = ${w.officeId}`.execute(
      engine.db,
    );
    expect(await at(engine.db, w)).toEqual(first);
  });

  it('shows a planned, then delivered operation on the very next trajectory and dashboard reads', async () => {
    const before = await at(engine.db, w);
    const dashboardBefore = await getDashboard(engine.db, w.office, w.conventionId);
    const version = await versionOf(engine.db, w.officeId);

    const op = await createOperation(
      engine.db,
      w.office,
      w.conventionId,
      renovation(w.dwellings.slice(0, 2), { plannedOn: '2027-06-30' }),
    );
    expect(await versionOf(engine.db, w.officeId)).toBeGreaterThan(version);
    expect(await at(engine.db, w)).toMatchObject({ planned: before.planned + 2, delivered: before.delivered });

    await updateOperation(
      engine.db,
      w.office,
      op.id,
      renovation(w.dwellings.slice(0, 2), { plannedOn: '2027-06-30', actualOn: '2026-10-15' }),
    );
    expect(await at(engine.db, w)).toMatchObject({ planned: before.planned, delivered: before.delivered + 2 });

    const today = (await getDashboard(engine.db, w.office, w.conventionId)).trajectory!.deadlines.find(
      (d) => d.date === DEADLINE,
    )!;
    const todayBefore = dashboardBefore.trajectory!.deadlines.find((d) => d.date === DEADLINE)!;
    expect(today.delivered).toBe(todayBefore.delivered + 2);
  });

  it('sees a write made in plain SQL, and nothing of a write rolled back', async () => {
    const before = await at(engine.db, w);
    const [dwelling] = w.dwellings.slice(4, 5);
    const version = await versionOf(engine.db, w.officeId);
    await engine.db
      .transaction()
      .execute(async (trx) => {
        await sql`update dwellings set energy_class = 'A', ghg_class = 'A' where id = ${dwelling!}`.execute(trx);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await versionOf(engine.db, w.officeId)).toBe(version);
    expect(await at(engine.db, w)).toEqual(before);

    await sql`update dwellings set energy_class = 'A', ghg_class = 'A' where id = ${dwelling!}`.execute(engine.db);
    expect(await versionOf(engine.db, w.officeId)).toBeGreaterThan(version);
    expect(await at(engine.db, w)).toMatchObject({ banned: before.banned - 1 });

    await sql`update dwellings set energy_class = 'F', ghg_class = 'F' where id = ${dwelling!}`.execute(engine.db);
    expect(await at(engine.db, w)).toEqual(before);
  });

  it('answers not found to a user who may not see the stock, before anything else, and refuses a date before the calendar', async () => {
    const other = await createTestOrganisation(engine.db, { kind: 'landlord' });
    const outsider = await createTestUser(engine.db, { roles: ['office_manager'], organisationId: other.id });
    await expect(getTrajectory(engine.db, outsider, w.officeId, { asOf: AS_OF })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getTrajectory(engine.db, outsider, w.officeId, { asOf: '2020-01-01' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getTrajectory(engine.db, w.office, other.id, { asOf: AS_OF })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getTrajectory(engine.db, w.office, w.officeId, { asOf: '2020-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('keeps only the current version’s entries of a landlord, and folds its change rows without moving the version', async () => {
    await getTrajectory(engine.db, w.office, w.officeId, { asOf: AS_OF, by: 'epci' });
    for (let i = 0; i < 3; i++)
      await sql`update dwellings set updated_at = updated_at where id = ${w.dwellings[5]!}`.execute(engine.db);
    const version = await versionOf(engine.db, w.officeId);
    const rows = async () =>
      Number(
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from stock_changes where organisation_id = ${w.officeId}`.execute(engine.db)
        ).rows[0]!.n,
      );
    expect(await rows()).toBeGreaterThan(1);
    await getTrajectory(engine.db, w.office, w.officeId, { asOf: AS_OF });
    expect(await rows()).toBe(1);
    expect(await versionOf(engine.db, w.officeId)).toBe(version);
    const versions = await sql<{
      stock_version: bigint;
    }>`select distinct stock_version from trajectory_cache where organisation_id = ${w.officeId}`.execute(engine.db);
    expect(versions.rows.map((r) => r.stock_version)).toEqual([version]);
  });
});

/**
 * Two instances on one PostgreSQL server share nothing but the database: what one writes, the
 * other's next read shows, even when it had the previous figures stored; a read made while a write
 * is under way (not committed) neither sees it nor keeps the old figures past its commit.
 */
describeEachEngine(
  'trajectory cache across instances',
  (engine) => {
    let w: World;
    let other: { db: Db; close(): Promise<void> };

    beforeAll(async () => {
      w = await world(engine.db, await buildTestApp(engine));
      other = connectServer(engine.url!);
    });
    afterAll(async () => {
      await other?.close();
      await w?.built.close();
    });

    it('shows on one instance the operation delivered on the other', async () => {
      const before = await at(other.db, w);
      expect(await at(other.db, w)).toEqual(before);
      await createOperation(
        engine.db,
        w.office,
        w.conventionId,
        renovation(w.dwellings.slice(0, 3), { plannedOn: '2027-03-31', actualOn: '2026-09-30' }),
      );
      expect(await at(other.db, w)).toMatchObject({ delivered: before.delivered + 3 });
      expect(await at(engine.db, w)).toEqual(await at(other.db, w));
    });

    it('does not keep the figures read during a write once the write commits', async () => {
      const before = await at(other.db, w);
      const dwelling = w.dwellings[5]!;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const updated = new Promise<void>((resolve) => (written = resolve));
      const write = engine.db.transaction().execute(async (trx) => {
        await sql`update dwellings set energy_class = 'A', ghg_class = 'A' where id = ${dwelling}`.execute(trx);
        written();
        await released;
      });
      await updated;
      // The write holds the new version, uncommitted: a read of figures nobody asked for yet
      // computes them from the old stock and stores them.
      const dayBefore = async (db: Db) =>
        (await getTrajectory(db, w.office, w.officeId, { asOf: '2026-11-28' })).deadlines.find(
          (d) => d.date === DEADLINE,
        )!;
      expect(await dayBefore(other.db)).toMatchObject({ banned: before.banned });
      expect(await at(other.db, w)).toEqual(before);
      release();
      await write;
      expect(await dayBefore(other.db)).toMatchObject({ banned: before.banned - 1 });
      expect(await at(other.db, w)).toMatchObject({ banned: before.banned - 1 });
      expect(await at(engine.db, w)).toMatchObject({ banned: before.banned - 1 });
      await sql`update dwellings set energy_class = 'F', ghg_class = 'F' where id = ${dwelling}`.execute(engine.db);
    });

    it('lets two writers of the same stock proceed without waiting for each other', async () => {
      const [a, b] = [w.dwellings[0]!, w.dwellings[1]!];
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const updated = new Promise<void>((resolve) => (written = resolve));
      const first = engine.db.transaction().execute(async (trx) => {
        await sql`update dwellings set updated_at = now() where id = ${a}`.execute(trx);
        written();
        await released;
      });
      await updated;
      // The first writer has counted its change and not committed: the second must not wait for it.
      await other.db.transaction().execute(async (trx) => {
        await sql`set local lock_timeout = '2s'`.execute(trx);
        await sql`update dwellings set updated_at = now() where id = ${b}`.execute(trx);
        await sql`update operations set updated_at = now() where organisation_id = ${w.officeId}`.execute(trx);
      });
      release();
      await first;
    });
  },
  { serverOnly: true },
);
