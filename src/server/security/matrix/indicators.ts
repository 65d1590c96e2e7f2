import { type MatrixEntry } from './types';

/** Authorisation matrix: indicators, their values and export. */
export const indicatorsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/indicators', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/indicators/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/indicators/:id/values', body: { period: '2024', value: '1' }, expect: { admin: 403, coordinator: 403, departmentAgent: 403, officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 403, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/exports/indicateurs.xlsx', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
];
