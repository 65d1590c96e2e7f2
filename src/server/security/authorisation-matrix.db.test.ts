import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AgreementView, FinanceOverview, RequestView } from '../../contracts/finance';
import { buildTestApp, describeEachEngine, type InjectResponse, type TestApp } from '../test/engines';
import { authorisationMatrix } from './matrix';
import { matrixRoles, type Answer, type MatrixEntry, type MatrixRole } from './matrix/types';
import { answerOf, prepareWalk, send, type Walk } from './matrix-walk';

/**
 * Issue 10, point 1: every API route × every role against the running app with the reference
 * seed. The table lives in ./matrix (one file per domain); this file proves it is complete and
 * true, and checks segregation of duties across it (a controller never writes).
 */
const key = (e: { method: string; url: string }) => `${e.method} ${e.url}`;

/** GETs first, then writes, then sign-out: a write must not take away what a read needs. */
function walkOrder(entries: MatrixEntry[]): MatrixEntry[] {
  const rank = (e: MatrixEntry) => (e.url === '/api/auth/logout' ? 2 : e.method === 'GET' ? 0 : 1);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

describeEachEngine('authorisation matrix', (engine) => {
  let built: TestApp;
  let walk: Walk;
  let publicRoutes: Set<string>;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    publicRoutes = new Set(built.app.routeInventory.filter((r) => r.public).map(key));
    walk = await prepareWalk(built.app, engine.db, built.initialAdmin!);
  });
  afterAll(async () => {
    await built?.close();
  });

  it('lists every registered API route once, and no route that no longer exists', () => {
    const registered = built.app.routeInventory.filter((r) => r.url.startsWith('/api')).map(key);
    const listed = authorisationMatrix.map(key);
    expect(new Set(listed).size, 'an entry is listed twice').toBe(listed.length);
    expect(registered.filter((r) => !listed.includes(r)), 'registered routes missing from the matrix').toEqual([]);
    expect(listed.filter((l) => !registered.includes(l)), 'matrix entries with no registered route').toEqual([]);
  });

  it('declares a table of answers for every read, and never lets a controller write', () => {
    for (const entry of authorisationMatrix) {
      if (entry.method === 'GET') expect(entry.expect, `${key(entry)} has no expected answers`).toBeDefined();
      if (entry.method === 'GET' || entry.personal || !entry.expect) continue;
      expect(entry.expect.controller, `${key(entry)}: a controller never writes`).not.toBe('ok');
      expect(entry.expect.otherLandlord, `${key(entry)}: another landlord never writes`).not.toBe('ok');
    }
  });

  it('gives each role the declared answer on every route', async () => {
    const mismatches: string[] = [];
    for (const entry of walkOrder(authorisationMatrix)) {
      const got = {} as Record<MatrixRole, Answer>;
      for (const role of matrixRoles) {
        const response = await send(walk, role, entry);
        got[role] = answerOf(response);
        if (response.statusCode >= 500 && !entry.knownDefect) mismatches.push(`${key(entry)} as ${role}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
      if (entry.expect) {
        for (const role of matrixRoles) {
          if (got[role] !== entry.expect[role]) mismatches.push(`${key(entry)} as ${role}: expected ${entry.expect[role]}, got ${got[role]}`);
        }
        continue;
      }
      // Bodyless writes: zod answers first, so only what a role must never get is asserted.
      if (!publicRoutes.has(key(entry)) && got.anonymous !== 401) mismatches.push(`${key(entry)} as anonymous: expected 401, got ${got.anonymous}`);
      if (got.controller === 'ok') mismatches.push(`${key(entry)}: a controller wrote`);
      if (got.otherLandlord === 'ok') mismatches.push(`${key(entry)}: another landlord wrote`);
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});

/**
 * Nobody approves their own organisation's submission. A suite of its own (its own database), so
 * the entities it creates (a funding agreement, a payment request, a progress table) do not change
 * the answers the walk above expects.
 */
describeEachEngine('segregation of duties', (engine) => {
  let built: TestApp;
  let walk: Walk;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    walk = await prepareWalk(built.app, engine.db, built.initialAdmin!);
  });
  afterAll(async () => {
    await built?.close();
  });

  it("lets nobody approve their own organisation's submission, and no controller approve anything", async () => {
    const { admin, coordinator, officeManager, officeAgent, controller, otherLandlord } = walk.users as Required<Walk['users']>;
    const status = async (response: Promise<InjectResponse>) => (await response).statusCode;
    const conventionId = walk.ids.get('conventions')!;
    const finance = (await coordinator.inject('GET', `/api/conventions/${conventionId}/finance`)).json<FinanceOverview>();
    const allocation = finance.envelopes[0]!.allocations.find((a) => a.year === 2024)!.id;
    const agreementResponse = await coordinator.inject('POST', `/api/allocations/${allocation}/funding-agreement`, {
      amount: '4000000.00',
      signedOn: '2024-06-01',
      purpose: 'Réhabilitation thermique 2024',
      schedule: [
        { kind: 'advance', label: 'Avance de 30 %', amount: '1200000.00', requiredDocuments: [] },
        { kind: 'balance', label: 'Solde', amount: '2800000.00', requiredDocuments: [] },
      ],
    });
    expect(agreementResponse.statusCode, agreementResponse.body).toBe(201);
    const agreement = agreementResponse.json<AgreementView>();
    const draft = await officeAgent.inject('POST', `/api/funding-agreements/${agreement.id}/payment-requests`, { scheduleLineId: agreement.schedule[0]!.id, amount: '1200000.00' });
    expect(draft.statusCode, draft.body).toBe(201);
    const transitions = `/api/payment-requests/${draft.json<RequestView>().id}/transitions`;
    expect(await status(coordinator.inject('POST', transitions, { action: 'submit' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', transitions, { action: 'submit' }))).toBe(200);
    expect(await status(officeManager.inject('POST', transitions, { action: 'approve' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', transitions, { action: 'approve' }))).toBe(403);
    expect([403, 404]).toContain(await status(controller.inject('POST', transitions, { action: 'approve' })));
    expect(await status(otherLandlord.inject('POST', transitions, { action: 'approve' }))).toBe(404);

    const table = await officeAgent.inject('POST', `/api/conventions/${conventionId}/progress-tables`, { periodEnd: '2026-06-30' });
    expect(table.statusCode, table.body).toBe(201);
    const tableTransitions = `/api/progress-tables/${table.json<{ id: string }>().id}/transitions`;
    expect(await status(officeAgent.inject('POST', tableTransitions, { action: 'submit' }))).toBe(200);
    expect(await status(officeManager.inject('POST', tableTransitions, { action: 'accept' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', tableTransitions, { action: 'accept' }))).toBe(403);
    expect([403, 404]).toContain(await status(controller.inject('POST', tableTransitions, { action: 'accept' })));
    expect(await status(otherLandlord.inject('POST', tableTransitions, { action: 'accept' }))).toBe(404);
    // The other side may: the Département accepts what the office submitted.
    expect(await status(admin.inject('GET', tableTransitions.replace('/transitions', '')))).toBe(200);
    expect(await status(coordinator.inject('POST', tableTransitions, { action: 'accept' }))).toBe(200);
  });
});
