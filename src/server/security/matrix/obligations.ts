import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: duties, calendar, notifications, communication and controls. */
export const obligationsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/duties', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/duties', bodyless: true },
  { method: 'PATCH', url: '/api/duties/:id', expect: { admin: 'ok', coordinator: 403, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/calendar', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/duty-instances/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/duty-instances/:id/done', bodyless: true },
  { method: 'GET', url: '/api/notifications', expect: signedIn('ok') },
  { method: 'POST', url: '/api/notifications/:id/read', personal: true, expect: signedIn(404) },
  { method: 'POST', url: '/api/notifications/read-all', personal: true, expect: signedIn('ok') },
  { method: 'GET', url: '/api/conventions/:id/communication-events', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/communication-events', bodyless: true },
  { method: 'GET', url: '/api/communication-events/:id', expect: signedIn(404) },
  { method: 'POST', url: '/api/communication-events/:id/invitations', bodyless: true },
  { method: 'POST', url: '/api/communication-events/:id/invitations/decision', bodyless: true },
  { method: 'POST', url: '/api/communication-events/:id/proofs', bodyless: true },
  { method: 'POST', url: '/api/publicity-proofs/:id/check', bodyless: true },
  { method: 'GET', url: '/api/conventions/:id/controls', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/controls', bodyless: true },
  { method: 'GET', url: '/api/account/calendar-feed', expect: signedIn('ok') },
  { method: 'POST', url: '/api/account/calendar-feed', personal: true, expect: signedIn('ok') },
  { method: 'DELETE', url: '/api/account/calendar-feed', personal: true, expect: signedIn('ok') },
  { method: 'GET', url: '/api/calendar/:file', expect: { admin: 404, coordinator: 404, departmentAgent: 404, officeManager: 404, officeAgent: 404, controller: 404, electedMember: 404, otherLandlord: 404, anonymous: 404 } },
  { method: 'GET', url: '/api/conventions/:id/evidence-bundle.zip', expect: signedIn(400) },
];
