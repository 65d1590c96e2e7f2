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
  password: z.string().max(PASSWORD_MAX_LENGTH, passwordTooLong),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const userSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;
