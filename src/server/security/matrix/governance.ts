import { letters, sessionBody } from '../matrix-fixtures';
import { conventionReaders, signedIn, writers, type BodyContext, type MatrixEntry } from './types';

/**
 * Authorisation matrix: bodies, members, sessions, decisions and meetings. Each party records its
 * own bodies: the walk's deliberative body (« Conseil de la matrice ») is the office's, so its
 * manager and the administrator record it and the Département's coordinator may not; the COPIL is
 * joint (either party's recorder); action items are followed up by any writer of a party.
 */
const officeBody = writers('admin', 'officeManager');
const jointBody = writers('admin', 'coordinator', 'officeManager');
const matrixBody = { bodies: 'matrixBody' };

export const governanceRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/governance/reference', expect: signedIn('ok') },
  { method: 'GET', url: '/api/conventions/:id/bodies', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/bodies',
    body: (c: BodyContext) => ({
      kind: 'oph_bureau',
      name: `Commission de la matrice ${c.unique}`,
      code: `M-${c.unique}`,
      side: 'landlord',
    }),
    expect: officeBody,
  },
  { method: 'GET', url: '/api/bodies/:id', expect: conventionReaders() },
  {
    method: 'PATCH',
    url: '/api/bodies/:id',
    at: matrixBody,
    body: (c: BodyContext) => ({ name: `Conseil de la matrice ${c.unique}` }),
    expect: officeBody,
  },
  {
    method: 'POST',
    url: '/api/bodies/:id/mandates',
    at: matrixBody,
    fresh: 'newMember',
    body: (c: BodyContext) => ({ memberId: c.id('member'), role: 'member', voting: true, startOn: '2025-01-01' }),
    expect: officeBody,
  },
  { method: 'PATCH', url: '/api/mandates/:id', body: { voting: true }, expect: officeBody },
  { method: 'GET', url: '/api/conventions/:id/members', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/members',
    body: (c: BodyContext) => ({
      civility: 'M.',
      firstName: 'Jean',
      lastName: `MEMBRE ${letters(c.unique)}`,
      organisationId: null,
    }),
    expect: jointBody,
  },
  { method: 'GET', url: '/api/conventions/:id/members/resolve', query: 'name=COTTIGNY', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/members/:id/spellings',
    body: (c: BodyContext) => ({ spelling: `GRAPHIE ${letters(c.unique)}` }),
    expect: jointBody,
  },
  { method: 'GET', url: '/api/conventions/:id/delegations', expect: conventionReaders() },
  { method: 'GET', url: '/api/bodies/:id/sessions', expect: conventionReaders() },
  { method: 'POST', url: '/api/bodies/:id/sessions', at: matrixBody, body: sessionBody, expect: officeBody },
  { method: 'GET', url: '/api/sessions/:id', expect: conventionReaders() },
  { method: 'PATCH', url: '/api/sessions/:id', body: { place: 'Arras, siège de l’office' }, expect: officeBody },
  {
    method: 'POST',
    url: '/api/sessions/:id/items',
    body: { title: 'Point ajouté (matrice)', matter: 'other' },
    expect: officeBody,
  },
  { method: 'PATCH', url: '/api/agenda-items/:id', body: { title: 'Point de la matrice' }, expect: officeBody },
  {
    method: 'PUT',
    url: '/api/sessions/:id/attendance',
    body: (c: BodyContext) => ({ entries: [{ memberId: c.id('matrixMember'), status: 'present' }] }),
    expect: officeBody,
  },
  { method: 'PUT', url: '/api/agenda-items/:id/recusals', body: { recusals: [] }, expect: officeBody },
  {
    method: 'PUT',
    url: '/api/agenda-items/:id/vote',
    fresh: 'votableItem',
    body: { mode: 'totals', for: 1, against: 0, abstention: 0 },
    expect: officeBody,
  },
  { method: 'DELETE', url: '/api/agenda-items/:id/vote', fresh: 'votedItem', expect: officeBody },
  { method: 'POST', url: '/api/sessions/:id/close', fresh: 'plannedSession', expect: officeBody },
  {
    method: 'POST',
    url: '/api/sessions/:id/second-convocation',
    fresh: 'sessionWithoutQuorum',
    body: { heldOn: '2024-09-20', place: 'Arras' },
    expect: officeBody,
  },
  {
    method: 'POST',
    url: '/api/sessions/:id/minutes-approval',
    fresh: 'closedSession',
    body: { approvedOn: '2024-10-01' },
    expect: officeBody,
  },
  { method: 'GET', url: '/api/conventions/:id/decisions', expect: conventionReaders() },
  { method: 'GET', url: '/api/decisions/:id', expect: conventionReaders() },
  { method: 'PATCH', url: '/api/decisions/:id', body: { title: 'Décision de la matrice' }, expect: officeBody },
  { method: 'PUT', url: '/api/decisions/:id/links', body: { links: [] }, expect: officeBody },
  { method: 'PUT', url: '/api/decisions/:id/transmission', body: { transmittedOn: '2024-09-20' }, expect: officeBody },
  {
    method: 'POST',
    url: '/api/decisions/:id/corrections',
    at: { decisions: 'lockedDecision' },
    body: { field: 'title', value: 'Titre rectifié (matrice)', reason: 'Erreur matérielle.' },
    expect: officeBody,
  },
  {
    method: 'POST',
    url: '/api/decisions/:id/delegations',
    body: (c: BodyContext) => ({
      toBodyId: c.id('delegate'),
      matter: 'loan_guarantee',
      fromYear: 2024,
      untilYear: 2026,
      description: `Délégation ${c.unique} (matrice)`,
    }),
    expect: officeBody,
  },
  {
    method: 'GET',
    url: '/api/decisions/:id/extract.pdf',
    at: { decisions: 'seedDecision' },
    expect: conventionReaders(),
  },
  {
    method: 'GET',
    url: '/api/decisions/:id/extract.docx',
    at: { decisions: 'seedDecision' },
    expect: conventionReaders(),
  },
  { method: 'GET', url: '/api/conventions/:id/exports/scdl-deliberations.csv', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/decision-targets', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/bodies/:id/meetings',
    at: { bodies: 'copil' },
    body: { heldOn: '2024-11-21', place: 'Arras', participants: [] },
    expect: jointBody,
  },
  { method: 'GET', url: '/api/meetings/:id', expect: conventionReaders() },
  { method: 'PATCH', url: '/api/meetings/:id', body: { place: 'Arras, Hôtel du Département' }, expect: jointBody },
  { method: 'PUT', url: '/api/meetings/:id/participants', body: { participants: [] }, expect: jointBody },
  {
    method: 'POST',
    url: '/api/meetings/:id/decisions',
    body: { text: 'Relevé de décision (matrice)' },
    expect: jointBody,
  },
  { method: 'POST', url: '/api/meetings/:id/action-items', body: { title: 'Action de la matrice' }, expect: jointBody },
  { method: 'GET', url: '/api/bodies/:id/action-items', at: { bodies: 'copil' }, expect: conventionReaders() },
  // Issue #19: the COPIL's co-chairs, the minutes as files, and standing members (kept by the Département's coordinator).
  { method: 'PUT', url: '/api/meetings/:id/co-chairs', body: { department: null, landlord: null }, expect: jointBody },
  { method: 'POST', url: '/api/meetings/:id/standing-members', expect: jointBody },
  { method: 'GET', url: '/api/meetings/:id/minutes.pdf', expect: conventionReaders() },
  { method: 'GET', url: '/api/meetings/:id/minutes.docx', expect: conventionReaders() },
  { method: 'GET', url: '/api/bodies/:id/standing-members', at: { bodies: 'copil' }, expect: conventionReaders() },
  {
    method: 'PUT',
    url: '/api/bodies/:id/standing-members',
    at: { bodies: 'copil' },
    body: { members: [] },
    expect: writers('admin', 'coordinator'),
  },
  {
    method: 'PATCH',
    url: '/api/action-items/:id',
    body: (c: BodyContext) => ({ status: 'in_progress', comment: `Suivi ${c.unique} (matrice)` }),
    expect: writers('admin', 'coordinator', 'departmentAgent', 'officeManager', 'officeAgent'),
  },
];
