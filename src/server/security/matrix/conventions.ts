import { PDF } from '../matrix-fixtures';
import { conventionReaders, signedIn, writers, type BodyContext, type MatrixEntry } from './types';

/** Authorisation matrix: conventions, documents, commitments, amendments and termination. */
export const conventionsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions', expect: signedIn('ok') },
  {
    method: 'POST',
    url: '/api/conventions',
    body: (c: BodyContext) => ({
      title: `Convention ${c.unique} (matrice)`,
      periodStart: '2025-01-01',
      periodEnd: '2034-12-31',
      jurisdiction: 'Tribunal administratif de Lille',
      departmentId: c.id('department'),
      landlordId: c.id('office'),
    }),
    expect: {
      admin: 'ok',
      coordinator: 403,
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 403,
      electedMember: 403,
      otherLandlord: 403,
      anonymous: 401,
    },
  },
  { method: 'GET', url: '/api/conventions/:id', expect: conventionReaders() },
  // Recorded by the DAT coordinator or the administrator (on a convention of the walk's own).
  {
    method: 'PUT',
    url: '/api/conventions/:id/signature',
    at: { conventions: 'matrixConvention' },
    body: { signatureDate: '2020-01-10', signaturePlace: 'Arras' },
    expect: writers('admin', 'coordinator'),
  },
  // Evidence is uploaded by the writers of either party; the administrator is no party.
  {
    method: 'POST',
    url: '/api/conventions/:id/documents',
    upload: { filename: 'piece.pdf', contentType: 'application/pdf', file: () => PDF },
    expect: writers('coordinator', 'departmentAgent', 'officeManager', 'officeAgent'),
  },
  { method: 'GET', url: '/api/documents/:id', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/objectives', expect: conventionReaders() },
  { method: 'GET', url: '/api/commitments/:id', expect: conventionReaders() },
  // The walked commitment is the office's: its writers set its status.
  {
    method: 'POST',
    url: '/api/commitments/:id/statuses',
    body: { year: 2024, status: 'in_progress' },
    expect: writers('officeManager', 'officeAgent'),
  },
  { method: 'GET', url: '/api/conventions/:id/amendments', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/amendments',
    at: { conventions: 'matrixConvention' },
    fresh: 'amendmentNumber',
    body: (c: BodyContext) => ({
      number: Number(c.id('number')),
      object: 'Prolongation (matrice)',
      signedOn: '2024-03-01',
      effectiveOn: '2024-03-01',
      changes: [{ field: 'period_end', date: '2031-12-31' }],
    }),
    expect: writers('admin', 'coordinator'),
  },
  { method: 'GET', url: '/api/conventions/:id/termination-notices', expect: conventionReaders() },
  // A formal notice is sent by a party (DAT coordinator, office manager) or recorded by the administrator.
  {
    method: 'POST',
    url: '/api/conventions/:id/termination-notices',
    fresh: 'openConvention',
    body: (c: BodyContext) => ({
      sentOn: '2024-01-15',
      sendingOrganisationId: c.id('department'),
      reason: 'Manquements répétés (matrice).',
      registeredLetterRef: 'RAR 1A 000 000 0002',
    }),
    expect: writers('admin', 'coordinator', 'officeManager'),
  },
  // Only the party that sent the notice (here the Département) withdraws it, or the administrator.
  {
    method: 'POST',
    url: '/api/termination-notices/:id/withdraw',
    fresh: 'pendingNotice',
    body: { withdrawnOn: '2024-02-01', reason: 'Manquements corrigés.' },
    expect: writers('admin', 'coordinator'),
  },
  {
    method: 'POST',
    url: '/api/termination-notices/:id/terminate',
    fresh: 'pendingNotice',
    body: { effectiveOn: '2024-06-01' },
    expect: writers('admin', 'coordinator', 'officeManager'),
  },
];
