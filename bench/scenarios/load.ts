import type { FullDatasets, FullWorld } from '../lib/full';
import { result, type Result } from '../lib/report';
import { getJson, login, startServer, type Session } from '../lib/server';
import { percentile, runUsers, type Call, type Page, type Recorded, type VirtualUser } from '../lib/virtual-users';

/**
 * Issue #10 item 9: with the full-scale dataset of 40,000 dwellings on the PostgreSQL server, 200
 * people browsing and 10 entering data for 60 seconds, each logged in with their own session
 * (every role: the office's manager and agents, the Département's coordinators and agents,
 * controllers, elected members). Readers open the pages people use (home dashboard, trajectory,
 * operations and one operation, finances, payment requests, indicators, obligations, progress
 * tables, governance, the stock's dwellings); writers save progress rows, enter indicator values
 * and draft payment requests (office agents) or comment a submitted progress table
 * (coordinators), with the CSRF token the app requires. Every write is one that must succeed.
 *
 * People read a page for 5 to 25 seconds before opening the next one (`thinkMs`). The floor: the
 * same people opening the same pages at the same pace for as long in the same run, every call
 * answered by the liveness route (no work behind): its throughput is the demand, so the ratio says
 * how much of it Copil served, and its latencies what the network and the framework cost. The
 * result must report zero errors (non-2xx, network errors, or no answer within 30 s).
 */

interface Ids {
  operations: string[];
  tables: string[];
  editable: { id: string; rows: Record<string, unknown>[] };
  submitted: { id: string; operations: string[] };
  agreement: { id: string; lineId: string };
  indicators: string[];
  bodies: string[];
  decisions: string[];
}

async function discover(base: string, world: FullWorld, office: Session, coordinator: Session): Promise<Ids> {
  const c = world.conventionId;
  const ops = await getJson<{ items: { id: string }[] }>(base, coordinator, `/api/conventions/${c}/operations`);
  const tables = await getJson<{ items: { id: string; status: string }[] }>(
    base,
    office,
    `/api/conventions/${c}/progress-tables`,
  );
  const editableId = tables.items.find((t) => t.status === 'returned' || t.status === 'open')?.id;
  const submittedId = tables.items.find((t) => t.status === 'submitted')?.id;
  if (!editableId || !submittedId)
    throw new Error("Le jeu de données n'a pas de tableau d'avancement modifiable et transmis.");
  type Row = {
    operationId: string;
    status: string;
    percentComplete: number;
    startActualOn: string | null;
    deliveryActualOn: string | null;
    spent: string | null;
  };
  const editable = await getJson<{ rows: Row[] }>(base, office, `/api/progress-tables/${editableId}`);
  const submitted = await getJson<{ rows: Row[] }>(base, coordinator, `/api/progress-tables/${submittedId}`);
  const agreements = await getJson<
    { id: string; year: number; envelopeKind: string; schedule: { id: string; kind: string }[] }[]
  >(base, office, `/api/conventions/${c}/funding-agreements`);
  const latest = agreements.filter((g) => g.envelopeKind === 'investment').sort((a, b) => b.year - a.year)[0];
  if (!latest) throw new Error("Le jeu de données n'a pas de convention financière d'investissement.");
  const indicators = await getJson<{ indicators: { id: string; canEnter: boolean; frequency: string }[] }>(
    base,
    office,
    `/api/conventions/${c}/indicators`,
  );
  const bodies = await getJson<{ id: string }[]>(base, coordinator, `/api/conventions/${c}/bodies`);
  const decisions = await getJson<{ id: string }[]>(base, coordinator, `/api/conventions/${c}/decisions`);
  return {
    operations: ops.items.map((o) => o.id),
    tables: tables.items.map((t) => t.id),
    editable: {
      id: editableId,
      rows: editable.rows.map((r) => ({
        operationId: r.operationId,
        status: r.status,
        percentComplete: r.percentComplete,
        startActualOn: r.startActualOn,
        deliveryActualOn: r.deliveryActualOn,
        spent: r.spent,
      })),
    },
    submitted: { id: submittedId, operations: submitted.rows.map((r) => r.operationId) },
    agreement: { id: latest.id, lineId: latest.schedule.find((l) => l.kind === 'balance')!.id },
    indicators: indicators.indicators.filter((i) => i.canEnter && i.frequency === 'yearly').map((i) => i.id),
    bodies: bodies.map((b) => b.id),
    decisions: decisions.map((d) => d.id),
  };
}

const one = <T>(items: T[], rng: () => number) => items[Math.floor(rng() * items.length)]!;

function readerPages(world: FullWorld, ids: Ids): [Page, number][] {
  const c = world.conventionId;
  const o = world.officeId;
  const get = (...urls: string[]): Call[] => urls.map((url) => ({ method: 'GET', url }));
  return [
    [
      {
        name: 'accueil',
        calls: () =>
          get('/api/auth/session', '/api/conventions', `/api/conventions/${c}/dashboard`, '/api/notifications'),
      },
      14,
    ],
    [
      {
        name: 'trajectoire',
        calls: () => get(`/api/stocks/${o}`, `/api/stocks/${o}/trajectory`, `/api/stocks/${o}/trajectory?by=epci`),
      },
      10,
    ],
    [{ name: 'opérations', calls: () => get(`/api/conventions/${c}`, `/api/conventions/${c}/operations`) }, 8],
    [{ name: 'opération', calls: (rng) => get(`/api/operations/${one(ids.operations, rng)}`) }, 12],
    [
      {
        name: 'finances',
        calls: () =>
          get(`/api/conventions/${c}`, `/api/conventions/${c}/finance`, `/api/conventions/${c}/funding-agreements`),
      },
      10,
    ],
    [{ name: 'demandes de versement', calls: () => get(`/api/conventions/${c}/payment-requests`) }, 6],
    [{ name: 'indicateurs', calls: () => get(`/api/conventions/${c}/indicators`) }, 8],
    [{ name: 'obligations', calls: () => get(`/api/conventions/${c}/duties`, `/api/conventions/${c}/calendar`) }, 8],
    [
      {
        name: 'avancement',
        calls: (rng) => get(`/api/conventions/${c}/progress-tables`, `/api/progress-tables/${one(ids.tables, rng)}`),
      },
      6,
    ],
    [
      {
        name: 'instances',
        calls: (rng) =>
          get(`/api/conventions/${c}/bodies`, `/api/conventions/${c}/decisions`, `/api/bodies/${one(ids.bodies, rng)}`),
      },
      6,
    ],
    [{ name: 'décision', calls: (rng) => get(`/api/decisions/${one(ids.decisions, rng)}`) }, 4],
    [{ name: 'logements', calls: (rng) => get(`/api/stocks/${o}/dwellings?page=${1 + Math.floor(rng() * 50)}`) }, 8],
  ];
}

function officeWrites(ids: Ids, who: string): [Page, number][] {
  const stamp = () => new Date().toISOString().slice(11, 19);
  return [
    [
      {
        name: 'saisie : avancement',
        calls: (rng) => {
          const start = Math.floor(rng() * Math.max(1, ids.editable.rows.length - 5));
          const rows = ids.editable.rows
            .slice(start, start + 5)
            .map((r) => ({ ...r, officeComment: `Point de ${who} à ${stamp()}` }));
          return [{ method: 'PUT', url: `/api/progress-tables/${ids.editable.id}/rows`, body: { rows } }];
        },
      },
      4,
    ],
    [
      {
        name: 'saisie : indicateur',
        calls: (rng) => [
          {
            method: 'POST',
            url: `/api/indicators/${one(ids.indicators, rng)}/values`,
            body: {
              period: '2025',
              value: String(100 + Math.floor(rng() * 900)),
              comment: `Saisie de ${who}`,
              source: 'Banc de charge',
            },
          },
        ],
      },
      3,
    ],
    [
      {
        name: 'saisie : demande de versement',
        calls: () => [
          {
            method: 'POST',
            url: `/api/funding-agreements/${ids.agreement.id}/payment-requests`,
            body: { scheduleLineId: ids.agreement.lineId, amount: '1.00', description: `Brouillon de ${who}` },
          },
        ],
      },
      3,
    ],
  ];
}

function coordinatorWrites(ids: Ids, who: string): [Page, number][] {
  return [
    [
      {
        name: 'saisie : commentaire du Département',
        calls: (rng) => [
          {
            method: 'PUT',
            url: `/api/progress-tables/${ids.submitted.id}/rows/${one(ids.submitted.operations, rng)}/review-comment`,
            body: { comment: `Vu par ${who}.` },
          },
        ],
      },
      1,
    ],
  ];
}

/** Logs everyone in, a few at a time (each login is a deliberately slow password check). */
async function loginAll(base: string, emails: string[], password: string): Promise<Session[]> {
  const sessions: Session[] = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < emails.length) {
        const i = next++;
        sessions[i] = await login(base, emails[i]!, password);
      }
    }),
  );
  return sessions;
}

const rate = (r: Recorded) => (r.requests / r.durationMs) * 1000;

export async function loadScenario(options: {
  full: FullDatasets;
  port?: number;
  durationS?: number;
  readers?: number;
  writers?: number;
  thinkMs?: [number, number];
}): Promise<Result[]> {
  const durationMs = (options.durationS ?? 60) * 1000;
  const thinkMs = options.thinkMs ?? [5_000, 25_000];
  const target = await options.full.get('server', 40_000);
  const server = await startServer(target.location, options.port ?? 3997);
  try {
    const { world } = target;
    const officeAgents = world.users.filter((u) => u.role === 'office_agent');
    const coordinators = world.users.filter((u) => u.role === 'coordinator');
    const writersWanted = options.writers ?? 10;
    const writerAccounts = [
      ...officeAgents.slice(0, Math.ceil(writersWanted * 0.7)),
      ...coordinators.slice(0, writersWanted - Math.ceil(writersWanted * 0.7)),
    ];
    const readerAccounts = world.users.filter((u) => !writerAccounts.includes(u)).slice(0, options.readers ?? 200);
    const sessions = await loginAll(
      server.base,
      [...writerAccounts, ...readerAccounts].map((u) => u.email),
      world.password,
    );
    const ids = await discover(server.base, world, sessions[0]!, sessions[writerAccounts.length - 1]!);
    const pages = readerPages(world, ids);
    const users: VirtualUser[] = sessions.map((session, i) => {
      const account = [...writerAccounts, ...readerAccounts][i]!;
      if (i >= writerAccounts.length) return { session, kind: 'reader', pages };
      return {
        session,
        kind: 'writer',
        pages:
          account.role === 'coordinator' ? coordinatorWrites(ids, account.email) : officeWrites(ids, account.email),
      };
    });
    // The floor: the same people opening the same pages at the same pace, every call answered by the trivial route.
    const trivial = (pages: VirtualUser['pages']): VirtualUser['pages'] =>
      pages.map(
        ([page, w]) =>
          [
            {
              name: page.name,
              calls: (rng) => page.calls(rng).map((): Call => ({ method: 'GET', url: '/api/health/live' })),
            },
            w,
          ] as const,
      );
    const floorUsers = users.map((u) => ({ ...u, pages: trivial(u.pages) }));
    const floor = await runUsers(server.base, floorUsers, { durationMs, thinkMs, timeoutMs: 30_000 });
    const run = await runUsers(server.base, users, { durationMs, thinkMs, timeoutMs: 30_000 });
    const size = `${readerAccounts.length} lecteurs + ${writerAccounts.length} rédacteurs, ${durationMs / 1000} s, ${thinkMs[0] / 1000}–${thinkMs[1] / 1000} s entre deux pages`;
    const writes = run.byKind.writer;
    const extra = {
      requests: run.requests,
      errors: run.errors,
      timeouts: run.timeouts,
      p50Ms: Math.round(percentile(run.latencies, 50)),
      p99Ms: Math.round(percentile(run.latencies, 99)),
      writes: writes.requests,
      writeErrors: writes.errors,
      writeP99Ms: Math.round(percentile(writes.latencies, 99)),
      floorP50Ms: Math.round(percentile(floor.latencies, 50) * 10) / 10,
      floorP99Ms: Math.round(percentile(floor.latencies, 99) * 10) / 10,
      thinkMs: `${thinkMs[0]}–${thinkMs[1]}`,
      // The pages by median opening time, slowest first: where the time goes.
      pagesP50Ms: Object.entries(run.pages)
        .map(([name, times]) => [name, Math.round(percentile(times, 50)), times.length] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms, n]) => `${name} ${ms} ms (${n})`)
        .join(', '),
      ...(run.samples.length > 0 ? { firstErrors: run.samples.join(' | ') } : {}),
    };
    return [
      result({
        scenario: 'charge : débit, zéro erreur',
        engine: 'server',
        size,
        measured: rate(run),
        unit: 'req/s',
        floorLabel: 'mêmes pages, route triviale',
        floor: rate(floor),
        better: 'higher',
        target: '0 erreur',
        met: run.errors === 0,
        extra,
      }),
      result({
        scenario: 'charge : latence p50',
        engine: 'server',
        size,
        measured: percentile(run.latencies, 50),
        unit: 'ms',
        floorLabel: 'route triviale',
        floor: percentile(floor.latencies, 50),
        better: 'lower',
        target: '—',
        met: null,
      }),
      result({
        scenario: 'charge : latence p99',
        engine: 'server',
        size,
        measured: percentile(run.latencies, 99),
        unit: 'ms',
        floorLabel: 'route triviale',
        floor: percentile(floor.latencies, 99),
        better: 'lower',
        target: '—',
        met: null,
      }),
      result({
        scenario: 'charge : écritures (p99)',
        engine: 'server',
        size: `${writes.requests} écritures`,
        measured: percentile(writes.latencies, 99),
        unit: 'ms',
        floorLabel: 'route triviale',
        floor: percentile(floor.latencies, 99),
        better: 'lower',
        target: '0 erreur',
        met: writes.errors === 0,
        extra: { errors: writes.errors },
      }),
    ];
  } finally {
    await server.stop();
  }
}
