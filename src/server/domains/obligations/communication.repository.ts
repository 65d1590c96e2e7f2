import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

export function listEvents(db: Q, conventionId: string) {
  return db
    .selectFrom('communication_events')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('event_on')
    .orderBy('created_at')
    .execute();
}

export function findEvent(db: Q, id: string) {
  return db.selectFrom('communication_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the event: its invitation versions are numbered and decided one at a time. */
export function lockEvent(db: Transaction<Database>, id: string) {
  return db.selectFrom('communication_events').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertEvent(db: Q, values: Insertable<Database['communication_events']>) {
  return db.insertInto('communication_events').values(values).returning('id').executeTakeFirstOrThrow();
}

export function listInvitationVersions(db: Q, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('invitation_versions')
    .innerJoin('documents', 'documents.id', 'invitation_versions.document_id')
    .selectAll('invitation_versions')
    .select('documents.filename')
    .where('event_id', 'in', eventIds)
    .orderBy('version')
    .execute();
}

export function insertInvitationVersion(db: Q, values: Insertable<Database['invitation_versions']>) {
  return db.insertInto('invitation_versions').values(values).returning('id').executeTakeFirstOrThrow();
}

export function decideInvitationVersion(db: Q, id: string, values: Updateable<Database['invitation_versions']>) {
  return db.updateTable('invitation_versions').set(values).where('id', '=', id).execute();
}

export function listProofs(db: Q, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('publicity_proofs')
    .leftJoin('documents', 'documents.id', 'publicity_proofs.document_id')
    .selectAll('publicity_proofs')
    .select('documents.filename')
    .where('event_id', 'in', eventIds)
    .orderBy('submitted_on')
    .orderBy('publicity_proofs.id')
    .execute();
}

export function findProof(db: Q, id: string) {
  return db.selectFrom('publicity_proofs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertProof(db: Q, values: Insertable<Database['publicity_proofs']>) {
  return db.insertInto('publicity_proofs').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateProof(db: Q, id: string, values: Updateable<Database['publicity_proofs']>) {
  return db.updateTable('publicity_proofs').set(values).where('id', '=', id).execute();
}

export function listControls(db: Q, conventionId: string) {
  return db
    .selectFrom('control_missions')
    .selectAll()
    .where('convention_id', '=', conventionId)
    .orderBy('started_on', 'desc')
    .execute();
}

export function insertControl(db: Q, values: Insertable<Database['control_missions']>) {
  return db.insertInto('control_missions').values(values).returning('id').executeTakeFirstOrThrow();
}

export function listDocumentNames(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('documents').select(['id', 'filename', 'convention_id']).where('id', 'in', ids).execute();
}

/** Per event of the convention, the day its first invitation version was submitted (evidence). */
export function firstInvitationSubmissions(db: Q, conventionId: string) {
  return db
    .selectFrom('invitation_versions as v')
    .innerJoin('communication_events as e', 'e.id', 'v.event_id')
    .select(['v.event_id', (eb) => eb.fn.min('v.submitted_on').as('on')])
    .where('e.convention_id', '=', conventionId)
    .groupBy('v.event_id')
    .execute() as Promise<{ event_id: string; on: string }[]>;
}

/** Per event of the convention, the day its first proof not rejected was transmitted (evidence). */
export function firstProofSubmissions(db: Q, conventionId: string) {
  return db
    .selectFrom('publicity_proofs as p')
    .innerJoin('communication_events as e', 'e.id', 'p.event_id')
    .select(['p.event_id', (eb) => eb.fn.min('p.submitted_on').as('on')])
    .where('e.convention_id', '=', conventionId)
    .where('p.check_status', '<>', 'rejected')
    .groupBy('p.event_id')
    .execute() as Promise<{ event_id: string; on: string }[]>;
}
