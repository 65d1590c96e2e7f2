import { type MatrixEntry } from './types';

/** Authorisation matrix: API documentation, health probes and single sign-on (public). */
export const platformRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/docs', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/docs/static/index.html', expect: { admin: 302, coordinator: 302, departmentAgent: 302, officeManager: 302, officeAgent: 302, controller: 302, electedMember: 302, otherLandlord: 302, anonymous: 302 } },
  { method: 'GET', url: '/api/docs/static/swagger-initializer.js', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/docs/json', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/docs/yaml', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/docs/static/*', expect: { admin: 302, coordinator: 302, departmentAgent: 302, officeManager: 302, officeAgent: 302, controller: 302, electedMember: 302, otherLandlord: 302, anonymous: 302 } },
  { method: 'GET', url: '/api/health', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/health/live', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/auth/oidc', expect: { admin: 'ok', coordinator: 'ok', departmentAgent: 'ok', officeManager: 'ok', officeAgent: 'ok', controller: 'ok', electedMember: 'ok', otherLandlord: 'ok', anonymous: 'ok' } },
  { method: 'GET', url: '/api/auth/oidc/login', expect: { admin: 404, coordinator: 404, departmentAgent: 404, officeManager: 404, officeAgent: 404, controller: 404, electedMember: 404, otherLandlord: 404, anonymous: 404 } },
  { method: 'GET', url: '/api/auth/oidc/callback', expect: { admin: 404, coordinator: 404, departmentAgent: 404, officeManager: 404, officeAgent: 404, controller: 404, electedMember: 404, otherLandlord: 404, anonymous: 404 } },
];
