import type { Principal } from '../../kernel/principal';
import { formatDateFr, todayInParis } from '../../../contracts/dates';
import type { NotificationList } from '../../../contracts/obligations';
import type { Db } from '../../platform/db/connect';
import { notFound } from '../../platform/errors';
import type { JobHandler } from '../../platform/jobs';
import type { Mailer } from '../../platform/mail';
import { listParties } from '../../kernel/convention-scope.queries';
import { listActiveUsersOf, userNames } from '../access/access.queries';
import { addDays, reminderDue } from './calendar.rules';
import { REMINDED_ROLES } from './obligations.policy';
import { evaluate } from './obligations.queries';
import * as repo from './reminders.repository';

/**
 * Reminders: before a due date (the duty's delays) and once late, each user of the party that owes
 * an unfinished instance gets a notification in the application, and the new ones of a run go out
 * as one e-mail per user. The unique key (instance, user, kind) in the database is what guarantees
 * a reminder is never made twice, even with several runners at once.
 */
export const REMINDERS_JOB = 'obligations.reminders';

export async function runReminders(
  db: Db,
  mailer: Mailer | null,
  options: { publicUrl: string; today?: string },
): Promise<{ created: number; emailed: number }> {
  const today = options.today ?? todayInParis();
  const duties = await repo.listActiveDuties(db);
  const longest = Math.max(30, ...duties.flatMap((d) => d.reminder_days));
  const open = await repo.listOpenInstances(db, addDays(today, longest));
  const evaluated = await evaluate(db, null, null, duties, open, today);
  const users = await partyUsers(db, [...new Set(duties.map((d) => d.convention_id))]);
  let created = 0;
  for (const { view, duty } of evaluated) {
    const kind = reminderDue({ dueOn: view.dueOn, doneOn: view.doneOn }, duty.reminder_days, today);
    if (!kind) continue;
    const recipients = users.filter(
      (u) =>
        u.convention_id === duty.convention_id &&
        u.party_role === duty.party &&
        u.roles.some((r) => REMINDED_ROLES[duty.party].includes(r)),
    );
    const title =
      kind === 'late'
        ? `En retard : ${duty.title} (${view.periodLabel})`
        : `Échéance le ${formatDateFr(view.dueOn)} : ${duty.title} (${view.periodLabel})`;
    const body = `${duty.title} — ${view.periodLabel}, article ${duty.article_number}. Date due : ${formatDateFr(view.dueOn)}. Preuve attendue : ${duty.evidence_description}\n${options.publicUrl}/conventions/${duty.convention_id}/obligations/${view.id}`;
    for (const user of recipients) {
      if (await repo.insertNotification(db, { user_id: user.id, duty_instance_id: view.id, kind, title, body }))
        created++;
    }
  }
  return { created, emailed: mailer ? await sendDigests(db, mailer) : 0 };
}

/**
 * The active users of each party's organisation in the conventions, with their roles: the parties
 * from the kernel's scope reads, the users through access.queries.
 */
async function partyUsers(db: Db, conventionIds: string[]) {
  const parties = await listParties(db, conventionIds);
  const users = await listActiveUsersOf(
    db,
    parties.map((p) => p.id),
  );
  return parties.flatMap((p) =>
    users
      .filter((u) => u.organisation_id === p.id)
      .map((u) => ({ convention_id: p.convention_id, party_role: p.party_role, ...u })),
  );
}

/** One e-mail per user for the notifications not yet e-mailed; those sent are marked in the same transaction. */
async function sendDigests(db: Db, mailer: Mailer): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockUnsentNotifications(trx);
    const names = await userNames(
      trx,
      locked.map((n) => n.user_id),
    );
    const pending = locked.flatMap((n) => {
      const user = names.get(n.user_id);
      return user ? [{ ...n, email: user.email, display_name: user.displayName }] : [];
    });
    const byUser = new Map<string, typeof pending>();
    for (const n of pending) byUser.set(n.user_id, [...(byUser.get(n.user_id) ?? []), n]);
    let sent = 0;
    for (const notes of byUser.values()) {
      const first = notes[0]!;
      const lines = notes.map((n) => `• ${n.title}\n  ${n.body.replace(/\n/g, '\n  ')}`);
      await mailer.send({
        to: first.email,
        subject: notes.length === 1 ? `Copil — ${first.title}` : `Copil — ${notes.length} échéances à suivre`,
        text: `Bonjour ${first.display_name},\n\nVoici les échéances de vos conventions qui demandent votre attention :\n\n${lines.join('\n\n')}\n\n— Copil (message automatique)\n`,
      });
      await repo.markEmailed(
        trx,
        notes.map((n) => n.id),
      );
      sent++;
    }
    return sent;
  });
}

/** The reminders job, for the job runner started by main.ts; tests may pass `today` in the payload. */
export function reminderJobs(db: Db, mailer: Mailer | null, publicUrl: string): Record<string, JobHandler> {
  return {
    [REMINDERS_JOB]: async (payload) => {
      await runReminders(db, mailer, {
        publicUrl,
        ...(typeof payload.today === 'string' ? { today: payload.today } : {}),
      });
    },
  };
}

export async function listNotifications(db: Db, principal: Principal): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    repo.listNotifications(db, principal.id, 50),
    repo.countUnread(db, principal.id),
  ]);
  return {
    unread,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      instanceId: n.duty_instance_id,
      conventionId: n.convention_id,
      createdAt: n.created_at.toISOString(),
      readAt: n.read_at?.toISOString() ?? null,
    })),
  };
}

/** Marks one notification (or, with null, all of them) read; only the recipient's own. */
export async function markNotificationsRead(
  db: Db,
  principal: Principal,
  id: string | null,
): Promise<NotificationList> {
  const result = await repo.markRead(db, principal.id, id);
  if (id && Number(result.numUpdatedRows) === 0) {
    const own = (await repo.listNotifications(db, principal.id, 1000)).some((n) => n.id === id);
    if (!own) throw notFound('Notification');
  }
  return listNotifications(db, principal);
}
