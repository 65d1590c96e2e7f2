import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/connect';
import type { Role } from '../../contracts/access';
import { loginAs, type InjectResponse, type LoggedIn, type TestApp } from '../test/engines';
import { createTestOrganisation, createTestUser } from '../test/fixtures';
import { buildFixtures, importSmallStock, multipart } from './matrix-fixtures';
import { makeFresh } from './matrix-fresh';
import { matrixRoles, type Answer, type BodyContext, type MatrixEntry, type MatrixRole } from './matrix/types';

/**
 * Walks the authorisation matrix against a running app: one signed-in user per role (plus a
 * user of a second landlord that is not party to the convention, and no session at all), with
 * path parameters replaced by real ids: of the reference seed, of the fixtures every walk makes
 * (matrix-fixtures.ts), or of what a state-changing route acts on, made afresh for each role
 * (matrix-fresh.ts).
 */
type App = TestApp['app'];

/** URL segment before a `:id` → the table holding such ids. */
const tables: Record<string, string> = {
  users: 'users',
  conventions: 'conventions',
  documents: 'documents',
  commitments: 'commitments',
  'termination-notices': 'termination_notices',
  envelopes: 'envelopes',
  allocations: 'allocations',
  'funding-agreements': 'funding_agreements',
  guarantees: 'loan_guarantees',
  'payment-requests': 'payment_requests',
  bodies: 'governance_bodies',
  mandates: 'governance_mandates',
  members: 'governance_members',
  sessions: 'governance_sessions',
  meetings: 'governance_sessions',
  'agenda-items': 'governance_agenda_items',
  decisions: 'governance_decisions',
  'action-items': 'governance_action_items',
  duties: 'duties',
  'duty-instances': 'duty_instances',
  notifications: 'notifications',
  'communication-events': 'communication_events',
  'publicity-proofs': 'publicity_proofs',
  'reported-events': 'reported_events',
  'guarantee-requests': 'guarantee_requests',
  dwellings: 'dwellings',
  establishments: 'establishments',
  'stock-imports': 'stock_imports',
  operations: 'operations',
  'progress-tables': 'progress_tables',
  indicators: 'indicators',
};

export interface Walk {
  app: App;
  db: Db;
  users: Partial<Record<MatrixRole, LoggedIn>>;
  /** Path segment (or fixture name) → id. */
  ids: Map<string, string>;
  /** Files the fixtures fetched (a progress table's xlsx…), for uploads. */
  files: Map<string, Buffer>;
  /** Incremented at each use: codes, e-mails and names that must never repeat. */
  counter: number;
}

export async function prepareWalk(app: App, db: Db, initialAdmin: { email: string; password: string }): Promise<Walk> {
  const orgId = (siret: string) =>
    db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', siret)
      .executeTakeFirstOrThrow()
      .then((o) => o.id);
  const department = await orgId('22620001200012');
  const office = await orgId('34407767200022');
  const controlBody = (
    await createTestOrganisation(db, { kind: 'control_body', name: 'Chambre régionale des comptes (matrice)' })
  ).id;
  const otherLandlord = (await createTestOrganisation(db, { kind: 'landlord', name: 'Office voisin (matrice)' })).id;
  const made: [MatrixRole, Role[], string][] = [
    ['coordinator', ['coordinator'], department],
    ['departmentAgent', ['department_agent'], department],
    ['electedMember', ['elected_member'], department],
    ['officeManager', ['office_manager'], office],
    ['officeAgent', ['office_agent'], office],
    ['controller', ['controller'], controlBody],
    ['otherLandlord', ['office_manager'], otherLandlord],
  ];
  const users: Walk['users'] = {};
  let address = 0;
  users.admin = await loginAs(app, initialAdmin.email, initialAdmin.password, {
    remoteAddress: `198.51.100.${++address}`,
  });
  for (const [key, roles, organisationId] of made) {
    const user = await createTestUser(db, { roles, organisationId });
    users[key] = await loginAs(app, user.email, user.password, { remoteAddress: `198.51.100.${++address}` });
  }
  const ids = new Map<string, string>([
    ['stocks', office],
    ['department', department],
    ['office', office],
    ['controlBody', controlBody],
  ]);
  const convention = await db
    .selectFrom('conventions')
    .select('id')
    .where('period_start', '=', '2024-01-01')
    .executeTakeFirstOrThrow();
  ids.set('conventions', convention.id);
  const walk: Walk = { app, db, users, ids, files: new Map(), counter: 0 };
  // The first real import replaces the demonstration stock: made before any id is picked, so the
  // dwellings walked are those that stay (and the walk's exports stay small).
  await importSmallStock(walk);
  for (const [segment, table] of Object.entries(tables)) {
    if (ids.has(segment)) continue;
    // Ids are random on each seeding: pick the row by its content (ids, links and times left out),
    // so that every run walks the same commitment, indicator, body….
    const row = await sql<{ id: string }>`
      select id from ${sql.table(table)} t
      order by (select string_agg(value::text, ',' order by key) from jsonb_each(to_jsonb(t))
                where key <> 'id' and key not like '%\_id' and key not like '%\_at'), id
      limit 1`.execute(db);
    ids.set(segment, row.rows[0]?.id ?? randomUUID());
  }
  await buildFixtures(walk);
  return walk;
}

function contextOf(walk: Walk, role: MatrixRole, fresh: Map<string, string> | undefined): BodyContext {
  return {
    role,
    unique: ++walk.counter,
    id: (name) => {
      const id = fresh?.get(name) ?? walk.ids.get(name);
      if (id === undefined) throw new Error(`The matrix names « ${name} », which no fixture made.`);
      return id;
    },
    file: (name) => {
      const file = walk.files.get(name);
      if (!file) throw new Error(`The matrix names the file « ${name} », which no fixture fetched.`);
      return file;
    },
  };
}

/** The concrete address for a route pattern: each `:param` takes the id of the segment before it. */
export function concreteUrl(walk: Walk, entry: MatrixEntry, context = contextOf(walk, 'admin', undefined)): string {
  const parts = entry.url.split('/');
  const path = parts
    .map((part, i) => {
      if (part === '*') return 'index.html';
      if (!part.startsWith(':')) return part;
      if (entry.randomIds) return randomUUID();
      if (part === ':format') return 'xlsx';
      if (part === ':file') return `${randomUUID()}.ics`;
      const segment = part === ':id' ? parts[i - 1]! : part.slice(1);
      return context.id(entry.at?.[segment] ?? segment);
    })
    .join('/');
  const query = typeof entry.query === 'function' ? entry.query(context) : entry.query;
  return query ? `${path}?${query}` : path;
}

export function answerOf(response: InjectResponse): Answer {
  return response.statusCode >= 200 && response.statusCode < 300 ? 'ok' : response.statusCode;
}

/** One role's request: the entry's body (or upload) with the walk's ids, with that role's session. */
export async function send(
  walk: Walk,
  role: MatrixRole,
  entry: MatrixEntry,
  fresh?: Map<string, string>,
): Promise<InjectResponse> {
  const context = contextOf(walk, role, fresh);
  const url = concreteUrl(walk, entry, context);
  let payload: unknown;
  let headers: Record<string, string> = {};
  if (entry.upload)
    ({ payload, headers } = multipart(entry.upload.filename, entry.upload.contentType, entry.upload.file(context)));
  else if (typeof entry.body === 'function') payload = (entry.body as (c: BodyContext) => unknown)(context);
  else payload = entry.body;
  if (role === 'anonymous')
    return walk.app.inject({
      method: entry.method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return walk.users[role]!.inject(entry.method, url, payload, { headers });
}

const refusalCodes: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/**
 * Every role's answer to one entry. When the entry acts on a fresh fixture, the fixture is made
 * before the first role and made again after any role whose request succeeded (and so changed it).
 */
export async function walkEntry(
  walk: Walk,
  entry: MatrixEntry,
): Promise<{ got: Record<MatrixRole, Answer>; said: Partial<Record<MatrixRole, string>>; failures: string[] }> {
  const got = {} as Record<MatrixRole, Answer>;
  const said: Partial<Record<MatrixRole, string>> = {};
  const failures: string[] = [];
  let fresh = entry.fresh ? await makeFresh(walk, entry.fresh) : undefined;
  for (const [i, role] of matrixRoles.entries()) {
    const response = await send(walk, role, entry, fresh);
    got[role] = answerOf(response);
    if (got[role] !== 'ok') said[role] = response.body.slice(0, 300);
    if (response.statusCode >= 500 && !entry.knownDefect)
      failures.push(`${entry.method} ${entry.url} as ${role}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    // A refusal must be the policy's (not a missing CSRF token, not an expired session).
    const code = refusalCodes[response.statusCode];
    if (
      code &&
      response.headers['content-type']?.toString().startsWith('application/problem+json') &&
      response.json<{ code: string }>().code !== code
    ) {
      failures.push(
        `${entry.method} ${entry.url} as ${role}: ${response.statusCode} for another reason than the policy: ${response.body.slice(0, 200)}`,
      );
    }
    if (entry.fresh && got[role] === 'ok' && i < matrixRoles.length - 1) fresh = await makeFresh(walk, entry.fresh);
  }
  return { got, said, failures };
}
