import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { encode, fixtureRows, rplsCsv } from '../domains/housing/import/rpls.fixtures';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/database';
import { STRONG_PASSWORD } from '../test/fixtures';
import { httpLogin, startServer, type ServerProcess } from './processes';

/**
 * Crashes (issue 10, point 6): the real server on the embedded database is killed with SIGKILL in
 * the middle of a 40,000-row stock import and of a payment approval, then started again on the
 * same data directory. Each is found whole or not at all; the stale lock is taken over; the audit
 * chain is intact; PGlite recovers from the unclean stop.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-crash-'));
const env = {
  COPIL_DATA_DIR: dataDir,
  COPIL_WEB_DIR: path.join(dataDir, 'no-web'),
  SESSION_SECRET: 'crash-test-secret-of-at-least-32-characters',
};
const ROWS = 40_000;
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  const server = await startServer(env);
  servers.push(server);
  return server;
}

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(
  'survives SIGKILL during a 40,000-row import and during a payment approval: all or nothing, then restarts',
  { timeout: 900_000 },
  async () => {
    let server = await start();
    const adminPassword = /Mot de passe : (\S+)/.exec(server.output())![1]!;
    let admin = await httpLogin(server.baseUrl, 'admin@copil.local', adminPassword);
    const orgs = await json<{ id: string; siret: string }[]>(await admin.request('GET', '/api/organisations'));
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const account = async (email: string, roles: string[], organisationId: string) => {
      await json(
        await admin.request('POST', '/api/users', {
          email,
          displayName: email,
          organisationId,
          roles,
          password: STRONG_PASSWORD,
        }),
        201,
      );
    };
    await account('agent@office.test', ['office_agent'], officeId);
    await account('responsable@office.test', ['office_manager'], officeId);
    await account('coordinateur@departement.test', ['coordinator'], departmentId);
    const login = async (email: string) => httpLogin(server.baseUrl, email, STRONG_PASSWORD);

    // 1. A 40,000-row RPLS file, killed while it is being read.
    let agent = await login('agent@office.test');
    const stockBefore = (
      await json<{ organisationId: string; dwellings: number }[]>(await agent.request('GET', '/api/stocks'))
    ).find((s) => s.organisationId === officeId)!.dwellings;
    const csv = encode(rplsCsv(fixtureRows(ROWS)), 'utf-8');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(csv)], { type: 'text/csv' }), 'rpls-40000.csv');
    const upload = fetch(`${server.baseUrl}/api/stocks/${officeId}/imports`, {
      method: 'POST',
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
      body: form,
    }).catch((e: unknown) => e);
    const deadline = Date.now() + 300_000;
    let killedWhile = 'unknown';
    for (;;) {
      const imports = await json<{ status: string; progress: { rowsRead: number } }[]>(
        await agent.request('GET', `/api/stocks/${officeId}/imports`),
      );
      const running = imports.find((i) => i.status === 'running');
      if (running && running.progress.rowsRead > 5000) {
        killedWhile = `running, ${running.progress.rowsRead} rows read`;
        break;
      }
      if (imports.some((i) => i.status === 'completed') || Date.now() > deadline) break;
      await pause(50);
    }
    await server.kill();
    await upload;
    expect(killedWhile).toMatch(/^running/);
    expect(readFileSync(path.join(dataDir, 'copil.lock'), 'utf8').trim()).toBe(String(server.child.pid)); // left behind by the crash

    server = await start(); // takes over the stale lock, PGlite recovers
    agent = await login('agent@office.test');
    const stockAfter = (
      await json<{ organisationId: string; dwellings: number }[]>(await agent.request('GET', '/api/stocks'))
    ).find((s) => s.organisationId === officeId)!.dwellings;
    expect(stockAfter).toBe(stockBefore); // nothing of the interrupted import
    // Issue #17: the restart failed the killed import and dropped its staging rows.
    const afterRestart = await json<{ status: string; failureMessage: string | null }[]>(
      await agent.request('GET', `/api/stocks/${officeId}/imports`),
    );
    expect(afterRestart.map((i) => i.status)).not.toContain('running');

    // 2. A payment approval, killed at the moment it is sent (before, during or after its commit).
    const coordinator = await login('coordinateur@departement.test');
    const conventionId = (
      await json<{ id: string; periodStart: string }[]>(await coordinator.request('GET', '/api/conventions'))
    ).find((c) => c.periodStart === '2024-01-01')!.id;
    const overview = await json<{ envelopes: { kind: string; allocations: { id: string; year: number }[] }[] }>(
      await coordinator.request('GET', `/api/conventions/${conventionId}/finance`),
    );
    const allocation = overview.envelopes
      .find((e) => e.kind === 'investment')!
      .allocations.find((a) => a.year === 2024)!.id;
    const agreement = await json<{ id: string; schedule: { id: string; kind: string }[] }>(
      await coordinator.request('POST', `/api/allocations/${allocation}/funding-agreement`, {
        amount: '1000000.00',
        signedOn: '2024-03-15',
        purpose: 'Réhabilitation',
        schedule: [{ kind: 'balance', label: 'Solde', amount: '1000000.00', requiredDocuments: [] }],
      }),
      201,
    );
    const request = await json<{ id: string }>(
      await agent.request('POST', `/api/funding-agreements/${agreement.id}/payment-requests`, {
        scheduleLineId: agreement.schedule[0]!.id,
        amount: '250000.00',
      }),
      201,
    );
    // The agent drafts; the office's manager submits (DESIGN §1).
    const manager = await login('responsable@office.test');
    await json(await manager.request('POST', `/api/payment-requests/${request.id}/transitions`, { action: 'submit' }));
    const approval = coordinator
      .request('POST', `/api/payment-requests/${request.id}/transitions`, { action: 'approve' })
      .catch((e: unknown) => e);
    await pause(Math.floor(Math.random() * 30));
    await server.kill();
    await approval;

    server = await start();
    admin = await httpLogin(server.baseUrl, 'admin@copil.local', adminPassword);
    const again = await login('coordinateur@departement.test');
    const state = await json<{ status: string; timeline: { toStatus: string }[] }>(
      await again.request('GET', `/api/payment-requests/${request.id}`),
    );
    expect(['submitted', 'approved']).toContain(state.status);
    // All or nothing: the status, its history line and the envelope's figures agree.
    expect(state.timeline.map((t) => t.toStatus)).toEqual(
      state.status === 'approved' ? ['draft', 'submitted', 'approved'] : ['draft', 'submitted'],
    );
    if (state.status === 'submitted') {
      // Not approved before the crash: approving now works once.
      await json(await again.request('POST', `/api/payment-requests/${request.id}/transitions`, { action: 'approve' }));
    }
    expect((await json<{ valid: boolean }>(await admin.request('GET', '/api/audit/verify'))).valid).toBe(true);

    // 3. The same file now imports to its end on the recovered database.
    agent = await login('agent@office.test');
    const retry = new FormData();
    retry.append('file', new Blob([new Uint8Array(csv)], { type: 'text/csv' }), 'rpls-40000.csv');
    const completed = await fetch(`${server.baseUrl}/api/stocks/${officeId}/imports`, {
      method: 'POST',
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
      body: retry,
    });
    expect(completed.status, await completed.clone().text()).toBe(201);
    expect(await server.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, 'copil.lock'))).toBe(false);

    // 4. Reopened directly after a clean stop: exactly the 40,000 dwellings, none twice.
    const database = await openDatabase(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
    try {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from dwellings where organisation_id = ${officeId} and ident_rep like '062%'`.execute(
        database.db,
      );
      expect(rows[0]!.n).toBe(ROWS);
      const staged = await sql<{ n: number }>`select count(*)::int as n from stock_import_rows`.execute(database.db);
      expect(staged.rows[0]!.n).toBe(0);
    } finally {
      await database.close();
    }
  },
);
