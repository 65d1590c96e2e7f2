import { useState } from 'react';
import type { ImportErrorPage, StockImportView } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { plural } from './housing-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const PAGE_SIZE = 50;

/** An import's errors, line by line (line, column, value, reason), paged; and every one of them in the error file to download. */
export function ImportErrors({ view }: { view: StockImportView }) {
  const [page, setPage] = useState(1);
  const { data, error, loading } = useApi<ImportErrorPage>(`${view.links.errors}?page=${page}&pageSize=${PAGE_SIZE}`);
  const first = data ? (data.page - 1) * data.pageSize : 0;
  const last = data ? Math.min(first + data.items.length, data.total) : 0;
  return (
    <section aria-labelledby="titre-erreurs" className="panel">
      <h2 id="titre-erreurs">Erreurs du fichier</h2>
      <p>
        <a href={view.links.errorFile} download>
          Télécharger toutes les erreurs (CSV pour Excel, {plural(view.counts.errors, 'ligne')})
        </a>
      </p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading label="Chargement des erreurs…" /> : null}
      {data ? (
        <>
          <p>
            {plural(data.total, 'erreur')} — erreurs {formatNumber(data.items.length === 0 ? 0 : first + 1)} à{' '}
            {formatNumber(last)}.
          </p>
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                Erreurs de l'import de « {view.filename} » : ligne, colonne, valeur et raison
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Colonne</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Raison</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e, i) => (
                  <tr key={`${first + i}`}>
                    <th scope="row">{e.line ?? '—'}</th>
                    <td>{e.column ?? '—'}</td>
                    <td>{e.value === null ? '—' : e.value === '' ? '(vide)' : `« ${e.value} »`}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
          {data.total > PAGE_SIZE ? (
            <nav className="pagination" aria-label="Pages des erreurs">
              <button type="button" disabled={page === 1} onClick={() => setPage(Math.max(1, page - 1))}>
                Erreurs précédentes
              </button>
              <button type="button" disabled={page * PAGE_SIZE >= data.total} onClick={() => setPage(page + 1)}>
                Erreurs suivantes
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
