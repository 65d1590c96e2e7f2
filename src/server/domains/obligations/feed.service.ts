import { listParties } from '../../kernel/convention-scope.queries';
import { conventionScope, sideOf } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { createHash, randomBytes } from 'node:crypto';
import { formatDateFr, todayInParis } from '../../../contracts/dates';
import { instanceStatusLabels, type FeedView } from '../../../contracts/obligations';
import type { Role } from '../../../contracts/access';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { findUserProfile } from '../access/access.queries';
import * as conventionsRepo from '../conventions/conventions.queries';
import { buildCalendar, type FeedEvent } from './ical.rules';
import * as repo from './obligations.repository';
import { evaluate } from './obligations.queries';

/**
 * The personal calendar feed: a secret URL a calendar application subscribes to without a session.
 * Only the token's hash is stored; the URL is shown once, when (re)generated; regenerating or
 * revoking makes the previous URL useless at once.
 */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (publicUrl: string, token: string) => `${publicUrl}/api/calendar/${token}.ics`;

export async function getFeed(db: Db, principal: Principal): Promise<FeedView> {
  const row = await db
    .selectFrom('calendar_feed_tokens')
    .select('created_at')
    .where('user_id', '=', principal.id)
    .executeTakeFirst();
  return { active: row !== undefined, createdAt: row?.created_at.toISOString() ?? null, url: null };
}

export async function regenerateFeed(db: Db, principal: Principal, publicUrl: string): Promise<FeedView> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_feed_tokens')
      .values({ user_id: principal.id, token_hash: hash(token), created_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hash(token), created_at: now }))
      .execute();
    await recordAudit(trx, actorOf(principal), {
      entityType: 'calendar_feed',
      entityId: principal.id,
      action: 'regenerate',
    });
  });
  return { active: true, createdAt: now.toISOString(), url: feedUrl(publicUrl, token) };
}

export async function revokeFeed(db: Db, principal: Principal): Promise<FeedView> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_feed_tokens').where('user_id', '=', principal.id).execute();
    await recordAudit(trx, actorOf(principal), {
      entityType: 'calendar_feed',
      entityId: principal.id,
      action: 'revoke',
    });
  });
  return { active: false, createdAt: null, url: null };
}

/** The feed of a token: every duty instance of the conventions its owner reads, with today's status. */
export async function renderFeed(db: Db, token: string, publicUrl: string, now = new Date()): Promise<string> {
  const feedToken = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await db
        .selectFrom('calendar_feed_tokens')
        .select('user_id')
        .where('token_hash', '=', hash(token))
        .executeTakeFirst()
    : undefined;
  const owner = feedToken && (await findUserProfile(db, feedToken.user_id));
  if (!owner || owner.disabled_at) throw new AppError('NOT_FOUND', 'Lien d’agenda inconnu ou révoqué.');
  const principal: Principal = {
    id: owner.id,
    email: owner.email,
    displayName: owner.display_name,
    roles: owner.roles as Role[],
    organisationId: owner.organisation_id,
  };
  const conventions = await conventionsRepo.listConventions(db, conventionScope(principal));
  const parties = await listParties(
    db,
    conventions.map((c) => c.id),
  );
  const today = todayInParis(now);
  const events: FeedEvent[] = [];
  for (const c of conventions) {
    const side = sideOf(
      principal,
      parties.filter((p) => p.convention_id === c.id).map((p) => ({ organisationId: p.id, partyRole: p.party_role })),
    );
    const duties = await repo.listDuties(db, [c.id]);
    const instances = await repo.listInstances(
      db,
      duties.map((d) => d.id),
    );
    for (const { view } of await evaluate(db, principal, side, duties, instances, today)) {
      events.push({
        uid: `${view.id}@copil`,
        date: view.dueOn,
        summary: `${view.duty.title} (${view.periodLabel})`,
        description: `${c.title}\nArticle ${view.duty.articleNumber}. Date due : ${formatDateFr(view.dueOn)}. Statut : ${instanceStatusLabels[view.status]}.\nPreuve attendue : ${view.duty.evidenceDescription}${view.warning ? `\nHors période : ${view.warning}` : ''}`,
        url: `${publicUrl}/conventions/${c.id}/obligations/${view.id}`,
        status: instanceStatusLabels[view.status],
      });
    }
  }
  return buildCalendar(`Copil — échéances de ${owner.display_name}`, events, now);
}
