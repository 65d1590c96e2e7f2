import { luhnSiret, STRONG_PASSWORD } from '../../test/fixtures';
import { signedIn, type BodyContext, type MatrixEntry, type MatrixRole, type Answer } from './types';

/** Only the platform administrator manages accounts and organisations. */
const adminOnly: Record<MatrixRole, Answer> = {
  admin: 'ok',
  coordinator: 403,
  departmentAgent: 403,
  officeManager: 403,
  officeAgent: 403,
  controller: 403,
  electedMember: 403,
  otherLandlord: 403,
  anonymous: 401,
};

/** The same answer for every role, the anonymous included (public routes). */
const everyone = (answer: Answer): Record<MatrixRole, Answer> => ({ ...signedIn(answer), anonymous: answer });

/** Authorisation matrix: sign-in, sessions, users and organisations. */
export const accessRoutes: MatrixEntry[] = [
  // Public: anyone (signed in or not) signs in with valid credentials; it opens a session of one's own.
  {
    method: 'POST',
    url: '/api/auth/login',
    personal: true,
    body: { email: 'connexion-matrice@example.test', password: STRONG_PASSWORD },
    expect: {
      admin: 'ok',
      coordinator: 'ok',
      departmentAgent: 'ok',
      officeManager: 'ok',
      officeAgent: 'ok',
      controller: 'ok',
      electedMember: 'ok',
      otherLandlord: 'ok',
      anonymous: 'ok',
    },
  },
  { method: 'POST', url: '/api/auth/logout', personal: true, expect: signedIn('ok') },
  { method: 'GET', url: '/api/auth/session', expect: signedIn('ok') },
  { method: 'GET', url: '/api/users', expect: adminOnly },
  {
    method: 'POST',
    url: '/api/users',
    body: (c: BodyContext) => ({
      email: `matrice-${c.unique}@example.test`,
      displayName: 'Compte de la matrice',
      organisationId: null,
      roles: ['admin'],
      password: STRONG_PASSWORD,
    }),
    expect: adminOnly,
  },
  // Lifting the delay after wrong passwords: the administrator only (issue #17).
  { method: 'POST', url: '/api/users/:id/unlock', expect: adminOnly },
  // Accounts upkeep (issue #22): the administrator only, on accounts the walk does not sign in with.
  {
    method: 'PATCH',
    url: '/api/users/:id',
    fresh: 'spareAccount',
    body: { displayName: 'Compte de la matrice renommé', roles: ['office_manager'] },
    expect: adminOnly,
  },
  { method: 'POST', url: '/api/users/:id/disable', fresh: 'spareAccount', expect: adminOnly },
  { method: 'POST', url: '/api/users/:id/enable', fresh: 'spareAccount', expect: adminOnly },
  { method: 'POST', url: '/api/users/:id/invitation', fresh: 'invitedAccount', expect: adminOnly },
  // Public: what the login page offers, and the forgotten password (the same answer for anyone).
  { method: 'GET', url: '/api/auth/options', expect: everyone('ok') },
  {
    method: 'POST',
    url: '/api/auth/password-reset',
    personal: true,
    body: { email: 'oubli-matrice@example.test' },
    expect: everyone('ok'),
  },
  // A link's token nobody was sent: refused alike for everyone (400), never a 401 or 403.
  { method: 'POST', url: '/api/auth/password-links/check', body: { token: 'jeton-inconnu' }, expect: everyone(400) },
  {
    method: 'POST',
    url: '/api/auth/password-links/use',
    body: { token: 'jeton-inconnu', password: STRONG_PASSWORD },
    expect: everyone(400),
  },
  // One's own password: any signed-in person; a wrong current password is a 400 (the walk keeps its sessions).
  {
    method: 'POST',
    url: '/api/auth/password',
    personal: true,
    body: { currentPassword: 'Pas-Le-Mot-De-Passe-42', newPassword: 'Nouveau-Mot-De-Passe-42!' },
    expect: signedIn(400),
  },
  { method: 'GET', url: '/api/organisations', expect: adminOnly },
  {
    method: 'POST',
    url: '/api/organisations',
    body: (c: BodyContext) => ({
      name: `Organisme de la matrice ${c.unique}`,
      kind: 'control_body',
      siret: luhnSiret(`73282932${String(c.unique).padStart(5, '0')}`),
    }),
    expect: adminOnly,
  },
];
