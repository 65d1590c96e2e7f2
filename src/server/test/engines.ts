import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig } from '../platform/config';
import { connectEmbedded, connectServer, type DatabaseHandle, type Db, type Engine } from '../platform/db/connect';
import { migrateToLatest } from '../platform/db/migrate';

/**
 * Runs one suite against both engines Copil supports: PGlite in memory and a PostgreSQL server
 * (a throw-away database created for the suite and dropped after it). The server is
 * TEST_DATABASE_URL, else the local trust-auth server. When it cannot be reached the server
 * variant is skipped with a banner on a developer's machine, and fails under CI=true.
 */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestEngine {
  readonly kind: Engine;
  /** The open handle; available inside hooks and tests (not while the suite is collected). */
  readonly handle: DatabaseHandle;
  readonly db: Db;
  /** The server database's URL (to open a second pool, like a second instance); null for PGlite. */
  readonly url: string | null;
}

export interface EngineOptions {
  /** Apply the migrations before the suite (default true). */
  migrate?: boolean;
  /**
   * Run on the PostgreSQL server only: for races, which need several connections (PGlite has one
   * and serialises everything, so a race there proves nothing).
   */
  serverOnly?: boolean;
}

async function probeServer(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

let probe: Promise<string | null> | undefined;
let bannerShown = false;

/** Why the PostgreSQL server cannot be used, or null when it can (probed once per test file). */
export function serverProblem(): Promise<string | null> {
  probe ??= probeServer(ADMIN_DATABASE_URL);
  return probe;
}

const unreachable = await serverProblem();

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its pools' connections are gone: a closed pg pool resolves before
 * its sockets are closed, and forcing the drop then would kill them with an uncaught error.
 */
async function dropDatabase(name: string): Promise<void> {
  await withAdmin(async (client) => {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  });
}

/** Creates an empty database on the server; returns its URL and a function that drops it. */
export async function createServerDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `copil_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => dropDatabase(name) };
}

function engineSuite(kind: Engine, fn: (engine: TestEngine) => void, options: EngineOptions) {
  let handle: DatabaseHandle | undefined;
  let url: string | null = null;
  let drop: (() => Promise<void>) | undefined;
  const ready = () => {
    if (!handle)
      throw new Error(`The ${kind} engine is not open: use it inside beforeAll/it, not while the suite is collected.`);
    return handle;
  };
  const engine: TestEngine = {
    kind,
    get handle() {
      return ready();
    },
    get db() {
      return ready().db;
    },
    get url() {
      return url;
    },
  };

  beforeAll(async () => {
    if (kind === 'embedded') {
      handle = await connectEmbedded(null);
    } else {
      const created = await createServerDatabase();
      drop = created.drop;
      url = created.url;
      handle = connectServer(created.url);
    }
    if (options.migrate !== false) await migrateToLatest(handle.db);
  });

  afterAll(async () => {
    try {
      await handle?.close();
    } finally {
      await drop?.();
    }
  });

  fn(engine);
}

/** Declares `name [embedded]` and `name [server]`, each with its own fresh database. */
export function describeEachEngine(name: string, fn: (engine: TestEngine) => void, options: EngineOptions = {}): void {
  if (!options.serverOnly) describe(`${name} [embedded]`, () => engineSuite('embedded', fn, options));

  if (unreachable === null) {
    describe(`${name} [server]`, () => engineSuite('server', fn, options));
    return;
  }
  const message = `PostgreSQL server unreachable at ${redact(ADMIN_DATABASE_URL)} (${unreachable})`;
  if (process.env.CI === 'true') {
    describe(`${name} [server]`, () => {
      it('needs the PostgreSQL server (CI=true)', () => {
        throw new Error(
          `${message}: under CI the server-engine suite must run. Start PostgreSQL or set TEST_DATABASE_URL.`,
        );
      });
    });
    return;
  }
  if (!bannerShown) {
    bannerShown = true;
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! PostgreSQL server unreachable: server-engine suite SKIPPED\n!! ${message}\n!! Set TEST_DATABASE_URL or start PostgreSQL to run it.\n${line}\n`,
    );
  }
  describe.skip(`${name} [server]`, () => engineSuite('server', fn, options));
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid TEST_DATABASE_URL)';
  }
}

export interface TestApp extends BuiltApp {
  dataDir: string;
}

/**
 * Builds the whole application on the engine's database (migrated, seeded with the reference
 * convention), with a throw-away data directory and no web app. close() leaves the engine's
 * database open: the engine suite closes it. initialAdmin is set only on the first build of a
 * database.
 */
export async function buildTestApp(engine: TestEngine, env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-test-'));
  const config = loadConfig({
    COPIL_DATA_DIR: dataDir,
    COPIL_WEB_DIR: path.join(dataDir, 'no-web-app'),
    COPIL_SEED: 'reference',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const shared = engine.handle;
  const built = await buildApp(config, {
    database: { db: shared.db, engine: shared.engine, close: async () => undefined },
  });
  return {
    ...built,
    dataDir,
    close: async () => {
      try {
        await built.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type App = BuiltApp['app'];
export type InjectResponse = Awaited<ReturnType<App['inject']>>;

export interface LoggedIn {
  cookie: string;
  csrf: string;
  user: { id: string; email: string; roles: string[]; organisation: { id: string } | null };
  /** Sends a request with the session cookie and, unless told otherwise, the CSRF header. */
  inject(
    method: Method,
    url: string,
    body?: unknown,
    options?: { csrf?: boolean; headers?: Record<string, string> },
  ): Promise<InjectResponse>;
}

/** Logs in through the API and keeps the session cookie and CSRF token for the next requests. */
export async function loginAs(
  app: App,
  email: string,
  password: string,
  options: { remoteAddress?: string } = {},
): Promise<LoggedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: options.remoteAddress ?? '127.0.0.1',
  });
  if (response.statusCode !== 200) throw new Error(`login ${email} → ${response.statusCode} ${response.body}`);
  const sessionCookie = response.cookies.find((c) => c.name === 'copil_session');
  if (!sessionCookie) throw new Error('login set no copil_session cookie');
  const body = response.json() as { csrfToken: string; user: LoggedIn['user'] };
  const cookie = `copil_session=${sessionCookie.value}`;
  return {
    cookie,
    csrf: body.csrfToken,
    user: body.user,
    inject: (method, url, payload, opts = {}) =>
      app.inject({
        method,
        url,
        headers: {
          cookie,
          ...(opts.csrf === false || method === 'GET' ? {} : { 'x-csrf-token': body.csrfToken }),
          ...opts.headers,
        },
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
  };
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

/** Asserts an RFC 9457 answer with the given status and code; returns its body. */
export function expectProblem(response: InjectResponse, status: number, code: string): ProblemBody {
  const body = response.json() as ProblemBody;
  expect({ status: response.statusCode, code: body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(body.status).toBe(status);
  expect(body.type).toBe(`urn:copil:probleme:${code.toLowerCase().replace(/_/g, '-')}`);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}
