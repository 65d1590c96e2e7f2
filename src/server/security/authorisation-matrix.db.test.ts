import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../contracts/audit';
import type { RequestView } from '../../contracts/finance';
import {
  buildTestApp,
  describeEachEngine,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../test/engines';
import { createTestOrganisation, createTestUser } from '../test/fixtures';
import { authorisationMatrix } from './matrix';
import { matrixRoles, type MatrixEntry } from './matrix/types';
import { prepareWalk, walkEntry, type Walk } from './matrix-walk';

/**
 * Issue 10, point 1: every API route × every role against the running app with the reference
 * seed and the walk's fixtures. The table lives in ./matrix (one file per domain); this file
 * proves it is complete and true, and checks segregation of duties across it (nobody approves
 * their own organisation's submission, a controller reads but never writes).
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
    // A mail server is named (none is reached: no job runs) so that invitations may be resent.
    built = await buildTestApp(engine, { SMTP_URL: 'smtp://127.0.0.1:2525' });
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
    expect(
      registered.filter((r) => !listed.includes(r)),
      'registered routes missing from the matrix',
    ).toEqual([]);
    expect(
      listed.filter((l) => !registered.includes(l)),
      'matrix entries with no registered route',
    ).toEqual([]);
  });

  it('never lets a controller or another landlord write', () => {
    for (const entry of authorisationMatrix) {
      if (entry.method === 'GET' || entry.personal) continue;
      expect(entry.expect.controller, `${key(entry)}: a controller never writes`).not.toBe('ok');
      expect(entry.expect.otherLandlord, `${key(entry)}: another landlord never writes`).not.toBe('ok');
    }
  });

  it('lets the appointed controller read what the partnership reads', () => {
    const reads = authorisationMatrix.filter(
      (e) => e.method === 'GET' && e.expect.officeAgent === 'ok' && e.expect.coordinator === 'ok',
    );
    expect(
      reads.filter((e) => e.expect.controller !== 'ok').map(key),
      'reads the parties have and the controller lacks',
    ).toEqual([]);
  });

  it("lets nobody approve their own organisation's submission, and no controller approve anything", async () => {
    const { coordinator, officeManager, officeAgent, controller, otherLandlord } = walk.users as Required<
      Walk['users']
    >;
    const status = async (response: Promise<InjectResponse>) => (await response).statusCode;
    const draft = await officeAgent.inject(
      'POST',
      `/api/funding-agreements/${walk.ids.get('funding-agreements')}/payment-requests`,
      { scheduleLineId: walk.ids.get('scheduleLine'), amount: '2.00' },
    );
    expect(draft.statusCode, draft.body).toBe(201);
    const requestUrl = `/api/payment-requests/${draft.json<RequestView>().id}`;
    const transitions = `${requestUrl}/transitions`;
    // A draft is the office's own: the Département sees it once submitted, and never submits it.
    expect(await status(coordinator.inject('GET', requestUrl))).toBe(404);
    expect(await status(coordinator.inject('POST', transitions, { action: 'submit' }))).toBe(403);
    expect(await status(officeManager.inject('GET', requestUrl))).toBe(200);
    // The agent drafts; the office's manager alone submits (DESIGN §1).
    expect(await status(officeAgent.inject('POST', transitions, { action: 'submit' }))).toBe(403);
    expect(await status(officeManager.inject('POST', transitions, { action: 'submit' }))).toBe(200);
    expect(await status(coordinator.inject('GET', requestUrl))).toBe(200);
    expect(await status(officeManager.inject('POST', transitions, { action: 'approve' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', transitions, { action: 'approve' }))).toBe(403);
    expect(await status(controller.inject('POST', transitions, { action: 'approve' }))).toBe(403);
    expect(await status(otherLandlord.inject('POST', transitions, { action: 'approve' }))).toBe(404);
    expect(await status(coordinator.inject('POST', transitions, { action: 'approve' }))).toBe(200);

    const table = await officeAgent.inject('POST', `/api/conventions/${walk.ids.get('conventions')}/progress-tables`, {
      periodEnd: '2033-12-31',
    });
    expect(table.statusCode, table.body).toBe(201);
    const tableTransitions = `/api/progress-tables/${table.json<{ id: string }>().id}/transitions`;
    expect(await status(coordinator.inject('POST', tableTransitions, { action: 'submit' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', tableTransitions, { action: 'submit' }))).toBe(403);
    expect(await status(officeManager.inject('POST', tableTransitions, { action: 'submit' }))).toBe(200);
    expect(await status(officeManager.inject('POST', tableTransitions, { action: 'accept' }))).toBe(403);
    expect(await status(officeAgent.inject('POST', tableTransitions, { action: 'accept' }))).toBe(403);
    expect(await status(controller.inject('POST', tableTransitions, { action: 'accept' }))).toBe(403);
    expect(await status(otherLandlord.inject('POST', tableTransitions, { action: 'accept' }))).toBe(404);
    // The other side may: the Département accepts what the office submitted.
    expect(await status(coordinator.inject('POST', tableTransitions, { action: 'accept' }))).toBe(200);
  });

  it('scopes the audit journal and the evidence bundle per role and tenant (issue #17)', async () => {
    const conventionId = walk.ids.get('conventions')!;
    const today = new Date().toISOString().slice(0, 10);
    const platformTypes = ['user', 'session', 'organisation'];
    const journal = async (session: LoggedIn) => {
      const response = await session.inject('GET', '/api/audit?pageSize=200');
      return { status: response.statusCode, page: response.statusCode === 200 ? response.json<AuditPage>() : null };
    };
    const bundleIds = async (session: LoggedIn) => {
      const response = await session.inject(
        'GET',
        `/api/conventions/${conventionId}/evidence-bundle.zip?asOf=${today}`,
      );
      if (response.statusCode !== 200) return response.statusCode;
      const csv = await (await JSZip.loadAsync(response.rawPayload)).file('audit/journal.csv')!.async('string');
      return csv
        .split('\n')
        .map((line) => /^(\d+);/.exec(line)?.[1])
        .filter((id): id is string => id !== undefined);
    };
    const readable = async (session: LoggedIn) =>
      new Set((await session.inject('GET', '/api/conventions')).json<{ id: string }[]>().map((c) => c.id));

    // The matrix's own roles: the administrator alone reads platform events; the coordinator and
    // the appointed controller read their conventions' events; every other role is refused.
    const users = walk.users as Required<Walk['users']>;
    const admin = await journal(users.admin);
    expect(admin.page!.items.some((e) => platformTypes.includes(e.entityType))).toBe(true);
    for (const role of ['coordinator', 'controller'] as const) {
      const { status, page } = await journal(users[role]);
      expect(status, role).toBe(200);
      const theirs = await readable(users[role]);
      expect(page!.items.length, role).toBeGreaterThan(0);
      expect(
        page!.items.filter((e) => platformTypes.includes(e.entityType)).map((e) => e.id),
        role,
      ).toEqual([]);
      expect(
        page!.items.filter((e) => e.conventionId !== null && !theirs.has(e.conventionId)).map((e) => e.id),
        `${role} reads events of conventions it does not read elsewhere`,
      ).toEqual([]);
    }
    for (const role of ['departmentAgent', 'officeManager', 'officeAgent', 'electedMember', 'otherLandlord'] as const)
      expect((await journal(users[role])).status, role).toBe(403);

    // Another Département's coordinator and controller, and a controller party to no convention.
    const otherDepartment = (await createTestOrganisation(engine.db, { kind: 'department' })).id;
    const lonelyBody = (await createTestOrganisation(engine.db, { kind: 'control_body' })).id;
    const signIn = async (roles: ['coordinator'] | ['controller'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password, { remoteAddress: '198.51.100.200' });
    };
    for (const [who, session] of [
      ['other coordinator', await signIn(['coordinator'], otherDepartment)],
      ['other controller', await signIn(['controller'], otherDepartment)],
      ['lonely controller', await signIn(['controller'], lonelyBody)],
    ] as const) {
      expect(await journal(session), who).toEqual({ status: 200, page: expect.objectContaining({ total: 0 }) });
      expect(await bundleIds(session), who).toBe(404);
    }

    // The bundle holds exactly what the convention's controller may read, whoever downloads it.
    const expected = (
      await engine.db
        .selectFrom('audit_events')
        .select('id')
        .where('convention_id', '=', conventionId)
        .where('private_to_organisation', '=', false)
        .orderBy('id')
        .execute()
    ).map((e) => e.id.toString());
    const ofController = await bundleIds(users.controller);
    expect(ofController).toEqual(expected);
    expect((await bundleIds(users.coordinator)) as string[]).toEqual(
      expect.arrayContaining(expected), // plus the controller's own download, recorded since
    );
  });

  it('gives each role the declared answer on every route', async () => {
    const mismatches: string[] = [];
    for (const entry of walkOrder(authorisationMatrix)) {
      const { got, said, failures } = await walkEntry(walk, entry);
      mismatches.push(...failures);
      for (const role of matrixRoles) {
        if (got[role] !== entry.expect[role])
          mismatches.push(
            `${key(entry)} as ${role}: expected ${entry.expect[role]}, got ${got[role]} ${said[role] ?? ''}`,
          );
      }
      if (!publicRoutes.has(key(entry)) && got.anonymous !== 401)
        mismatches.push(`${key(entry)} as anonymous: expected 401, got ${got.anonymous}`);
    }
    expect(mismatches).toEqual([]);
  }, 900_000);
});
