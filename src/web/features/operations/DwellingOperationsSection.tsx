import { Link } from 'react-router';
import { operationStatusLabels, type DwellingOperations } from '../../../contracts/operations';
import { ErrorMessage } from '../../ui/feedback';
import { useApi } from '../../ui/useApi';
import { TableWrapper } from '../../ui/TableWrapper';
import { formatDate } from '../../../contracts/format';

/** On a dwelling's page: its class today once delivered works count, and its operations. */
export function DwellingOperationsSection({ dwellingId }: { dwellingId: string }) {
  const { data, error } = useApi<DwellingOperations>(`/api/dwellings/${dwellingId}/operations`);
  return (
    <section aria-labelledby="titre-operations-logement" className="panel">
      <h2 id="titre-operations-logement">Travaux et classe après travaux</h2>
      <ErrorMessage error={error} />
      {data ? (
        <>
          <p>
            Classe effective au {formatDate(data.asOf, '—')} : <strong>{data.effectiveClass ?? 'sans DPE'}</strong>
            {data.deliveredBy ? ' (classe visée de la dernière opération livrée)' : ' (classe du DPE)'}.
          </p>
          {data.operations.length === 0 ? (
            <p>Aucune opération sur ce logement.</p>
          ) : (
            <TableWrapper>
              <table>
                <caption className="visually-hidden">Opérations du logement</caption>
                <thead>
                  <tr>
                    <th scope="col">Opération</th>
                    <th scope="col">État</th>
                    <th scope="col">Classe visée</th>
                    <th scope="col">Livraison prévue</th>
                    <th scope="col">Livraison réelle</th>
                  </tr>
                </thead>
                <tbody>
                  {data.operations.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link to={`/operations/${o.id}`}>
                          {o.reference} — {o.label}
                        </Link>
                      </th>
                      <td>{operationStatusLabels[o.status]}</td>
                      <td>{o.targetClass ?? '—'}</td>
                      <td>{formatDate(o.plannedDelivery, '—')}</td>
                      <td>{formatDate(o.actualDelivery, '—')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrapper>
          )}
        </>
      ) : null}
    </section>
  );
}
