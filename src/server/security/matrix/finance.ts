import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: envelopes, allocations, funding agreements, guarantees and payment requests. */
export const financeRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/finance', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/envelopes/:id/revisions', body: { effectiveOn: '2026-01-01', amount: '1.00', deliberationRef: 'CP-2026-1', deliberationDate: '2026-01-01' }, expect: { admin: 422, coordinator: 422, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/envelopes/:id/allocations', body: { year: 2026, amount: '1.00', deliberationBody: 'Commission permanente', deliberationDate: '2026-02-12' }, expect: { admin: 'ok', coordinator: 409, departmentAgent: 403, officeManager: 403, officeAgent: 403, controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/funding-agreements', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/allocations/:id/funding-agreement', bodyless: true },
  { method: 'GET', url: '/api/funding-agreements/:id', expect: signedIn(404) },
  { method: 'POST', url: '/api/funding-agreements/:id/affectations', bodyless: true },
  { method: 'POST', url: '/api/funding-agreements/:id/reimbursements', bodyless: true },
  { method: 'GET', url: '/api/conventions/:id/guarantees', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/guarantees', bodyless: true },
  { method: 'PUT', url: '/api/guarantees/:id/balances', bodyless: true },
  { method: 'GET', url: '/api/conventions/:id/exports/scdl-subventions.csv', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/exports/finances.xlsx', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/exports/finances.csv', expect: signedIn(400) },
  { method: 'GET', url: '/api/conventions/:id/payment-requests', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/funding-agreements/:id/payment-requests', bodyless: true },
  { method: 'GET', url: '/api/payment-requests/:id', expect: signedIn(404) },
  { method: 'POST', url: '/api/payment-requests/:id/documents', bodyless: true },
  { method: 'POST', url: '/api/payment-requests/:id/transitions', bodyless: true },
  { method: 'POST', url: '/api/payment-requests/:id/payment', bodyless: true },
];
