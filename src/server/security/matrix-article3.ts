import type { GuaranteeRequestView } from '../../contracts/guarantee-requests';
import type { ReportedEventView } from '../../contracts/reported-events';
import { call, id, users } from './matrix-fixtures';
import type { Walk } from './matrix-walk';

/**
 * Article 3 fixtures of the authorisation matrix: an event the office reported (then acknowledged
 * by the Département), a guarantee request the office filed with the walk's document (then put in
 * examination).
 */
export async function reportedEvent(walk: Walk, step: 'reported' | 'acknowledged'): Promise<ReportedEventView> {
  const { officeAgent, coordinator } = users(walk);
  const event = await call<ReportedEventView>(
    officeAgent,
    'POST',
    `/api/conventions/${id(walk, 'conventions')}/reported-events`,
    {
      category: 'delay',
      title: 'Retard de chantier (matrice)',
      description: 'Lot 3 défaillant.',
      occurredOn: '2024-06-01',
    },
  );
  if (step === 'reported') return event;
  return call<ReportedEventView>(coordinator, 'POST', `/api/reported-events/${event.id}/acknowledgement`, {});
}

export async function guaranteeRequest(walk: Walk, step: 'submitted' | 'examined'): Promise<GuaranteeRequestView> {
  const { officeManager, coordinator } = users(walk);
  const request = await call<GuaranteeRequestView>(
    officeManager,
    'POST',
    `/api/conventions/${id(walk, 'conventions')}/guarantee-requests`,
    guaranteeRequestBody(id(walk, 'documents')),
  );
  if (step === 'submitted') return request;
  return call<GuaranteeRequestView>(coordinator, 'POST', `/api/guarantee-requests/${request.id}/examination`, {
    notes: 'Examen (matrice).',
  });
}

export const guaranteeRequestBody = (documentId: string) => ({
  lender: 'Banque des Territoires',
  contractNumber: 'OFFRE-MATRICE',
  operationLabel: 'Résidence de la matrice',
  loanAmount: '500000.00',
  guaranteedShare: '50',
  documents: [{ documentId, label: 'Offre de prêt' }],
});
