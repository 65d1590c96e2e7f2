import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: dashboard, annual review, COPIL pack and the convention workbook. */
export const reportsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/dashboard', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/conventions/:id/annual-review', expect: signedIn(400) },
  { method: 'GET', url: '/api/conventions/:id/copil-pack', expect: signedIn(400) },
  { method: 'GET', url: '/api/conventions/:id/exports/convention.xlsx', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
];
