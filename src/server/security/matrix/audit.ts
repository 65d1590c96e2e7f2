import { type MatrixEntry } from './types';

/** Authorisation matrix: the audit trail and its hash-chain check. */
export const auditRoutes: MatrixEntry[] = [
  {
    method: 'GET',
    url: '/api/audit',
    expect: {
      admin: 'ok',
      coordinator: 'ok',
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 'ok',
      electedMember: 403,
      otherLandlord: 403,
      anonymous: 401,
    },
  },
  {
    method: 'GET',
    url: '/api/audit/verify',
    expect: {
      admin: 'ok',
      coordinator: 'ok',
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 'ok',
      electedMember: 403,
      otherLandlord: 403,
      anonymous: 401,
    },
  },
  {
    // The signed checkpoints of the chain (issue #17): counts and hashes only, to keep outside Copil.
    method: 'GET',
    url: '/api/audit/checkpoints',
    expect: {
      admin: 'ok',
      coordinator: 'ok',
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 'ok',
      electedMember: 403,
      otherLandlord: 403,
      anonymous: 401,
    },
  },
];
