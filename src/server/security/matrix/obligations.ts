import { conventionReaders, signedIn, writers, type BodyContext, type MatrixEntry } from './types';

/**
 * Authorisation matrix: duties, calendar, notifications, communication and controls. The
 * administrator sets duties up; the owing party's writers mark an instance done; the office
 * submits invitations and proofs, the Département's writers decide and check them; the
 * Département's coordination records control missions; the evidence bundle is for those who
 * answer for the audit trail (administrator, controller, DAT coordinator).
 */
const officeWriters = writers('officeManager', 'officeAgent');
const departmentWriters = writers('coordinator', 'departmentAgent');

export const obligationsRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/duties', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/duties',
    body: (c: BodyContext) => ({
      code: `MATRICE_${c.unique}`,
      party: 'landlord',
      title: 'Enquête (matrice)',
      description: 'Enquête annuelle.',
      articleNumber: '3',
      recurrence: 'yearly_quarter',
      quarter: 2,
      evidenceKind: 'manual',
      evidenceDescription: 'Le rapport.',
    }),
    expect: writers('admin'),
  },
  { method: 'PATCH', url: '/api/duties/:id', body: { reminderDays: [30, 7] }, expect: writers('admin') },
  { method: 'GET', url: '/api/conventions/:id/calendar', expect: conventionReaders() },
  { method: 'GET', url: '/api/duty-instances/:id', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/duty-instances/:id/done',
    fresh: 'undoneInstance',
    body: (c: BodyContext) => ({ documentId: c.id('documents'), note: 'Transmis (matrice).' }),
    expect: officeWriters,
  },
  { method: 'GET', url: '/api/notifications', expect: signedIn('ok') },
  // Only its recipient (the office manager) marks a notification read; to anyone else it does not exist.
  {
    method: 'POST',
    url: '/api/notifications/:id/read',
    personal: true,
    expect: { ...signedIn(404), officeManager: 'ok' },
  },
  { method: 'POST', url: '/api/notifications/read-all', personal: true, expect: signedIn('ok') },
  // Article 3.2: the office's writers report, the Département's acknowledge and close, both follow up.
  { method: 'GET', url: '/api/conventions/:id/reported-events', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/reported-events',
    body: {
      category: 'incident',
      title: 'Sinistre (matrice)',
      description: 'Dégât des eaux.',
      occurredOn: '2024-05-02',
    },
    expect: officeWriters,
  },
  {
    method: 'POST',
    url: '/api/reported-events/:id/acknowledgement',
    fresh: 'reportedEvent',
    body: {},
    expect: departmentWriters,
  },
  {
    method: 'POST',
    url: '/api/reported-events/:id/notes',
    body: { note: 'Suivi (matrice).' },
    expect: writers('coordinator', 'departmentAgent', 'officeManager', 'officeAgent'),
  },
  {
    method: 'POST',
    url: '/api/reported-events/:id/closure',
    fresh: 'acknowledgedEvent',
    body: { note: 'Clos (matrice).' },
    expect: departmentWriters,
  },
  { method: 'GET', url: '/api/conventions/:id/communication-events', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/communication-events',
    body: { kind: 'site_visit', title: 'Visite de chantier (matrice)', requiredSupports: ['documents'] },
    expect: writers('coordinator', 'departmentAgent', 'officeManager', 'officeAgent'),
  },
  { method: 'GET', url: '/api/communication-events/:id', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/communication-events/:id/invitations',
    fresh: 'eventWithoutInvitation',
    body: (c: BodyContext) => ({ documentId: c.id('documents') }),
    expect: officeWriters,
  },
  {
    method: 'POST',
    url: '/api/communication-events/:id/invitations/decision',
    fresh: 'eventWithInvitation',
    body: { decision: 'validated' },
    expect: departmentWriters,
  },
  {
    method: 'POST',
    url: '/api/communication-events/:id/proofs',
    body: { kind: 'article', description: 'Article de presse (matrice)', url: 'https://www.example.test/article' },
    expect: writers('officeManager'),
  },
  {
    method: 'POST',
    url: '/api/publicity-proofs/:id/check',
    fresh: 'pendingProof',
    body: { status: 'accepted' },
    expect: departmentWriters,
  },
  { method: 'GET', url: '/api/conventions/:id/controls', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/controls',
    body: { startedOn: '2024-05-01', controller: 'Chambre régionale des comptes', scope: 'Contrôle de la matrice' },
    expect: writers('admin', 'coordinator', 'departmentAgent'),
  },
  { method: 'GET', url: '/api/account/calendar-feed', expect: signedIn('ok') },
  { method: 'POST', url: '/api/account/calendar-feed', personal: true, expect: signedIn('ok') },
  { method: 'DELETE', url: '/api/account/calendar-feed', personal: true, expect: signedIn('ok') },
  {
    method: 'GET',
    url: '/api/calendar/:file',
    expect: {
      admin: 404,
      coordinator: 404,
      departmentAgent: 404,
      officeManager: 404,
      officeAgent: 404,
      controller: 404,
      electedMember: 404,
      otherLandlord: 404,
      anonymous: 404,
    },
  },
  {
    method: 'GET',
    url: '/api/conventions/:id/evidence-bundle.zip',
    query: 'asOf=2024-12-31',
    expect: {
      admin: 'ok',
      coordinator: 'ok',
      departmentAgent: 403,
      officeManager: 403,
      officeAgent: 403,
      controller: 'ok',
      electedMember: 403,
      otherLandlord: 404,
      anonymous: 401,
    },
  },
];
