import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: sign-in, sessions, users and organisations. */
export const accessRoutes: MatrixEntry[] = [
  { method: 'POST', url: '/api/auth/login', bodyless: true },
  { method: 'POST', url: '/api/auth/logout', personal: true, expect: signedIn('ok') },
  { method: 'GET', url: '/api/auth/session', expect: signedIn('ok') },
  { method: 'GET', url: '/api/users', expect: { admin: 'ok', coordinator: 403, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 403, electedMember: 403, otherLandlord: 403, anonymous: 401 } },
  { method: 'POST', url: '/api/users', body: { email: 'matrice@example.test', displayName: 'Compte de la matrice', organisationId: null, roles: ['admin'], password: 'Correct-Horse-42-Battery' }, expect: { admin: 'ok', coordinator: 403, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 403, electedMember: 403, otherLandlord: 403, anonymous: 401 } },
  { method: 'GET', url: '/api/organisations', expect: { admin: 'ok', coordinator: 403, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 403, electedMember: 403, otherLandlord: 403, anonymous: 401 } },
  { method: 'POST', url: '/api/organisations', body: { name: 'Organisme de la matrice', kind: 'control_body', siret: '73282932000074' }, expect: { admin: 'ok', coordinator: 403, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 403, electedMember: 403, otherLandlord: 403, anonymous: 401 } },
];
