import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';

type Q = Kysely<Database> | Transaction<Database>;

/** Legal bases, articles and the objectives tree of a convention (its text as signed). */
export function listLegalBases(db: Q, conventionId: string) {
  return db
    .selectFrom('convention_legal_bases')
    .select('text')
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function listArticles(db: Q, conventionId: string) {
  return db
    .selectFrom('convention_articles')
    .select(['number', 'title', 'body'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function listObjectives(db: Q, conventionId: string) {
  return db
    .selectFrom('objectives')
    .select(['id', 'code', 'title', 'article_number'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function listAxes(db: Q, conventionId: string) {
  return db
    .selectFrom('axes')
    .select(['id', 'objective_id', 'code', 'title', 'article_number'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function listCommitments(db: Q, conventionId: string) {
  return db
    .selectFrom('commitments')
    .select(['id', 'axis_id', 'code', 'party', 'text', 'article_number'])
    .where('convention_id', '=', conventionId)
    .orderBy('position')
    .execute();
}

export function insertLegalBasis(db: Q, values: Insertable<Database['convention_legal_bases']>) {
  return db.insertInto('convention_legal_bases').values(values).execute();
}

export function insertArticle(db: Q, values: Insertable<Database['convention_articles']>) {
  return db.insertInto('convention_articles').values(values).execute();
}

export function insertObjective(db: Q, values: Insertable<Database['objectives']>) {
  return db.insertInto('objectives').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertAxis(db: Q, values: Insertable<Database['axes']>) {
  return db.insertInto('axes').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertCommitment(db: Q, values: Insertable<Database['commitments']>) {
  return db.insertInto('commitments').values(values).execute();
}

export function setPreamble(
  db: Q,
  conventionId: string,
  values: { preamble: string; previousConventionId: string | null; previousReviewArticle: string | null },
) {
  return db
    .updateTable('conventions')
    .set({
      preamble: values.preamble,
      previous_convention_id: values.previousConventionId,
      previous_review_article: values.previousReviewArticle,
    })
    .where('id', '=', conventionId)
    .execute();
}
