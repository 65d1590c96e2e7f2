import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/database';
import { runScript } from '../security/processes';
import { buildTestApp, describeEachEngine, loginAs, type TestApp } from '../test/engines';
import { auditVerifyReport } from './audit-verify';

/** `npm run audit:verify` finds the first altered event of the configured database. */
describeEachEngine('audit:verify command', (engine) => {
  let built: TestApp;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
  });
  afterAll(async () => built?.close());

  it('reports an intact chain with exit code 0, then the first altered event with exit code 1', async () => {
    const intact = await auditVerifyReport(engine.db);
    expect(intact.exitCode).toBe(0);
    expect(intact.text).toMatch(/^Journal d'audit intègre : \d+ événement\(s\) vérifié\(s\)/);

    const ids = (await engine.db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const target = ids[Math.floor(ids.length / 2)]!;
    await sql`update audit_events set actor_label = 'Falsificateur' where id = ${target}`.execute(engine.db);
    const broken = await auditVerifyReport(engine.db);
    expect(broken.exitCode).toBe(1);
    expect(broken.text).toContain(`premier lien rompu à l'événement n° ${target}`);
    expect(broken.text).toContain('a été modifié après son enregistrement');

    if (engine.url) {
      // The real command, on the server database given by DATABASE_URL.
      const run = await runScript('src/server/cli/audit-verify.ts', [], {
        DATABASE_URL: engine.url,
        COPIL_DATA_DIR: built.dataDir,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`premier lien rompu à l'événement n° ${target}`);
    }
  });
});

it('runs as a command on the embedded data directory: 0 when intact, 1 naming the altered event', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-audit-verify-'));
  try {
    const config = loadConfig({
      COPIL_DATA_DIR: dataDir,
      COPIL_WEB_DIR: path.join(dataDir, 'no-web'),
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
    });
    const built = await buildApp(config);
    await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    await built.close();

    const ok = await runScript('src/server/cli/audit-verify.ts', [], { COPIL_DATA_DIR: dataDir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain("Journal d'audit intègre");

    const database = await openDatabase(config);
    const first = await database.db.selectFrom('audit_events').select('id').orderBy('id').executeTakeFirstOrThrow();
    await sql`update audit_events set after = '{"falsifié": true}'::jsonb where id = ${first.id}`.execute(database.db);
    await database.close();

    const altered = await runScript('src/server/cli/audit-verify.ts', [], { COPIL_DATA_DIR: dataDir });
    expect(altered.code).toBe(1);
    expect(altered.stderr).toContain(`premier lien rompu à l'événement n° ${first.id}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
