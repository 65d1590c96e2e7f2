import { z } from 'zod';

export const roles = [
  'admin',
  'coordinator',
  'department_agent',
  'office_manager',
  'office_agent',
  'controller',
  'elected_member',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Administrateur de la plateforme',
  coordinator: 'Coordinateur DAT (Département)',
  department_agent: 'Agent de service départemental',
  office_manager: "Responsable de l'office",
  office_agent: "Agent de l'office",
  controller: 'Contrôleur (article 5)',
  elected_member: 'Élu / membre du COPIL',
};

/**
 * One maximum length for a password everywhere: creation, change and login (a password accepted
 * at creation must never be refused at login). scrypt hashes any length; the bound keeps a request
 * from making the server hash megabytes.
 */
export const PASSWORD_MAX_LENGTH = 128;
const passwordTooLong = `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;

export const loginBody = z.object({
  email: z.string().trim().min(1, "L'adresse électronique est obligatoire.").max(320),
  password: z.string().min(1, 'Le mot de passe est obligatoire.').max(PASSWORD_MAX_LENGTH, passwordTooLong),
});
export type LoginBody = z.infer<typeof loginBody>;

export const currentUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const sessionResponse = z.object({
  user: currentUser,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const createUserBody = z.object({
  email: z.string().trim().toLowerCase().email('Adresse électronique invalide.'),
  displayName: z.string().trim().min(1, 'Le nom est obligatoire.').max(200),
  organisationId: z.string().uuid('Organisation invalide.').nullable(),
  roles: z.array(z.enum(roles, 'Rôle inconnu.')).min(1, 'Au moins un rôle est obligatoire.'),
  /** Absent: the person is invited by e-mail and chooses it (issue #22). */
  password: z.string().max(PASSWORD_MAX_LENGTH, passwordTooLong).optional(),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

/** An administrator's change to a person's account: any of name, organisation, roles. */
export const updateUserBody = z.object({
  displayName: z.string().trim().min(1, 'Le nom est obligatoire.').max(200).optional(),
  organisationId: z.string().uuid('Organisation invalide.').nullable().optional(),
  roles: z.array(z.enum(roles, 'Rôle inconnu.')).min(1, 'Au moins un rôle est obligatoire.').optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

/** What the login page offers: the forgotten-password link only when Copil can send e-mail. */
export const authOptions = z.object({ passwordByEmail: z.boolean() });
export type AuthOptions = z.infer<typeof authOptions>;

export const forgotPasswordBody = z.object({
  email: z.string().trim().min(1, "L'adresse électronique est obligatoire.").max(320),
});
export const forgotPasswordResponse = z.object({ message: z.string() });

/** A single-use link's token (from the e-mailed address's fragment). */
const linkToken = z.string().min(1, 'Le lien est incomplet.').max(200, 'Le lien est invalide.');
export const linkCheckBody = z.object({ token: linkToken });
export const linkInfo = z.object({
  purpose: z.enum(['invitation', 'reset']),
  email: z.string(),
  displayName: z.string(),
  expiresAt: z.string(),
});
export type LinkInfo = z.infer<typeof linkInfo>;
export const setPasswordBody = z.object({
  token: linkToken,
  password: z.string().max(PASSWORD_MAX_LENGTH, passwordTooLong),
});

export const changePasswordBody = z.object({
  currentPassword: z
    .string()
    .min(1, 'Le mot de passe actuel est obligatoire.')
    .max(PASSWORD_MAX_LENGTH, passwordTooLong),
  newPassword: z.string().max(PASSWORD_MAX_LENGTH, passwordTooLong),
});
export const changePasswordResponse = z.object({ otherSessionsEnded: z.number() });

export const userSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  /** When the account was disabled (its sessions ended then), or null. */
  disabledAt: z.string().nullable(),
  /** Invited and no password chosen yet; the latest invitation link's expiry (null: not sent yet). */
  invitationPending: z.boolean(),
  invitationExpiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;
