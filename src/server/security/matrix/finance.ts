import { conventionReaders, writers, type BodyContext, type MatrixEntry } from './types';
import { todayInParis } from '../../../contracts/dates';
import { guaranteeRequestBody } from '../matrix-article3';

/**
 * Authorisation matrix: envelopes, allocations, funding agreements, guarantees and payment
 * requests. The administrator and the DAT coordinator set up envelopes, allocations and the
 * guarantee register; only the coordinator runs the chain (agreements, affectations, reviews,
 * payments); the office's agents and manager draft, its manager submits; nobody approves their own organisation's request.
 */
export const financeRoutes: MatrixEntry[] = [
  { method: 'GET', url: '/api/conventions/:id/finance', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/envelopes/:id/revisions',
    at: { envelopes: 'investmentEnvelope' },
    body: {
      effectiveOn: '2026-01-01',
      amount: '100000000.00',
      deliberationRef: 'CP-2026-1',
      deliberationDate: '2025-12-15',
      reason: 'Confirmation (matrice)',
    },
    expect: writers('admin', 'coordinator'),
  },
  {
    method: 'POST',
    url: '/api/envelopes/:id/allocations',
    fresh: 'allocationYear',
    body: (c: BodyContext) => ({
      year: Number(c.id('year')),
      amount: '1000000.00',
      deliberationBody: 'Commission permanente',
      deliberationDate: '2025-02-12',
    }),
    expect: writers('admin', 'coordinator'),
  },
  { method: 'GET', url: '/api/conventions/:id/funding-agreements', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/allocations/:id/funding-agreement',
    fresh: 'allocation',
    body: {
      amount: '1000000.00',
      signedOn: '2025-06-01',
      purpose: 'Convention financière (matrice)',
      schedule: [{ kind: 'balance', label: 'Versement unique', amount: '1000000.00', requiredDocuments: [] }],
    },
    expect: writers('coordinator'),
  },
  { method: 'GET', url: '/api/funding-agreements/:id', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/funding-agreements/:id/affectations',
    body: { operationLabel: 'Entretien courant (matrice)', amount: '1.00' },
    expect: writers('coordinator'),
  },
  {
    method: 'POST',
    url: '/api/funding-agreements/:id/reimbursements',
    body: {
      amount: '1.00',
      reason: 'Dépense non justifiée (matrice)',
      revenueOrderNumber: 'TR-2024-0001',
      issuedOn: '2024-09-01',
    },
    expect: writers('coordinator'),
  },
  { method: 'GET', url: '/api/conventions/:id/guarantees', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/guarantees',
    body: {
      lender: 'Banque des Territoires',
      contractNumber: 'GAR-MATRICE-2',
      loanAmount: '500000.00',
      guaranteedShare: '50',
    },
    expect: writers('admin', 'coordinator'),
  },
  {
    method: 'PUT',
    url: '/api/guarantees/:id/balances',
    body: { asOf: '2024-12-31', outstanding: '900000.00' },
    expect: writers('admin', 'coordinator'),
  },
  // Article 3.1: the office's manager files a request; the DAT coordinator examines and decides.
  { method: 'GET', url: '/api/conventions/:id/guarantee-requests', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/conventions/:id/guarantee-requests',
    body: (c: BodyContext) => guaranteeRequestBody(c.id('documents')),
    expect: writers('officeManager'),
  },
  {
    method: 'POST',
    url: '/api/guarantee-requests/:id/examination',
    body: { notes: 'Examen complété (matrice).' },
    expect: writers('coordinator'),
  },
  {
    method: 'POST',
    url: '/api/guarantee-requests/:id/decision',
    fresh: 'examinedGuaranteeRequest',
    body: () => ({
      decision: 'refused',
      decidedOn: todayInParis(),
      decidingBody: 'commission_permanente',
      deliberationRef: 'CP (matrice)',
    }),
    expect: writers('coordinator'),
  },
  { method: 'GET', url: '/api/conventions/:id/exports/scdl-subventions.csv', expect: conventionReaders() },
  { method: 'GET', url: '/api/conventions/:id/exports/finances.xlsx', expect: conventionReaders() },
  {
    method: 'GET',
    url: '/api/conventions/:id/exports/finances.csv',
    query: 'table=enveloppes',
    expect: conventionReaders(),
  },
  { method: 'GET', url: '/api/conventions/:id/payment-requests', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/funding-agreements/:id/payment-requests',
    body: (c: BodyContext) => ({ scheduleLineId: c.id('scheduleLine'), amount: '1.00' }),
    expect: writers('officeManager', 'officeAgent'),
  },
  { method: 'GET', url: '/api/payment-requests/:id', expect: conventionReaders() },
  {
    method: 'POST',
    url: '/api/payment-requests/:id/documents',
    fresh: 'draftRequest',
    body: (c: BodyContext) => ({ documentId: c.id('documents'), requirement: 'Ordre de service' }),
    expect: writers('officeManager', 'officeAgent'),
  },
  // Approving a request the office submitted: the Département's coordinator, never the office itself.
  {
    method: 'POST',
    url: '/api/payment-requests/:id/transitions',
    fresh: 'submittedRequest',
    body: { action: 'approve' },
    expect: writers('coordinator'),
  },
  {
    method: 'POST',
    url: '/api/payment-requests/:id/payment',
    fresh: 'approvedRequest',
    body: { mandateNumber: 'M-2024-0002', mandateDate: '2024-08-01' },
    expect: writers('coordinator'),
  },
];
