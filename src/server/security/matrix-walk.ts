import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/connect';
import type { Role } from '../../contracts/access';
import { loginAs, type InjectResponse, type LoggedIn, type TestApp } from '../test/engines';
import { createTestOrganisation, createTestUser } from '../test/fixtures';
import { matrixRoles, type Answer, type MatrixEntry, type MatrixRole } from './matrix/types';

/**
 * Walks the authorisation matrix against a running app: one signed-in user per role (plus a
 * user of a second landlord that is not party to the convention, and no session at all), with
 * path parameters replaced by real ids of the reference seed.
 */
type App = TestApp['app'];

/** URL segment before a `:id` → the table holding such ids. */
const tables: Record<string, string> = {
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
  dwellings: 'dwellings',
  establishments: 'establishments',
  'stock-imports': 'stock_imports',
  operations: 'operations',
  'progress-tables': 'progress_tables',
  indicators: 'indicators',
};

export interface Walk {
  app: App;
  users: Partial<Record<MatrixRole, LoggedIn>>;
  ids: Map<string, string>;
}

export async function prepareWalk(app: App, db: Db, initialAdmin: { email: string; password: string }): Promise<Walk> {
  const orgId = (siret: string) => db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow().then((o) => o.id);
  const department = await orgId('22620001200012');
  const office = await orgId('34407767200022');
  const controlBody = (await createTestOrganisation(db, { kind: 'control_body' })).id;
  const otherLandlord = (await createTestOrganisation(db, { kind: 'landlord' })).id;
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
  users.admin = await loginAs(app, initialAdmin.email, initialAdmin.password, { remoteAddress: `198.51.100.${++address}` });
  for (const [key, roles, organisationId] of made) {
    const user = await createTestUser(db, { roles, organisationId });
    users[key] = await loginAs(app, user.email, user.password, { remoteAddress: `198.51.100.${++address}` });
  }
  const ids = new Map<string, string>();
  ids.set('stocks', office);
  const convention = await db.selectFrom('conventions').select('id').where('period_start', '=', '2024-01-01').executeTakeFirstOrThrow();
  ids.set('conventions', convention.id);
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
  return { app, users, ids };
}

/** The concrete address for a route pattern: each `:param` takes the id of the segment before it. */
export function concreteUrl(walk: Walk, entry: MatrixEntry): string {
  const parts = entry.url.split('/');
  return parts
    .map((part, i) => {
      if (part === '*') return 'index.html';
      if (!part.startsWith(':')) return part;
      if (entry.randomIds) return randomUUID();
      if (part === ':year') return '2025';
      if (part === ':format') return 'xlsx';
      if (part === ':file') return `${randomUUID()}.ics`;
      if (part === ':operationId') return walk.ids.get('operations')!;
      return walk.ids.get(parts[i - 1]!) ?? randomUUID();
    })
    .join('/');
}

export function answerOf(response: InjectResponse): Answer {
  return response.statusCode >= 200 && response.statusCode < 300 ? 'ok' : response.statusCode;
}

export async function send(walk: Walk, role: MatrixRole, entry: MatrixEntry): Promise<InjectResponse> {
  const url = concreteUrl(walk, entry);
  const write = entry.method !== 'GET';
  const body = write ? (entry.body ?? {}) : undefined;
  if (role === 'anonymous') return walk.app.inject({ method: entry.method, url, ...(body === undefined ? {} : { payload: body as object }) });
  return walk.users[role]!.inject(entry.method, url, body);
}

export async function answers(walk: Walk, entry: MatrixEntry): Promise<Record<MatrixRole, Answer>> {
  const result = {} as Record<MatrixRole, Answer>;
  for (const role of matrixRoles) result[role] = answerOf(await send(walk, role, entry));
  return result;
}
