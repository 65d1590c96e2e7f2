import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../app';
import { verifyWholeChain } from '../domains/audit/audit.service';
import { loadConfig } from '../platform/config';
import { connectEmbedded, connectServer, type DatabaseHandle } from '../platform/db/connect';
import { migrateToLatest } from '../platform/db/migrate';
import { runScript } from '../security/processes';
import {
  buildTestApp,
  createServerDatabase,
  describeEachEngine,
  loginAs,
  serverProblem,
  type LoggedIn,
  type TestApp,
} from '../test/engines';
import { createTestUser } from '../test/fixtures';
import { backupDatabase, restoreDatabase, rowCounts, tablesInRestoreOrder, usedTables } from './archive';

/**
 * A backup restored on the other engine gives back every row and the same figures: row counts
 * of every table, the finance overview, the stock's trajectory, a document's bytes, the audit
 * chain (which would break on a single altered timestamp or JSON value), and the same logins.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'copil-backup-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function figures(session: LoggedIn) {
  const get = async (url: string) => {
    const response = await session.inject('GET', url);
    expect(response.statusCode, url).toBe(200);
    return response;
  };
  const result: Record<string, unknown> = {};
  for (const { id } of (await get('/api/conventions')).json<{ id: string }[]>())
    result[`finance ${id}`] = (await get(`/api/conventions/${id}/finance`)).json();
  const stocks = (await get('/api/stocks')).json<{ organisationId: string; dwellings: number }[]>();
  expect(stocks.some((s) => s.dwellings > 0)).toBe(true);
  for (const { organisationId } of stocks)
    result[`trajectory ${organisationId}`] = (
      await get(`/api/stocks/${organisationId}/trajectory?asOf=2026-01-01`)
    ).json();
  expect(Object.keys(result).length).toBeGreaterThanOrEqual(3);
  return result;
}

describeEachEngine('backup and restore', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let documentBytes: Buffer;
  let documentId: string;
  let target: DatabaseHandle;
  let dropTarget: (() => Promise<void>) | undefined;
  let restoredApp: BuiltApp | undefined;
  const archive = path.join(workDir, `copil-${engine.kind}.jsonl.gz`);

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const department = await engine.db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', '22620001200012')
      .executeTakeFirstOrThrow();
    const coordinatorUser = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: department.id });
    const coordinator = await loginAs(built.app, coordinatorUser.email, coordinatorUser.password);
    const conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    // Every byte value once, so an encoding slip in bytea would show.
    documentBytes = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      Buffer.from('\n%%EOF\n'),
    ]);
    const boundary = '----copilbackup';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bilan « 2025 ».pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      documentBytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await coordinator.inject('POST', `/api/conventions/${conventionId}/documents`, payload, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(uploaded.statusCode).toBe(201);
    documentId = uploaded.json<{ id: string }>().id;

    // The other engine receives the restore (PGlite when the source is the server, and back).
    if (engine.kind === 'server' || (await serverProblem()) !== null) {
      target = await connectEmbedded(null);
    } else {
      const created = await createServerDatabase();
      dropTarget = created.drop;
      target = connectServer(created.url);
    }
    await migrateToLatest(target.db);
  });
  afterAll(async () => {
    await restoredApp?.app.close();
    await target?.close();
    await dropTarget?.();
    await built?.close();
  });

  it('restores the whole database on the other engine: same rows, same figures, same document, intact audit chain', async () => {
    const manifest = await backupDatabase(engine.db, engine.kind, archive);
    const tables = await tablesInRestoreOrder(engine.db as never);
    expect(manifest.tables.map((t) => t.name)).toEqual(tables);
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'organisations',
        'conventions',
        'envelopes',
        'dwellings',
        'documents',
        'audit_events',
        'audit_chain_head',
      ]),
    );
    expect(tables.indexOf('organisations')).toBeLessThan(tables.indexOf('users'));
    expect(tables).not.toContain('stock_import_rows'); // staging rows of an import never go into a backup
    const before = await rowCounts(engine.db as never, tables);
    expect(manifest.tables).toEqual(before);
    expect(before.find((t) => t.name === 'dwellings')!.rows).toBeGreaterThan(100);

    await restoreDatabase(target.db, archive);
    expect(await rowCounts(target.db as never, tables)).toEqual(before);
    expect(await verifyWholeChain(target.db)).toMatchObject({
      valid: true,
      checkedEvents: (await verifyWholeChain(engine.db)).checkedEvents,
    });

    const dataDir = mkdtempSync(path.join(workDir, 'restored-'));
    const config = loadConfig({
      COPIL_DATA_DIR: dataDir,
      COPIL_WEB_DIR: path.join(dataDir, 'no-web'),
      COPIL_SEED: 'reference',
      LOG_LEVEL: 'silent',
    });
    restoredApp = await buildApp(config, { database: { ...target, close: async () => undefined } });
    expect(restoredApp.initialAdmin).toBeNull(); // nothing re-seeded, no second administrator
    expect(await rowCounts(target.db as never, tables)).toEqual(before);
    const restoredAdmin = await loginAs(restoredApp.app, built.initialAdmin!.email, built.initialAdmin!.password);
    expect(await figures(restoredAdmin)).toEqual(await figures(admin));

    const department = await engine.db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', '22620001200012')
      .executeTakeFirstOrThrow();
    const reader = await createTestUser(target.db, { roles: ['coordinator'], organisationId: department.id });
    const download = await (
      await loginAs(restoredApp.app, reader.email, reader.password)
    ).inject('GET', `/api/documents/${documentId}`);
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, documentBytes)).toBe(0);
    // Sequences moved past the restored keys: a new audit event gets a fresh id.
    expect((await verifyWholeChain(target.db)).valid).toBe(true);
  });

  it('refuses to restore into a database that is not empty, and to overwrite an archive', async () => {
    await expect(restoreDatabase(target.db, archive)).rejects.toThrow(
      /La base de destination n'est pas vide \(.*\) : restaurez dans un répertoire de données vide/,
    );
    await expect(backupDatabase(engine.db, engine.kind, archive)).rejects.toThrow(/existe déjà/);
  });

  it('refuses a file that is not a Copil backup, or a truncated one, leaving the target empty', async () => {
    const empty = await connectEmbedded(null);
    try {
      await migrateToLatest(empty.db);
      const foreign = path.join(workDir, `autre-${engine.kind}.gz`);
      writeFileSync(foreign, gzipSync('{"format":"autre"}\n'));
      await expect(restoreDatabase(empty.db, foreign)).rejects.toThrow("n'est pas une sauvegarde Copil");
      const { gunzipSync } = await import('node:zlib');
      const lines = gunzipSync(await import('node:fs').then((fs) => fs.readFileSync(archive)))
        .toString()
        .split('\n');
      const truncated = path.join(workDir, `tronquee-${engine.kind}.gz`);
      writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length * 0.8)).join('\n')));
      await expect(restoreDatabase(empty.db, truncated)).rejects.toThrow(/Sauvegarde (tronquée|incomplète)/);
      expect(await usedTables(empty.db as never)).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('runs as commands: npm run backup, then npm run restore into an empty data directory, refused the second time', async () => {
    if (!engine.url) return; // the command reads DATABASE_URL; the embedded source is the in-memory test database
    const file = path.join(workDir, 'commande.jsonl.gz');
    const backup = await runScript('src/server/cli/backup.ts', [file], {
      DATABASE_URL: engine.url,
      COPIL_DATA_DIR: built.dataDir,
    });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Sauvegarde écrite : .*commande\.jsonl\.gz \(\d+ tables, \d+ lignes/);
    const dataDir = path.join(workDir, 'commande-restauree');
    const restore = await runScript('src/server/cli/restore.ts', [file], { COPIL_DATA_DIR: dataDir });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restauration terminée : \d+ tables/);
    expect(existsSync(path.join(dataDir, 'copil.lock'))).toBe(false);
    const again = await runScript('src/server/cli/restore.ts', [file], { COPIL_DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("La base de destination n'est pas vide");
  });
});
