import { signedIn, type MatrixEntry } from './types';

/** Authorisation matrix: stock, dwellings, establishments, letting bans and imports. */
export const housingRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/stocks', expect: signedIn('ok') },
  { method: 'GET', url: '/api/stocks/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stocks/:id/dwellings', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stocks/:id/exports/dwellings/:format', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stocks/:id/exports/trajectory/:format', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/dwellings/:id', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stocks/:id/trajectory', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stocks/:id/establishments', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'POST', url: '/api/stocks/:id/establishments', bodyless: true },
  { method: 'PUT', url: '/api/establishments/:id', bodyless: true },
  { method: 'DELETE', url: '/api/establishments/:id', expect: { admin: 'ok', coordinator: 404, departmentAgent: 404, officeManager: 404, officeAgent: 404, controller: 404, electedMember: 404, otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/letting-ban-calendars', expect: signedIn('ok') },
  { method: 'POST', url: '/api/letting-ban-calendars', bodyless: true },
  { method: 'POST', url: '/api/stocks/:id/imports', bodyless: true },
  { method: 'GET', url: '/api/stocks/:id/imports', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 404, electedMember: 'ok', otherLandlord: 404, anonymous: 401 } },
  { method: 'GET', url: '/api/stock-imports/template.xlsx', expect: signedIn('ok') },
  { method: 'GET', url: '/api/stock-imports/:id', expect: signedIn(404) },
  { method: 'GET', url: '/api/stock-imports/:id/errors', expect: signedIn(404) },
  { method: 'GET', url: '/api/stock-imports/:id/errors.csv', expect: signedIn(404) },
];
