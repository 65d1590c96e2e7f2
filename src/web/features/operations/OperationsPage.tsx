import { Link, useParams, useSearchParams } from 'react-router';
import {
  operationKindLabels,
  operationKinds,
  operationStatuses,
  operationStatusLabels,
  programmeLabels,
  type OperationList,
} from '../../../contracts/operations';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatEuros, formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { TableWrapper } from '../../ui/TableWrapper';

const ALL = '';

/** The operations of a convention, filtered by kind, status, EPCI and delivery year. */
export function OperationsPage() {
  usePageTitle('Opérations');
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of ['kind', 'status', 'epciCode', 'year']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const { data, error, loading } = useApi<OperationList>(
    `/api/conventions/${id}/operations${query.size ? `?${query}` : ''}`,
  );
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Opérations</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        <Link to={`/conventions/${id}/tableaux-avancement`}>Tableaux d'avancement semestriels</Link> ·{' '}
        <Link to={`/conventions/${id}/previsionnel`}>Prévisionnel de novembre</Link>
      </p>
      {data?.can.write ? (
        <p>
          <Link className="button-link" to={`/conventions/${id}/operations/nouvelle`}>
            Nouvelle opération
          </Link>
        </p>
      ) : null}
      <form className="filters inline-form" aria-label="Filtrer les opérations" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Nature"
          value={params.get('kind') ?? ALL}
          onChange={(e) => set('kind', e.target.value)}
          options={[
            { value: ALL, label: 'Toutes' },
            ...operationKinds.map((k) => ({ value: k, label: operationKindLabels[k] })),
          ]}
        />
        <SelectField
          label="État"
          value={params.get('status') ?? ALL}
          onChange={(e) => set('status', e.target.value)}
          options={[
            { value: ALL, label: 'Tous' },
            ...operationStatuses.map((s) => ({ value: s, label: operationStatusLabels[s] })),
          ]}
        />
        <Field
          label="Année de livraison"
          inputMode="numeric"
          value={params.get('year') ?? ''}
          onChange={(e) => set('year', e.target.value.replace(/\D/g, '').slice(0, 4))}
        />
        <Field
          label="EPCI (SIREN)"
          inputMode="numeric"
          value={params.get('epciCode') ?? ''}
          onChange={(e) => set('epciCode', e.target.value.replace(/\D/g, '').slice(0, 9))}
        />
      </form>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">
            {data.items.length === 0
              ? 'Aucune opération.'
              : `${data.items.length} opération${data.items.length > 1 ? 's' : ''}.`}
          </p>
          {data.items.length > 0 ? (
            <p>
              <a href={`/api/conventions/${id}/exports/operations.xlsx${query.size ? `?${query}` : ''}`} download>
                Exporter la liste (xlsx)
              </a>
            </p>
          ) : null}
          {data.items.length > 0 ? (
            <TableWrapper>
              <table>
                <caption className="visually-hidden">Opérations de la convention</caption>
                <thead>
                  <tr>
                    <th scope="col">Opération</th>
                    <th scope="col">Nature</th>
                    <th scope="col">Programme</th>
                    <th scope="col">Commune (EPCI)</th>
                    <th scope="col">Logements</th>
                    <th scope="col">État</th>
                    <th scope="col">Avancement</th>
                    <th scope="col">Livraison prévue</th>
                    <th scope="col">Livraison réelle</th>
                    <th scope="col">Coût TTC</th>
                    <th scope="col">Subvention du Département</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link to={`/operations/${o.id}`}>
                          {o.reference} — {o.label}
                        </Link>
                      </th>
                      <td>{operationKindLabels[o.kind]}</td>
                      <td>{programmeLabels[o.programme]}</td>
                      <td>
                        {o.communeName}
                        {o.epciName ? ` (${o.epciName})` : ''}
                      </td>
                      <td>{o.dwellingCount}</td>
                      <td>{operationStatusLabels[o.status]}</td>
                      <td>{o.percentComplete} %</td>
                      <td>{formatDate(o.plannedDelivery, '—')}</td>
                      <td>{formatDate(o.actualDelivery, '—')}</td>
                      <td>{o.costInclTax ? formatEuros(o.costInclTax) : '—'}</td>
                      <td>{formatEuros(o.departmentSubsidy)}</td>
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
