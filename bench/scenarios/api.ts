import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { runChild } from '../lib/child';
import { createTarget } from '../lib/databases';
import { result, type Result } from '../lib/report';
import { stockFile } from './stock';
import { dashboardInBrowser } from './web';

interface World {
  adminPassword: string | null;
  admin: { email: string };
  officeId: string;
  conventionId: string;
}

async function startServer(databaseUrl: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, COPIL_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', COPIL_SEED: 'none' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/live`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('Le serveur du banc ne répond pas.');
}

function load(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 32, duration: 10, headers }, (error, r) => (error ? reject(error) : resolve(r)));
  });
}

/**
 * The API under load on the PostgreSQL server with the 40,000-dwelling stock: 32 connections for
 * 10 s on each endpoint, against the liveness route of the same server (the framework's floor:
 * the same hooks, no work behind). Targets: ≥ 50 % of the floor's throughput, p99 < 50 ms.
 */
export async function apiScenarios(options: { dataDir: string; port?: number }): Promise<Result[]> {
  const port = options.port ?? 3999;
  const target = await createTarget('server');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copil-bench-api-'));
  let server: ChildProcess | null = null;
  try {
    const world = await runChild<World>('prepare.ts', ['server', target.location]);
    await runChild('stock-import.ts', ['server', target.location, await stockFile(options.dataDir, 40_000, 'csv')]);
    server = await startServer(target.location, dataDir, port);
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: world.admin.email, password: world.adminPassword }) });
    if (!login.ok) throw new Error(`Connexion du banc refusée : ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const headers = { cookie };

    const floor = await load(`${base}/api/health/live`, {});
    const endpoints: [string, string][] = [
      ['trajectoire', `/api/stocks/${world.officeId}/trajectory`],
      ['tableau de bord', `/api/conventions/${world.conventionId}/dashboard`],
    ];
    const results: Result[] = [result({ scenario: 'API : route triviale (plancher)', engine: 'server', size: '32 connexions', measured: floor.requests.average, unit: 'req/s', floorLabel: null, floor: null, better: 'higher', target: '—', met: null, extra: { p99Ms: floor.latency.p99 } })];
    for (const [label, url] of endpoints) {
      const probe = await fetch(base + url, { headers });
      if (probe.status === 404) continue; // the endpoint does not exist in this version
      if (!probe.ok) throw new Error(`${url} : ${probe.status}`);
      const r = await load(base + url, headers);
      if (r.non2xx > 0) throw new Error(`${url} : ${r.non2xx} réponses en erreur sous charge`);
      const ratio = r.requests.average / floor.requests.average;
      results.push(result({ scenario: `API : ${label}`, engine: 'server', size: '40 000 logements', measured: r.requests.average, unit: 'req/s', floorLabel: 'route triviale', floor: floor.requests.average, better: 'higher', target: '≥ 0,5× et p99 < 50 ms', met: ratio >= 0.5 && r.latency.p99 < 50, extra: { p99Ms: r.latency.p99 } }));
    }
    if (existsSync('dist/web/index.html') && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
      results.push(...(await dashboardInBrowser(base, world.admin.email, world.adminPassword!)));
    }
    return results;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
    await target.dispose();
  }
}
