import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/access/LoginPage';
import { UsersPage } from '../features/access/UsersPage';
import { AmendmentsPage } from '../features/conventions/AmendmentsPage';
import { CommitmentPage } from '../features/conventions/CommitmentPage';
import { ConventionPage } from '../features/conventions/ConventionPage';
import { ConventionsPage } from '../features/conventions/ConventionsPage';
import { ObjectivesPage } from '../features/conventions/ObjectivesPage';
import { OrganisationsPage } from '../features/conventions/OrganisationsPage';
import { PrintPage } from '../features/conventions/PrintPage';
import { TerminationPage } from '../features/conventions/TerminationPage';
import { FinancePage } from '../features/finance/FinancePage';
import { FundingAgreementPage } from '../features/finance/FundingAgreementPage';
import { GuaranteesPage } from '../features/finance/GuaranteesPage';
import { NewAgreementPage } from '../features/finance/NewAgreementPage';
import { PaymentRequestPage } from '../features/finance/PaymentRequestPage';
import { PaymentRequestsPage } from '../features/finance/PaymentRequestsPage';
import { Loading } from '../ui/feedback';
import { NotFoundPage } from './NotFoundPage';
import { Layout } from './Layout';
import { useSession } from './session';

/** Pages behind the login: an anonymous visitor is sent to /connexion and brought back after. */
function RequireSession({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading label="Vérification de la session…" />;
  if (user === null) return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

export const router = createBrowserRouter([
  { path: '/connexion', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <ConventionsPage /> },
      { path: 'conventions/:id', element: <ConventionPage /> },
      { path: 'conventions/:id/objectifs', element: <ObjectivesPage /> },
      { path: 'conventions/:id/avenants', element: <AmendmentsPage /> },
      { path: 'conventions/:id/resiliation', element: <TerminationPage /> },
      { path: 'conventions/:id/impression', element: <PrintPage /> },
      { path: 'conventions/:id/finances', element: <FinancePage /> },
      { path: 'conventions/:id/finances/allocations/:allocationId/convention-financiere', element: <NewAgreementPage /> },
      { path: 'conventions/:id/demandes', element: <PaymentRequestsPage /> },
      { path: 'conventions/:id/garanties', element: <GuaranteesPage /> },
      { path: 'conventions-financieres/:id', element: <FundingAgreementPage /> },
      { path: 'demandes-de-versement/:id', element: <PaymentRequestPage /> },
      { path: 'engagements/:id', element: <CommitmentPage /> },
      { path: 'journal', element: <AuditPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'comptes', element: <UsersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
