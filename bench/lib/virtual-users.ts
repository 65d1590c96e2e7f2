import { prng } from '../../src/server/seed/demo-stock';
import type { Session } from './server';

/**
 * Simulated people using Copil: each one, logged in with their own session, opens a page (its API
 * calls sent together, as the browser does), reads it for a while (think time), opens another,
 * until the run ends. A writer's "page" is a state-changing request carrying the session's CSRF
 * token. Every request is timed and counted; an error is any answer outside 2xx, a network error
 * or a request still unanswered after the timeout.
 */

export interface Call {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  body?: unknown;
}

/** A page: what one click sends. Drawn for a user by `pick`, according to the user. */
export type Page = { name: string; calls: (rng: () => number) => Call[] };

export interface VirtualUser {
  session: Session;
  kind: 'reader' | 'writer';
  pages: readonly (readonly [Page, number])[];
}

export interface Recorded {
  requests: number;
  errors: number;
  timeouts: number;
  /** The first few errors, to say what went wrong. */
  samples: string[];
  latencies: number[];
  byKind: Record<'reader' | 'writer', { requests: number; errors: number; latencies: number[] }>;
  /** Per page: how long each opening took (its slowest call), sorted. */
  pages: Record<string, number[]>;
  durationMs: number;
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function draw<T>(items: readonly (readonly [T, number])[], u: number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = u * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

export async function runUsers(
  base: string,
  users: VirtualUser[],
  options: { durationMs: number; thinkMs: [number, number]; timeoutMs: number },
): Promise<Recorded> {
  const recorded: Recorded = {
    requests: 0,
    errors: 0,
    timeouts: 0,
    samples: [],
    latencies: [],
    byKind: { reader: { requests: 0, errors: 0, latencies: [] }, writer: { requests: 0, errors: 0, latencies: [] } },
    pages: {},
    durationMs: 0,
  };
  const started = performance.now();
  const deadline = started + options.durationMs;
  const [thinkMin, thinkMax] = options.thinkMs;

  const send = async (user: VirtualUser, call: Call) => {
    const headers: Record<string, string> = { cookie: user.session.cookie };
    if (call.method !== 'GET') {
      headers['x-csrf-token'] = user.session.csrfToken;
      headers['content-type'] = 'application/json';
    }
    const t0 = performance.now();
    let problem: string | null = null;
    try {
      const response = await fetch(base + call.url, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Read the whole body, as the browser does, before the request counts as answered.
      const text = await response.text();
      if (response.status < 200 || response.status > 299)
        problem = `${call.method} ${call.url} : ${response.status} ${text.slice(0, 200)}`;
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      if (timedOut) recorded.timeouts++;
      problem = `${call.method} ${call.url} : ${timedOut ? `sans réponse après ${options.timeoutMs} ms` : String(error)}`;
    }
    const ms = performance.now() - t0;
    const kind = recorded.byKind[user.kind];
    recorded.requests++;
    kind.requests++;
    recorded.latencies.push(ms);
    kind.latencies.push(ms);
    if (problem) {
      recorded.errors++;
      kind.errors++;
      if (recorded.samples.length < 10) recorded.samples.push(problem);
    }
  };

  const live = async (user: VirtualUser, index: number) => {
    const rng = prng(index + 1);
    // Users arrive over the first think time, not all in the same millisecond.
    await new Promise((r) => setTimeout(r, rng() * thinkMax));
    while (performance.now() < deadline) {
      const page = draw(user.pages, rng());
      const opened = performance.now();
      await Promise.all(page.calls(rng).map((call) => send(user, call)));
      (recorded.pages[page.name] ??= []).push(performance.now() - opened);
      const think = thinkMin + rng() * (thinkMax - thinkMin);
      await new Promise((r) => setTimeout(r, Math.min(think, Math.max(0, deadline - performance.now()))));
    }
  };

  await Promise.all(users.map((user, i) => live(user, i)));
  recorded.durationMs = performance.now() - started;
  recorded.latencies.sort((a, b) => a - b);
  for (const k of Object.values(recorded.byKind)) k.latencies.sort((a, b) => a - b);
  for (const times of Object.values(recorded.pages)) times.sort((a, b) => a - b);
  return recorded;
}
