import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: conventions, documents, commitments, amendments and termination. */
export const conventionsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions', expect: signedIn('ok') },
  { method: 'POST', url: '/api/conventions', bodyless: true },
  { method: 'GET', url: '/api/conventions/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'PUT', url: '/api/conventions/:id/signature', bodyless: true },
  { method: 'POST', url: '/api/conventions/:id/documents', bodyless: true },
  { method: 'GET', url: '/api/documents/:id', expect: signedIn(404) },
  { method: 'GET', url: '/api/conventions/:id/objectives', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/commitments/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/commitments/:id/statuses', body: { year: 2024, status: 'in_progress' }, expect: { admin: 403, coordinator: 403, departmentAgent: 403, officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/amendments', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/amendments', bodyless: true },
  { method: 'GET', url: '/api/conventions/:id/termination-notices', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/termination-notices', bodyless: true },
  { method: 'POST', url: '/api/termination-notices/:id/withdraw', bodyless: true },
  { method: 'POST', url: '/api/termination-notices/:id/terminate', bodyless: true },
];
