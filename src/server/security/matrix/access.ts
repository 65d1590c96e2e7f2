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
