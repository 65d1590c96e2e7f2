import { SelectField } from '../../ui/Field';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  requestStatuses,
  requestStatusLabels,
  type RequestStatus,
  type RequestSummary,
} from '../../../contracts/finance';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDateTime, formatEuros } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { RequestStatusBadge } from './finance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const ALL = 'toutes';

/**
 * The payment requests of a convention: the Département's review queue (it opens on the requests
 * waiting for it, "Transmise") and the office's list (all of them).
 */
export function PaymentRequestsPage() {
  usePageTitle('Demandes de versement');
  const { id } = useParams();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const fallback = user?.organisation?.kind === 'department' ? 'submitted' : ALL;
  const chosen = params.get('etat') ?? fallback;
  const status = (requestStatuses as readonly string[]).includes(chosen) ? (chosen as RequestStatus) : null;
  const { data, error, loading } = useApi<RequestSummary[]>(
    `/api/conventions/${id}/payment-requests${status ? `?status=${status}` : ''}`,
  );
  const count = data?.length ?? 0;
  return (
    <>
      <h1>Demandes de versement</h1>
      {id ? <ConventionNav id={id} /> : null}
      <form className="filters" aria-label="Filtrer les demandes" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="État"
          value={status ?? ALL}
          onChange={(e) => setParams({ etat: e.target.value }, { replace: true })}
          options={[
            { value: ALL, label: 'Toutes' },
            ...requestStatuses.map((s) => ({ value: s, label: requestStatusLabels[s] })),
          ]}
        />
      </form>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">
            {count === 0 ? 'Aucune demande' : `${count} demande${count > 1 ? 's' : ''}`}
            {status ? ` à l'état « ${requestStatusLabels[status]} »` : ''}.
          </p>
          {count > 0 ? (
            <TableWrapper>
              <table>
                <caption className="visually-hidden">
                  Demandes de versement{status ? ` à l'état « ${requestStatusLabels[status]} »` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Demande</th>
                    <th scope="col">Convention financière</th>
                    <th scope="col">Montant</th>
                    <th scope="col">État</th>
                    <th scope="col">Établie par</th>
                    <th scope="col">Transmise le</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <Link to={`/demandes-de-versement/${r.id}`}>Demande « {r.lineLabel} »</Link>
                      </th>
                      <td>
                        <Link to={`/conventions-financieres/${r.fundingAgreementId}`}>{r.agreementLabel}</Link>
                      </td>
                      <td>{formatEuros(r.amount)}</td>
                      <td>
                        <RequestStatusBadge status={r.status} />
                      </td>
                      <td>{r.createdBy}</td>
                      <td>{r.submittedAt ? formatDateTime(r.submittedAt) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrapper>
          ) : null}
        </>
      ) : null}
    </>
  );
}
