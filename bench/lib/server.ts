import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A Copil server started on a bench database, in a process of its own, as `npm start` runs it. */
export interface BenchServer {
  base: string;
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string, port: number, webDir = 'dist/web'): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copil-bench-server-'));
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under a scenario.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      COPIL_DATA_DIR: dataDir,
      COPIL_WEB_DIR: path.resolve(webDir),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      COPIL_SEED: 'none',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health/live`)).ok) return { base, stop };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('Le serveur du banc ne répond pas.');
}

/** A logged-in session: the cookie to send and the CSRF token state-changing requests echo. */
export interface Session {
  email: string;
  cookie: string;
  csrfToken: string;
}

export async function login(base: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Connexion de ${email} refusée : ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { email, cookie, csrfToken: body.csrfToken };
}

/** GET as a session, the JSON body or an error naming the status. */
export async function getJson<T>(base: string, session: Session, url: string): Promise<T> {
  const response = await fetch(base + url, { headers: { cookie: session.cookie } });
  if (!response.ok) throw new Error(`${url} : ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}
