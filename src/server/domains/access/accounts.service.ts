import type { Transaction } from 'kysely';
import type { CreateUserBody, Role, UpdateUserBody, UserSummary } from '../../../contracts/access';
import { actorOf, type Principal } from '../../kernel/principal';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, assertSomethingToChange, forbidden, notFound } from '../../platform/errors';
import { enqueue } from '../../platform/jobs';
import { hashPassword } from '../../platform/passwords';
import { findOrganisation } from '../conventions/conventions.queries';
import { canManageAccounts } from './access.policy';
import * as repo from './access.repository';
import { passwordProblems } from './access.rules';
import { presentUserAudit } from './access.service';
import * as links from './account-links.repository';
import { ACCOUNT_MAIL_JOB } from './password-links.service';

/**
 * The administrator's upkeep of accounts (issue #22): create (with a typed password, or by
 * invitation e-mail), edit name / organisation / roles, disable and enable, unlock, resend the
 * invitation. Each change is one transaction with its audit event.
 */
export interface MailOption {
  /** Whether Copil can send e-mail (SMTP_URL set): invitations need it. */
  mailEnabled: boolean;
}

const noMail = () =>
  new AppError(
    'CONFLICT',
    "Copil n'envoie pas de courriels (SMTP_URL n'est pas configuré) : saisissez un mot de passe initial et transmettez-le par un canal sûr.",
    { fieldErrors: [{ field: 'password', message: 'Mot de passe initial obligatoire sans envoi de courriels.' }] },
  );

function checkOrganisationForRoles(organisationId: string | null, roles: readonly Role[]) {
  if (organisationId === null && !roles.every((r) => r === 'admin')) {
    throw new AppError('VALIDATION_FAILED', 'Un compte sans organisation ne peut être que administrateur.', {
      fieldErrors: [{ field: 'organisationId', message: "Choisissez l'organisation de cette personne." }],
    });
  }
}

async function checkOrganisationExists(trx: Transaction<Database>, organisationId: string | null) {
  if (organisationId && !(await findOrganisation(trx, organisationId))) {
    throw new AppError('VALIDATION_FAILED', "L'organisation choisie n'existe pas.", {
      fieldErrors: [{ field: 'organisationId', message: "L'organisation choisie n'existe pas." }],
    });
  }
}

/** Queues the invitation e-mail; the job makes the link (only its hash is stored) when it sends it. */
async function queueInvitation(trx: Transaction<Database>, userId: string) {
  await enqueue(trx, ACCOUNT_MAIL_JOB, { purpose: 'invitation', userId });
}

export async function createUser(
  db: Db,
  principal: Principal,
  body: CreateUserBody,
  options: MailOption = { mailEnabled: false },
): Promise<UserSummary> {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut créer des comptes.');
  const invite = body.password === undefined || body.password === '';
  if (invite && !options.mailEnabled) throw noMail();
  if (!invite) {
    const problems = passwordProblems(body.password!, body.email);
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', problems[0]!, {
        fieldErrors: problems.map((message) => ({ field: 'password', message })),
      });
    }
  }
  checkOrganisationForRoles(body.organisationId, body.roles);
  const passwordHash = invite ? null : await hashPassword(body.password!);
  return db.transaction().execute(async (trx) => {
    await checkOrganisationExists(trx, body.organisationId);
    if (await repo.findUserByEmail(trx, body.email)) {
      throw new AppError('CONFLICT', `Un compte existe déjà pour ${body.email}.`, {
        fieldErrors: [{ field: 'email', message: 'Adresse déjà utilisée par un autre compte.' }],
      });
    }
    const user = await repo.insertUser(trx, { ...body, passwordHash });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      after: { ...presentUserAudit(user), invited: invite },
    });
    if (invite) await queueInvitation(trx, user.id);
    return summaryOf(trx, user.id);
  });
}

export async function listUsers(db: Db, principal: Principal): Promise<UserSummary[]> {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut consulter les comptes.');
  return (await repo.listUsers(db)).map(presentUser);
}

async function summaryOf(db: Db | Transaction<Database>, id: string): Promise<UserSummary> {
  const row = await repo.findUserSummary(db, id);
  if (!row) throw notFound('Compte');
  return presentUser(row);
}

function presentUser(u: NonNullable<Awaited<ReturnType<typeof repo.findUserSummary>>>): UserSummary {
  const now = new Date();
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    roles: u.roles as Role[],
    organisationId: u.organisation_id,
    organisationName: u.organisation_name,
    lockedUntil: u.locked_until && u.locked_until > now ? u.locked_until.toISOString() : null,
    disabledAt: u.disabled_at ? u.disabled_at.toISOString() : null,
    invitationPending: u.password_hash === null,
    invitationExpiresAt: u.invitation_expires_at ? new Date(u.invitation_expires_at).toISOString() : null,
    createdAt: u.created_at.toISOString(),
  };
}

/** The account an administrator acts on, locked for the transaction. */
async function lockedAccount(trx: Transaction<Database>, userId: string) {
  const user = await repo.findUserByIdForUpdate(trx, userId);
  if (!user) throw notFound('Compte');
  return user;
}

/**
 * An administrator lifts an account's delay after wrong passwords (and its count), at once:
 * what a person locked out by someone else's guesses asks for.
 */
export async function unlockUser(db: Db, principal: Principal, userId: string, now = new Date()): Promise<UserSummary> {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut débloquer un compte.');
  return db.transaction().execute(async (trx) => {
    const user = await lockedAccount(trx, userId);
    await repo.updateLockState(trx, user.id, { failedAttempts: 0, lockedUntil: null });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'unlock',
      before: {
        failedAttempts: user.failed_attempts,
        lockedUntil: user.locked_until && user.locked_until > now ? user.locked_until : null,
      },
      after: { failedAttempts: 0, lockedUntil: null },
    });
    return summaryOf(trx, user.id);
  });
}

/**
 * An administrator changes a person's name, organisation or roles; they apply from the person's
 * next request (every request reads the account). An administrator cannot take away their own
 * administrator role (nobody would be left to give it back).
 */
export async function updateUser(
  db: Db,
  principal: Principal,
  userId: string,
  body: UpdateUserBody,
): Promise<UserSummary> {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut modifier un compte.');
  assertSomethingToChange(body);
  return db.transaction().execute(async (trx) => {
    const user = await lockedAccount(trx, userId);
    const next = {
      displayName: body.displayName ?? user.display_name,
      organisationId: body.organisationId === undefined ? user.organisation_id : body.organisationId,
      roles: body.roles ?? (user.roles as Role[]),
    };
    if (user.id === principal.id && !next.roles.includes('admin')) {
      throw new AppError('VALIDATION_FAILED', 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.', {
        fieldErrors: [
          { field: 'roles', message: 'Gardez le rôle « Administrateur de la plateforme » sur votre compte.' },
        ],
      });
    }
    checkOrganisationForRoles(next.organisationId, next.roles);
    await checkOrganisationExists(trx, next.organisationId);
    await repo.updateUser(trx, user.id, next);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'update',
      before: presentUserAudit(user),
      after: presentUserAudit({
        email: user.email,
        display_name: next.displayName,
        roles: next.roles,
        organisation_id: next.organisationId,
      }),
    });
    return summaryOf(trx, user.id);
  });
}

/**
 * Disables an account: it can no longer sign in, its sessions end at once (the next request of
 * an open one gets 401) and its open links stop working. An administrator cannot disable their own.
 */
export async function disableUser(db: Db, principal: Principal, userId: string, now = new Date()) {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut désactiver un compte.');
  if (userId === principal.id) {
    throw new AppError('VALIDATION_FAILED', 'Vous ne pouvez pas désactiver votre propre compte.');
  }
  return db.transaction().execute(async (trx) => {
    const user = await lockedAccount(trx, userId);
    if (user.disabled_at) return summaryOf(trx, user.id);
    await repo.setDisabled(trx, user.id, now);
    const sessionsEnded = await links.deleteSessionsOf(trx, user.id);
    await links.revokeOpenLinks(trx, user.id, now);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'disable',
      after: { disabledAt: now, sessionsEnded },
    });
    return summaryOf(trx, user.id);
  });
}

/** Enables a disabled account again (with its password as it was; or a new invitation to send). */
export async function enableUser(db: Db, principal: Principal, userId: string) {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut réactiver un compte.');
  return db.transaction().execute(async (trx) => {
    const user = await lockedAccount(trx, userId);
    if (!user.disabled_at) return summaryOf(trx, user.id);
    await repo.setDisabled(trx, user.id, null);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'user',
      entityId: user.id,
      action: 'enable',
      before: { disabledAt: user.disabled_at },
    });
    return summaryOf(trx, user.id);
  });
}

/**
 * Sends the invitation again, to a person who has not chosen a password yet: the earlier link
 * stops working at once, the new one is made when the e-mail leaves.
 */
export async function resendInvitation(
  db: Db,
  principal: Principal,
  userId: string,
  options: MailOption,
  now = new Date(),
): Promise<UserSummary> {
  if (!canManageAccounts(principal)) throw forbidden('Seul un administrateur peut renvoyer une invitation.');
  if (!options.mailEnabled) throw noMail();
  return db.transaction().execute(async (trx) => {
    const user = await lockedAccount(trx, userId);
    if (user.password_hash !== null) {
      throw new AppError(
        'CONFLICT',
        `${user.display_name} a déjà choisi son mot de passe : en cas d'oubli, « Mot de passe oublié ? » sur la page de connexion lui envoie un lien.`,
      );
    }
    if (user.disabled_at) {
      throw new AppError('CONFLICT', `Le compte de ${user.display_name} est désactivé : réactivez-le d'abord.`);
    }
    await links.revokeOpenLinks(trx, user.id, now);
    await recordAudit(trx, actorOf(principal), { entityType: 'user', entityId: user.id, action: 'invitation_resent' });
    await queueInvitation(trx, user.id);
    return summaryOf(trx, user.id);
  });
}
