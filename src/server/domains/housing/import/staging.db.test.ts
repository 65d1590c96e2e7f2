import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines';
import { createTestOrganisation, createTestUser } from '../../../test/fixtures';
import * as repo from './import.repository';
import { cleanUpInterruptedImports } from './import.service';

/** Issue #17: staging rows of killed or failed imports do not stay behind. */
describeEachEngine('housing: staging rows left by interrupted imports', (engine) => {
  let organisationId: string;
  let userId: string;

  const newImport = async (status: 'running' | 'failed', createdAt: Date) => {
    const { id } = await repo.insertImport(engine.db, {
      organisationId,
      filename: 'rpls.csv',
      format: 'csv',
      mode: 'all_or_nothing',
      bytesExpected: null,
      createdBy: userId,
    });
    await engine.db.updateTable('stock_imports').set({ status, created_at: createdAt }).where('id', '=', id).execute();
    await engine.db
      .insertInto('stock_import_rows')
      .values(
        [1, 2, 3].map((line) => ({
          import_id: id,
          line_number: line,
          dwelling_key: `K-${line}`,
          ident_rep: null,
          ident_int: `INT-${line}`,
          dpe_reference: null,
          building_code: null,
          building_name: null,
          address: null,
          commune_code: '62041',
          epci_code: null,
          territory: 'metropole',
          qpv_code: null,
          construction_type: 'C',
          rooms: null,
          surface: null,
          construction_year: null,
          financing: null,
          dpe_date: null,
          energy_class: null,
          ghg_class: null,
        })),
      )
      .execute();
    return id;
  };
  const staged = async (importId: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from stock_import_rows where import_id = ${importId}`.execute(
        engine.db,
      )
    ).rows[0]!.n;
  const statusOf = async (id: string) =>
    (await engine.db.selectFrom('stock_imports').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  beforeAll(async () => {
    organisationId = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
    userId = (await createTestUser(engine.db, { roles: ['office_agent'], organisationId })).id;
  });

  it('at start-up, drops orphan staging rows and fails the imports a stop interrupted', async () => {
    const now = new Date();
    const failedWithRows = await newImport('failed', new Date(now.getTime() - 60_000));
    const runningRecent = await newImport('running', new Date(now.getTime() - 60_000));
    const runningOld = await newImport('running', new Date(now.getTime() - 7 * 60 * 60 * 1000));

    // On a server another instance may be importing: only the stale import is abandoned.
    expect(await cleanUpInterruptedImports(engine.db, 'server', now)).toBe(6);
    expect(await staged(failedWithRows)).toBe(0);
    expect(await staged(runningOld)).toBe(0);
    expect(await statusOf(runningOld)).toBe('failed');
    expect(await staged(runningRecent)).toBe(3);
    expect(await statusOf(runningRecent)).toBe('running');

    // The embedded database belongs to this process alone: every running import is dead.
    expect(await cleanUpInterruptedImports(engine.db, 'embedded', now)).toBe(3);
    expect(await staged(runningRecent)).toBe(0);
    const row = await engine.db
      .selectFrom('stock_imports')
      .select(['status', 'failure_message'])
      .where('id', '=', runningRecent)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'failed',
      failure_message: "Import interrompu (arrêt du serveur) ; rien n'a été importé.",
    });
  });
});
