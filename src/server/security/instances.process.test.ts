import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp } from '../domains/obligations/smtp-test-server';
import { createServerDatabase, serverProblem } from '../test/engines';
import { STRONG_PASSWORD } from '../test/fixtures';
import { httpLogin, sessionOn, startServer, type HttpSession, type ServerProcess } from './processes';

/**
 * Two real server processes on one PostgreSQL database, as behind a load balancer (issue 10,
 * point 7): a session opened on one is honoured by the other; the finance ceilings hold when
 * 50 requests and 50 approvals race across both (nothing exceeded, nothing approved twice); and
 * the reminder job, running in both at the same moment, sends each reminder exactly once.
 */
const unreachable = await serverProblem();
const suite = unreachable === null || process.env.CI === 'true' ? describe : describe.skip;

suite('two instances on one PostgreSQL database', () => {
  const servers: ServerProcess[] = [];
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string;
  let a: ServerProcess, b: ServerProcess;
  let adminA: HttpSession;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-instances-'));
  const env = (name: string, extra: Record<string, string> = {}) => ({
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: 'two-instances-share-this-secret-0123456789',
    COPIL_DATA_DIR: path.join(dataDir, name),
    COPIL_WEB_DIR: path.join(dataDir, 'no-web'),
    ...extra,
  });

  beforeAll(async () => {
    const database = await createServerDatabase();
    drop = database.drop;
    databaseUrl = database.url;
    // The first start migrates and seeds; the second finds everything in place.
    a = await startServer(env('a'));
    servers.push(a);
    b = await startServer(env('b'));
    servers.push(b);
    expect(b.output()).not.toContain('Mot de passe :');
    const adminPassword = /Mot de passe : (\S+)/.exec(a.output())![1]!;
    adminA = await httpLogin(a.baseUrl, 'admin@copil.local', adminPassword);
    const orgs = (await (await adminA.request('GET', '/api/organisations')).json()) as { id: string; siret: string }[];
    const create = async (email: string, roles: string[], siret: string) => {
      const response = await adminA.request('POST', '/api/users', {
        email,
        displayName: email,
        organisationId: orgs.find((o) => o.siret === siret)!.id,
        roles,
        password: STRONG_PASSWORD,
      });
      expect(response.status).toBe(201);
    };
    await create('coordinateur@cd62.test', ['coordinator'], '22620001200012');
    await create('agent@pdch.test', ['office_agent'], '34407767200022');
    await create('directeur@pdch.test', ['office_manager'], '34407767200022');
  }, 300_000);
  afterAll(async () => {
    for (const s of servers) await s.kill();
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'keeps every ceiling across both processes: 10 of 50 requests, each approved once',
    { timeout: 600_000 },
    async () => {
      // One session, two instances: the cookie opened on A works on B (sessions live in the database).
      const coordinator = await httpLogin(a.baseUrl, 'coordinateur@cd62.test', STRONG_PASSWORD);
      const coordinatorB = sessionOn(b.baseUrl, coordinator);
      expect((await coordinatorB.request('GET', '/api/auth/session')).status).toBe(200);
      const agent = await httpLogin(b.baseUrl, 'agent@pdch.test', STRONG_PASSWORD);
      const agentA = sessionOn(a.baseUrl, agent);

      const conventions = (await (await coordinator.request('GET', '/api/conventions')).json()) as {
        id: string;
        periodStart: string;
      }[];
      const conventionId = conventions.find((c) => c.periodStart === '2024-01-01')!.id;
      const overview = (await (
        await coordinator.request('GET', `/api/conventions/${conventionId}/finance`)
      ).json()) as { envelopes: { kind: string; allocations: { id: string; year: number }[] }[] };
      const allocation = overview.envelopes
        .find((e) => e.kind === 'operating')!
        .allocations.find((x) => x.year === 2024)!.id;
      const created = await coordinator.request('POST', `/api/allocations/${allocation}/funding-agreement`, {
        amount: '5000000.00',
        purpose: 'Maintenance 2024',
        schedule: [
          { kind: 'advance', label: 'Avance', amount: '1000.00', requiredDocuments: [] },
          { kind: 'balance', label: 'Solde', amount: '4999000.00', requiredDocuments: [] },
        ],
      });
      expect(created.status).toBe(201);
      const agreement = (await created.json()) as { id: string; schedule: { id: string; kind: string }[] };
      const advance = agreement.schedule.find((l) => l.kind === 'advance')!.id;

      // 50 requests of 100,00 € on a 1 000,00 € line, half through each process, all at once.
      const requests = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? agent : agentA).request('POST', `/api/funding-agreements/${agreement.id}/payment-requests`, {
            scheduleLineId: advance,
            amount: '100.00',
          }),
        ),
      );
      const statuses = requests.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 422)).toHaveLength(40);
      const ids = await Promise.all(
        requests.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { id: string }).id),
      );

      // The agent drafted them; the office's manager submits them (DESIGN §1).
      const manager = await httpLogin(a.baseUrl, 'directeur@pdch.test', STRONG_PASSWORD);
      for (const id of ids)
        expect(
          (await manager.request('POST', `/api/payment-requests/${id}/transitions`, { action: 'submit' })).status,
        ).toBe(200);
      // 50 approvals of the 10 requests, across both processes: each approved exactly once.
      const approvals = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? coordinator : coordinatorB).request(
            'POST',
            `/api/payment-requests/${ids[i % ids.length]}/transitions`,
            { action: 'approve' },
          ),
        ),
      );
      const approved = approvals.map((r) => r.status);
      expect(approved.filter((s) => s === 200)).toHaveLength(10);
      expect(approved.filter((s) => s === 409)).toHaveLength(40);
      for (const id of ids) {
        const view = (await (await coordinatorB.request('GET', `/api/payment-requests/${id}`)).json()) as {
          status: string;
          timeline: { toStatus: string }[];
        };
        expect(view.status).toBe('approved');
        expect(view.timeline.filter((t) => t.toStatus === 'approved')).toHaveLength(1);
      }
      const verify = (await (await adminA.request('GET', '/api/audit/verify')).json()) as { valid: boolean };
      expect(verify.valid).toBe(true);
      expect(statuses.concat(approved).filter((s) => s >= 500)).toEqual([]);
    },
  );

  it(
    'runs the reminder job in both processes at once and sends each reminder exactly once',
    { timeout: 600_000 },
    async () => {
      const smtp = await startTestSmtp();
      const client = new pg.Client({ connectionString: databaseUrl });
      // Holds the lock on its own connection: inside a transaction, pg_stat_activity would be a snapshot.
      const locker = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await locker.connect();
      try {
        // Both processes stop; eight reminder runs wait in the queue (four days, each twice: the
        // same day run twice must remind no one twice), due now.
        await Promise.all([a.stop(), b.stop()]);
        const days = ['2024-07-05', '2024-07-25', '2025-01-05', '2025-07-05'];
        for (const today of [...days, ...days])
          await client.query("insert into jobs (name, payload) values ('obligations.reminders', $1)", [
            JSON.stringify({ today }),
          ]);

        // The test holds the notifications table: each process's runner (one job at a time) waits at
        // its first write there (a reminder, or the digest's rows locked), so two sessions waiting
        // are the two processes inside the job at the same moment. Released, they race for the same
        // reminders and the same digests.
        await locker.query('begin');
        await locker.query('lock table notifications in exclusive mode');
        const mail = { SMTP_URL: smtp.url };
        [a, b] = await Promise.all([startServer(env('a', mail)), startServer(env('b', mail))]);
        servers.push(a, b);
        const waiting = async () =>
          (
            await client.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%"notifications"%'`,
            )
          ).rows[0]!.n;
        const deadline = Date.now() + 120_000;
        while ((await waiting()) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await waiting(), 'both processes inside the reminder job at once').toBe(2);
        await locker.query('commit');

        const open = async () =>
          (
            await client.query<{ n: number }>(
              "select count(*)::int as n from jobs where name = 'obligations.reminders' and status in ('pending', 'running')",
            )
          ).rows[0]!.n;
        while ((await open()) > 0 && Date.now() < deadline + 120_000)
          await new Promise((resolve) => setTimeout(resolve, 200));
        const jobs = (
          await client.query<{ status: string; last_error: string | null }>(
            "select status, last_error from jobs where name = 'obligations.reminders' and payload ? 'today'",
          )
        ).rows;
        expect(jobs.map((j) => `${j.status} ${j.last_error ?? ''}`.trim())).toEqual(
          Array.from({ length: 8 }, () => 'done'),
        );

        // Every reminder made once (the unique key), e-mailed once: the titles each user received
        // are exactly the titles of their notifications, no more, no fewer.
        const notes = (
          await client.query<{ email: string; title: string; emailed: boolean }>(
            'select u.email, n.title, n.emailed_at is not null as emailed from notifications n join users u on u.id = n.user_id',
          )
        ).rows;
        expect(notes.length).toBeGreaterThan(0);
        expect(notes.filter((n) => !n.emailed)).toEqual([]);
        expect(new Set(notes.map((n) => n.email))).toEqual(
          new Set(['coordinateur@cd62.test', 'agent@pdch.test', 'directeur@pdch.test']),
        );
        const expected = notes.map((n) => `${n.email} ${n.title}`).sort();
        const received = smtp.messages
          .flatMap((m) => titlesIn(m.raw).map((title) => `${m.to.join(',')} ${title}`))
          .sort();
        expect(received).toEqual(expected);
      } finally {
        await locker.query('rollback').catch(() => undefined);
        await locker.end();
        await client.end();
        await smtp.close();
      }
    },
  );
});

/** The reminder titles listed in a digest (« • title » lines), its quoted-printable body decoded. */
function titlesIn(raw: string): string[] {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r?\n/g, '');
  const text = Buffer.from(
    body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
  return [...text.matchAll(/^• (.+)$/gm)].map((m) => m[1]!.trim());
}
