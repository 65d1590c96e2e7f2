import { Link, useLocation, useParams } from 'react-router';
import {
  envelopeKindLabels,
  scheduleKindLabels,
  type AgreementView,
  type FinanceOverview,
  type RequestSummary,
} from '../../../contracts/finance';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDate, formatDateTime, formatEuros, fundingAgreementLabel } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { AffectationForm, NewRequestForm, ReimbursementForm } from './AgreementForms';
import { RequestStatusBadge } from './finance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

/** One yearly funding agreement: its schedule, affectations, reimbursements, totals and payment requests. */
export function FundingAgreementPage() {
  const { id } = useParams();
  const location = useLocation();
  const agreement = useApi<AgreementView>(`/api/funding-agreements/${id}`);
  const a = agreement.data;
  const overview = useApi<FinanceOverview>(a ? `/api/conventions/${a.conventionId}/finance` : null);
  const requests = useApi<RequestSummary[]>(a ? `/api/conventions/${a.conventionId}/payment-requests` : null);
  const title = a ? fundingAgreementLabel(a.year, a.envelopeKind) : 'Convention financière';
  usePageTitle(title);
  if (agreement.loading && !a) return <Loading />;
  if (agreement.error) return <ErrorMessage error={agreement.error} />;
  if (!a) return null;
  const can = overview.data?.can;
  const reload = () => {
    agreement.reload();
    requests.reload();
  };
  const mine = requests.data?.filter((r) => r.fundingAgreementId === a.id) ?? [];
  return (
    <article>
      <p>
        <Link to={`/conventions/${a.conventionId}/finances`}>← Finances</Link>
      </p>
      <h1>{title}</h1>
      <ConventionNav id={a.conventionId} />
      {(location.state as { created?: boolean } | null)?.created ? (
        <StatusMessage>Convention financière établie.</StatusMessage>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Enveloppe</dt>
          <dd>{envelopeKindLabels[a.envelopeKind]}</dd>
        </div>
        <div>
          <dt>Montant</dt>
          <dd>{formatEuros(a.amount)}</dd>
        </div>
        <div>
          <dt>Délibération d'application {a.year}</dt>
          <dd>{formatEuros(a.allocationAmount)}</dd>
        </div>
        <div>
          <dt>Date de signature</dt>
          <dd>{formatDate(a.signedOn)}</dd>
        </div>
        <div>
          <dt>Date limite de justification</dt>
          <dd>{formatDate(a.justificationDeadline)}</dd>
        </div>
      </dl>
      <h2>Objet</h2>
      <p>{a.purpose}</p>
      {a.reimbursementClause ? (
        <>
          <h2>Clause de reversement</h2>
          <p>{a.reimbursementClause}</p>
        </>
      ) : null}

      <section aria-labelledby="titre-totaux">
        <h2 id="titre-totaux">Totaux</h2>
        <dl className="facts totals">
          <div>
            <dt>Demandé</dt>
            <dd>{formatEuros(a.totals.requested)}</dd>
          </div>
          <div>
            <dt>Versé</dt>
            <dd>{formatEuros(a.totals.paid)}</dd>
          </div>
          <div>
            <dt>Reversé</dt>
            <dd>{formatEuros(a.totals.reimbursed)}</dd>
          </div>
          <div>
            <dt>Reste à verser</dt>
            <dd>{formatEuros(a.totals.left)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="titre-echeancier">
        <h2 id="titre-echeancier">Échéancier</h2>
        <TableWrapper>
          <table>
            <caption className="visually-hidden">
              Lignes de l'échéancier de versement, avec les montants demandés et versés
            </caption>
            <thead>
              <tr>
                <th scope="col">Ligne</th>
                <th scope="col">Type</th>
                <th scope="col">Montant</th>
                <th scope="col">Condition</th>
                <th scope="col">Pièces exigées</th>
                <th scope="col">Demandé</th>
                <th scope="col">Versé</th>
              </tr>
            </thead>
            <tbody>
              {a.schedule.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.label}</th>
                  <td>{scheduleKindLabels[l.kind]}</td>
                  <td>{formatEuros(l.amount)}</td>
                  <td>{l.condition ?? '—'}</td>
                  <td>{l.requiredDocuments.length > 0 ? l.requiredDocuments.join(', ') : 'Aucune'}</td>
                  <td>{formatEuros(l.requested)}</td>
                  <td>{formatEuros(l.paid)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      </section>

      <section aria-labelledby="titre-demandes">
        <h2 id="titre-demandes">Demandes de versement</h2>
        <ErrorMessage error={requests.error} />
        {requests.data && mine.length === 0 ? <p>Aucune demande de versement sur cette convention.</p> : null}
        {mine.length > 0 ? (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">Demandes de versement de cette convention financière</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Montant</th>
                  <th scope="col">État</th>
                  <th scope="col">Établie par</th>
                  <th scope="col">Le</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/demandes-de-versement/${r.id}`}>Demande « {r.lineLabel} »</Link>
                    </th>
                    <td>{formatEuros(r.amount)}</td>
                    <td>
                      <RequestStatusBadge status={r.status} />
                    </td>
                    <td>{r.createdBy}</td>
                    <td>{formatDateTime(r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        ) : null}
        {can?.request ? <NewRequestForm agreement={a} /> : null}
      </section>

      <section aria-labelledby="titre-affectations">
        <h2 id="titre-affectations">Affectations aux opérations</h2>
        {a.affectations.length === 0 ? (
          <p>Aucune affectation.</p>
        ) : (
          <ul>
            {a.affectations.map((x) => (
              <li key={x.id}>
                {x.operationId ? <Link to={`/operations/${x.operationId}`}>{x.operationLabel}</Link> : x.operationLabel}{' '}
                : {formatEuros(x.amount)}
              </li>
            ))}
          </ul>
        )}
        {can?.manage ? <AffectationForm agreementId={a.id} conventionId={a.conventionId} onSaved={reload} /> : null}
      </section>

      <section aria-labelledby="titre-reversements">
        <h2 id="titre-reversements">Reversements</h2>
        {a.reimbursements.length === 0 ? (
          <p>Aucun titre de recette émis.</p>
        ) : (
          <ul>
            {a.reimbursements.map((x) => (
              <li key={x.id}>
                Titre de recette n° {x.revenueOrderNumber} du {formatDate(x.issuedOn)} : {formatEuros(x.amount)} —{' '}
                {x.reason}
              </li>
            ))}
          </ul>
        )}
        {can?.manage ? <ReimbursementForm agreementId={a.id} onSaved={reload} /> : null}
      </section>
    </article>
  );
}
