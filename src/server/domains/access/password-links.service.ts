import { randomBytes } from 'node:crypto';
import type { LinkInfo } from '../../../contracts/access';
import type { RequestAuth } from '../../kernel/request-auth';
import { actorOf } from '../../kernel/principal';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { enqueue, type JobHandler } from '../../platform/jobs';
import type { Mailer } from '../../platform/mail';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../../platform/passwords';
import * as repo from './access.repository';
import {
  isLocked,
  lockAfterFailure,
  loggableLoginEmail,
  passwordProblems,
  THROTTLE_WINDOW_MS,
  throttleWaitMinutes,
} from './access.rules';
import { accountDelayed, authenticate, hashToken, openSession, type LoginResult } from './access.service';
import * as links from './account-links.repository';
import {
  LINK_REFUSED,
  linkExpiry,
  linkMail,
  linkState,
  linkUrl,
  RESET_REQUESTED,
  resetMailFor,
  resetMailKey,
  type LinkPurpose,
} from './account-links.rules';

/**
 * Passwords a person sets themselves (issue #22): through a single-use e-mailed link (invitation
 * or forgotten password), or by changing their own while signed in. E-mail leaves through the job
 * queue; the job makes the link when it sends it, so a link's token exists only in the e-mail
 * (the database keeps its hash).
 */
export const ACCOUNT_MAIL_JOB = 'account-link-mail';

const refused = () =>
  new AppError('VALIDATION_FAILED', LINK_REFUSED, { fieldErrors: [{ field: 'token', message: LINK_REFUSED }] });

const passwordRefused = (problems: string[], field: string) =>
  new AppError('VALIDATION_FAILED', problems[0]!, { fieldErrors: problems.map((message) => ({ field, message })) });

/**
 * A forgotten password: counted against the client address like a login (20 per 15 minutes), then
 * a job is queued with the address typed, whether or not an account has it — the job decides —
 * so the answer and the time it takes are the same for a known and an unknown address.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; clientAddress: string },
  options: { mailEnabled: boolean },
  now = new Date(),
): Promise<{ message: string }> {
  if (!options.mailEnabled) {
    throw new AppError(
      'CONFLICT',
      "Copil n'envoie pas de courriels sur cette installation : demandez à votre administrateur un nouveau mot de passe.",
    );
  }
  const counted = await repo.countAttempt(
    db,
    `reset:ip:${input.clientAddress}`,
    now,
    new Date(now.getTime() - THROTTLE_WINDOW_MS),
  );
  const wait = throttleWaitMinutes({ attempts: counted.attempts, windowStartedAt: counted.window_started_at }, now);
  if (wait > 0) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Trop de demandes depuis ce poste. Réessayez dans ${wait} minute${wait > 1 ? 's' : ''}.`,
      { extra: { retryAfterMinutes: wait } },
    );
  }
  const email = loggableLoginEmail(input.email);
  if (email)
    await enqueue(db, ACCOUNT_MAIL_JOB, { purpose: 'reset', email }, { singletonKey: resetMailKey(email, now) });
  return { message: RESET_REQUESTED };
}

/** The job sending invitation and forgotten-password e-mails (registered by main.ts). */
export function accountMailJobs(db: Db, mailer: Mailer | null, publicUrl: string): Record<string, JobHandler> {
  return { [ACCOUNT_MAIL_JOB]: (payload) => sendLinkMail(db, mailer, publicUrl, payload) };
}

async function sendLinkMail(
  db: Db,
  mailer: Mailer | null,
  publicUrl: string,
  payload: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  if (!mailer) throw new Error("SMTP_URL n'est pas configuré : le courriel de lien n'est pas parti.");
  const purpose: LinkPurpose = payload.purpose === 'invitation' ? 'invitation' : 'reset';
  const user =
    purpose === 'invitation'
      ? await repo.findUserById(db, String(payload.userId))
      : await repo.findUserByEmail(db, String(payload.email ?? ''));
  if (purpose === 'reset' && !resetMailFor(user && { disabledAt: user.disabled_at })) {
    await db.transaction().execute((trx) =>
      recordAudit(trx, SYSTEM_ACTOR, {
        entityType: user ? 'user' : 'session',
        entityId: user?.id ?? '-',
        action: 'password_reset_ignored',
        after: { email: String(payload.email), reason: user ? 'disabled' : 'unknown' },
      }),
    );
    return;
  }
  // An invitation already answered (or an account disabled since) sends nothing.
  if (!user || (purpose === 'invitation' && (user.password_hash !== null || user.disabled_at))) return;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = linkExpiry(purpose, now);
  await db.transaction().execute(async (trx) => {
    await links.revokeOpenLinks(trx, user.id, now);
    await links.insertLink(trx, { userId: user.id, purpose, tokenHash: hashToken(token), now, expiresAt });
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'user',
      entityId: user.id,
      action: purpose === 'invitation' ? 'invitation_sent' : 'password_reset_sent',
      after: { expiresAt },
    });
  });
  const mail = linkMail({
    purpose,
    displayName: user.display_name,
    url: linkUrl(publicUrl, token),
    expiresAt,
    publicUrl,
  });
  await mailer.send({ to: user.email, ...mail });
}

/** What the « Choisir votre mot de passe » page shows of a link before the person types anything. */
export async function checkLink(db: Db, token: string, now = new Date()): Promise<LinkInfo> {
  const link = await links.findLink(db, hashToken(token));
  if (!link || link.disabled_at) throw refused();
  if (linkState({ expiresAt: link.expires_at, usedAt: link.used_at, revokedAt: link.revoked_at }, now) !== 'usable')
    throw refused();
  return {
    purpose: link.purpose,
    email: link.email,
    displayName: link.display_name,
    expiresAt: link.expires_at.toISOString(),
  };
}

/**
 * Sets a password through a link, once: the link is used, every other link of the person and
 * every session of theirs end, the delay after wrong passwords is lifted, and the person is
 * signed in with a new session.
 */
export async function setPasswordWithLink(
  db: Db,
  input: { token: string; password: string },
  now = new Date(),
): Promise<LoginResult> {
  const tokenHash = hashToken(input.token);
  const peek = await links.findLink(db, tokenHash);
  if (!peek) throw refused();
  const problems = passwordProblems(input.password, peek.email);
  if (problems.length > 0) throw passwordRefused(problems, 'password');
  const passwordHash = await hashPassword(input.password);
  const opened = await db.transaction().execute(async (trx) => {
    const link = await links.findLinkForUpdate(trx, tokenHash);
    if (!link || link.disabled_at) throw refused();
    if (linkState({ expiresAt: link.expires_at, usedAt: link.used_at, revokedAt: link.revoked_at }, now) !== 'usable')
      throw refused();
    await links.markLinkUsed(trx, link.id, now);
    await links.revokeOpenLinks(trx, link.user_id, now);
    await links.setPasswordHash(trx, link.user_id, passwordHash);
    const sessionsEnded = await links.deleteSessionsOf(trx, link.user_id);
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'user',
      entityId: link.user_id,
      action: link.purpose === 'invitation' ? 'invitation_accepted' : 'password_reset',
      after: { sessionsEnded },
    });
    return openSession(trx, { ...link, id: link.user_id }, now, { via: link.purpose });
  });
  const authenticated = await authenticate(db, opened.token, now);
  return { token: opened.token, csrfToken: opened.csrfToken, expiresAt: opened.expiresAt, user: authenticated.user };
}

/**
 * A signed-in person changes their own password, proving the current one (wrong ones count
 * toward the account's delay, as at login); their other sessions end, this one stays.
 */
export async function changeOwnPassword(
  db: Db,
  auth: RequestAuth,
  body: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<{ otherSessionsEnded: number }> {
  const userId = auth.principal.id;
  const found = await repo.findUserById(db, userId);
  const currentOk = await verifyPassword(body.currentPassword, found?.password_hash ?? UNKNOWN_USER_HASH);
  const wrong = await db.transaction().execute(async (trx) => {
    const user = await repo.findUserByIdForUpdate(trx, userId);
    if (!user) throw new AppError('SESSION_EXPIRED', 'Votre session a expiré. Reconnectez-vous pour continuer.');
    if (isLocked({ failedAttempts: user.failed_attempts, lockedUntil: user.locked_until }, now))
      return { until: user.locked_until! };
    if (currentOk) return null;
    const lock = lockAfterFailure({ failedAttempts: user.failed_attempts, lockedUntil: user.locked_until }, now);
    await repo.updateLockState(trx, user.id, lock);
    await recordAudit(trx, actorOf(auth.principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'password_change_failed',
      after: { failedAttempts: lock.failedAttempts },
    });
    return lock.justLocked ? { until: lock.lockedUntil! } : { until: null };
  });
  if (wrong?.until) throw accountDelayed(wrong.until, now);
  if (wrong) {
    const message = 'Le mot de passe actuel est incorrect.';
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'currentPassword', message }] });
  }
  const problems = passwordProblems(body.newPassword, auth.principal.email);
  if (body.newPassword === body.currentPassword) problems.push('Le nouveau mot de passe doit différer de l’actuel.');
  if (problems.length > 0) throw passwordRefused(problems, 'newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  return db.transaction().execute(async (trx) => {
    await links.setPasswordHash(trx, userId, passwordHash);
    await links.revokeOpenLinks(trx, userId, now);
    const otherSessionsEnded = await links.deleteSessionsOf(trx, userId, auth.sessionId);
    await recordAudit(trx, actorOf(auth.principal), {
      entityType: 'user',
      entityId: userId,
      action: 'password_change',
      after: { otherSessionsEnded },
    });
    return { otherSessionsEnded };
  });
}
