import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: operations, progress tables and volume forecasts. */
export const operationsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/operations', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/exports/operations.xlsx', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/operations', bodyless: true },
  { method: 'GET', url: '/api/operations/:id', expect: signedIn(404) },
  { method: 'PUT', url: '/api/operations/:id', bodyless: true },
  { method: 'GET', url: '/api/dwellings/:id/operations', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/progress-tables', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/progress-tables', body: { periodEnd: '2027-06-30' }, expect: { admin: 403, coordinator: 403, departmentAgent: 403, officeManager: 'ok', officeAgent: 409, controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/progress-tables/:id', expect: signedIn(404) },
  { method: 'PUT', url: '/api/progress-tables/:id/rows', bodyless: true },
  { method: 'GET', url: '/api/progress-tables/:id/xlsx', expect: signedIn(404) },
  { method: 'POST', url: '/api/progress-tables/:id/xlsx', bodyless: true },
  { method: 'POST', url: '/api/progress-tables/:id/transitions', bodyless: true },
  { method: 'PUT', url: '/api/progress-tables/:id/rows/:operationId/review-comment', bodyless: true },
  { method: 'GET', url: '/api/progress-tables/:id/diff', expect: signedIn(400) },
  { method: 'GET', url: '/api/conventions/:id/volume-forecasts', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'PUT', url: '/api/conventions/:id/volume-forecasts/:year', body: { renovationsByClass: {}, maintenanceDwellings: 0, adaptations: 0, investmentRequested: '0.00', operatingRequested: '0.00' }, expect: { admin: 403, coordinator: 403, departmentAgent: 403, officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/conventions/:id/volume-forecasts/:year/submit', expect: { admin: 403, coordinator: 403, departmentAgent: 403, officeManager: 'ok', officeAgent: 409, controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
];
