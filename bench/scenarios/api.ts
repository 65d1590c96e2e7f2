import autocannon from 'autocannon';
import type { FullDatasets } from '../lib/full';
import { result, type Result } from '../lib/report';
import { login, startServer } from '../lib/server';

export function cannon(
  url: string,
  headers: Record<string, string>,
  connections = 32,
  duration = 10,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers }, (error, r) => (error ? reject(error) : resolve(r)));
  });
}

/**
 * The API under load on the PostgreSQL server with the full-scale dataset of 40,000 dwellings
 * (stock, operations, money, governance): 32 connections for 10 s on each endpoint, logged in as
 * the Département's coordinator, against the liveness route of the same server (the framework's
 * floor: the same hooks, no work behind). Targets: ≥ 50 % of the floor's throughput, p99 < 50 ms.
 */
export async function apiScenarios(options: { full: FullDatasets; port?: number }): Promise<Result[]> {
  const target = await options.full.get('server', 40_000);
  const server = await startServer(target.location, options.port ?? 3999);
  try {
    const { world } = target;
    const coordinator = world.users.find((u) => u.role === 'coordinator')!;
    const session = await login(server.base, coordinator.email, world.password);
    const headers = { cookie: session.cookie };
    const floor = await cannon(`${server.base}/api/health/live`, {});
    const endpoints: [string, string][] = [
      ['trajectoire', `/api/stocks/${world.officeId}/trajectory`],
      ['tableau de bord', `/api/conventions/${world.conventionId}/dashboard`],
    ];
    const results: Result[] = [
      result({
        scenario: 'API : route triviale (plancher)',
        engine: 'server',
        size: '32 connexions',
        measured: floor.requests.average,
        unit: 'req/s',
        floorLabel: null,
        floor: null,
        better: 'higher',
        target: '—',
        met: null,
        extra: { p99Ms: floor.latency.p99 },
      }),
    ];
    for (const [label, url] of endpoints) {
      const probe = await fetch(server.base + url, { headers });
      if (!probe.ok) throw new Error(`${url} : ${probe.status}`);
      const r = await cannon(server.base + url, headers);
      if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0)
        throw new Error(
          `${url} : ${r.non2xx} réponses en erreur, ${r.errors} erreurs, ${r.timeouts} délais dépassés sous charge`,
        );
      const ratio = r.requests.average / floor.requests.average;
      results.push(
        result({
          scenario: `API : ${label}`,
          engine: 'server',
          size: '40 000 logements, jeu complet',
          measured: r.requests.average,
          unit: 'req/s',
          floorLabel: 'route triviale',
          floor: floor.requests.average,
          better: 'higher',
          target: '≥ 0,5× et p99 < 50 ms',
          met: ratio >= 0.5 && r.latency.p99 < 50,
          extra: { p99Ms: r.latency.p99 },
        }),
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}
