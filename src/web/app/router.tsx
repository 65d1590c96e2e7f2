import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { LoginPage } from '../features/access/LoginPage';
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

/**
 * Feature pages load on first visit (route `lazy`), so the first screen downloads only the shell,
 * the login page and the router; each domain's pages come as their own chunk.
 */
export const router = createBrowserRouter([
  { path: '/connexion', element: <LoginPage /> },
  {
    path: '/mot-de-passe-oublie',
    lazy: () => import('../features/access/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
  },
  {
    path: '/choisir-mot-de-passe',
    lazy: () => import('../features/access/ChoosePasswordPage').then((m) => ({ Component: m.ChoosePasswordPage })),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, lazy: () => import('../features/dashboard/HomePage').then((m) => ({ Component: m.HomePage })) },
      {
        path: 'conventions/:id',
        lazy: () => import('../features/conventions/ConventionPage').then((m) => ({ Component: m.ConventionPage })),
      },
      {
        path: 'conventions/:id/objectifs',
        lazy: () => import('../features/conventions/ObjectivesPage').then((m) => ({ Component: m.ObjectivesPage })),
      },
      {
        path: 'conventions/:id/avenants',
        lazy: () => import('../features/conventions/AmendmentsPage').then((m) => ({ Component: m.AmendmentsPage })),
      },
      {
        path: 'conventions/:id/resiliation',
        lazy: () => import('../features/conventions/TerminationPage').then((m) => ({ Component: m.TerminationPage })),
      },
      {
        path: 'conventions/:id/impression',
        lazy: () => import('../features/conventions/PrintPage').then((m) => ({ Component: m.PrintPage })),
      },
      {
        path: 'conventions/:id/finances',
        lazy: () => import('../features/finance/FinancePage').then((m) => ({ Component: m.FinancePage })),
      },
      {
        path: 'conventions/:id/finances/allocations/:allocationId/convention-financiere',
        lazy: () => import('../features/finance/NewAgreementPage').then((m) => ({ Component: m.NewAgreementPage })),
      },
      {
        path: 'conventions/:id/demandes',
        lazy: () =>
          import('../features/finance/PaymentRequestsPage').then((m) => ({ Component: m.PaymentRequestsPage })),
      },
      {
        path: 'conventions/:id/garanties',
        lazy: () => import('../features/finance/GuaranteesPage').then((m) => ({ Component: m.GuaranteesPage })),
      },
      {
        path: 'conventions/:id/instances',
        lazy: () => import('../features/governance/BodiesPage').then((m) => ({ Component: m.BodiesPage })),
      },
      {
        path: 'conventions/:id/deliberations',
        lazy: () => import('../features/governance/DecisionsPage').then((m) => ({ Component: m.DecisionsPage })),
      },
      {
        path: 'instances/:id',
        lazy: () => import('../features/governance/BodyPage').then((m) => ({ Component: m.BodyPage })),
      },
      {
        path: 'seances/:id',
        lazy: () => import('../features/governance/SessionPage').then((m) => ({ Component: m.SessionPage })),
      },
      {
        path: 'deliberations/:id',
        lazy: () => import('../features/governance/DecisionPage').then((m) => ({ Component: m.DecisionPage })),
      },
      {
        path: 'reunions/:id',
        lazy: () => import('../features/governance/MeetingPage').then((m) => ({ Component: m.MeetingPage })),
      },
      {
        path: 'conventions/:id/operations',
        lazy: () => import('../features/operations/OperationsPage').then((m) => ({ Component: m.OperationsPage })),
      },
      {
        path: 'conventions/:id/operations/nouvelle',
        lazy: () =>
          import('../features/operations/OperationFormPage').then((m) => ({ Component: m.OperationFormPage })),
      },
      {
        path: 'operations/:operationId',
        lazy: () => import('../features/operations/OperationPage').then((m) => ({ Component: m.OperationPage })),
      },
      {
        path: 'operations/:operationId/modifier',
        lazy: () =>
          import('../features/operations/OperationFormPage').then((m) => ({ Component: m.OperationFormPage })),
      },
      {
        path: 'conventions/:id/tableaux-avancement',
        lazy: () =>
          import('../features/operations/ProgressTablesPage').then((m) => ({ Component: m.ProgressTablesPage })),
      },
      {
        path: 'tableaux-avancement/:tableId',
        lazy: () =>
          import('../features/operations/ProgressTablePage').then((m) => ({ Component: m.ProgressTablePage })),
      },
      {
        path: 'conventions/:id/previsionnel',
        lazy: () => import('../features/operations/ForecastPage').then((m) => ({ Component: m.ForecastPage })),
      },
      {
        path: 'conventions-financieres/:id',
        lazy: () =>
          import('../features/finance/FundingAgreementPage').then((m) => ({ Component: m.FundingAgreementPage })),
      },
      {
        path: 'demandes-de-versement/:id',
        lazy: () => import('../features/finance/PaymentRequestPage').then((m) => ({ Component: m.PaymentRequestPage })),
      },
      {
        path: 'engagements/:id',
        lazy: () => import('../features/conventions/CommitmentPage').then((m) => ({ Component: m.CommitmentPage })),
      },
      {
        path: 'conventions/:id/indicateurs',
        lazy: () => import('../features/indicators/IndicatorsPage').then((m) => ({ Component: m.IndicatorsPage })),
      },
      {
        path: 'indicateurs/:id',
        lazy: () => import('../features/indicators/IndicatorPage').then((m) => ({ Component: m.IndicatorPage })),
      },
      {
        path: 'conventions/:id/bilan',
        lazy: () => import('../features/reports/ReviewPage').then((m) => ({ Component: m.ReviewPage })),
      },
      {
        path: 'patrimoine',
        lazy: () => import('../features/housing/StocksPage').then((m) => ({ Component: m.StocksPage })),
      },
      {
        path: 'patrimoine/calendrier-legal',
        lazy: () => import('../features/housing/CalendarPage').then((m) => ({ Component: m.CalendarPage })),
      },
      {
        path: 'patrimoine/:id',
        lazy: () => import('../features/housing/StockOverviewPage').then((m) => ({ Component: m.StockOverviewPage })),
      },
      {
        path: 'patrimoine/:id/logements',
        lazy: () => import('../features/housing/DwellingsPage').then((m) => ({ Component: m.DwellingsPage })),
      },
      {
        path: 'patrimoine/:id/logements/:dwellingId',
        lazy: () => import('../features/housing/DwellingPage').then((m) => ({ Component: m.DwellingPage })),
      },
      {
        path: 'patrimoine/:id/trajectoire',
        lazy: () => import('../features/housing/TrajectoryPage').then((m) => ({ Component: m.TrajectoryPage })),
      },
      {
        path: 'patrimoine/:id/imports',
        lazy: () => import('../features/housing/ImportPage').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: 'conventions/:id/obligations',
        lazy: () => import('../features/obligations/ObligationsPage').then((m) => ({ Component: m.ObligationsPage })),
      },
      {
        path: 'conventions/:id/obligations/:instanceId',
        lazy: () => import('../features/obligations/InstancePage').then((m) => ({ Component: m.InstancePage })),
      },
      {
        path: 'conventions/:id/faits-signales',
        lazy: () =>
          import('../features/obligations/ReportedEventsPage').then((m) => ({ Component: m.ReportedEventsPage })),
      },
      {
        path: 'conventions/:id/communication',
        lazy: () =>
          import('../features/obligations/CommunicationPage').then((m) => ({ Component: m.CommunicationPage })),
      },
      {
        path: 'conventions/:id/controles',
        lazy: () => import('../features/obligations/ControlsPage').then((m) => ({ Component: m.ControlsPage })),
      },
      {
        path: 'compte/mot-de-passe',
        lazy: () => import('../features/access/ChangePasswordPage').then((m) => ({ Component: m.ChangePasswordPage })),
      },
      {
        path: 'compte/agenda',
        lazy: () => import('../features/obligations/CalendarFeedPage').then((m) => ({ Component: m.CalendarFeedPage })),
      },
      { path: 'journal', lazy: () => import('../features/audit/AuditPage').then((m) => ({ Component: m.AuditPage })) },
      {
        path: 'organisations',
        lazy: () =>
          import('../features/conventions/OrganisationsPage').then((m) => ({ Component: m.OrganisationsPage })),
      },
      { path: 'comptes', lazy: () => import('../features/access/UsersPage').then((m) => ({ Component: m.UsersPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
