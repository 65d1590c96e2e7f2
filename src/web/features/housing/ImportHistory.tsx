import { importShapeLabels, type StockImportView } from '../../../contracts/housing';
import { formatDateTime, formatNumber } from '../../../contracts/format';
import { ImportStatusBadge } from './housing-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const n = (value: number | null) => (value === null ? '—' : formatNumber(value));

/** The stock's imports, most recent first. */
export function ImportHistory({ imports }: { imports: StockImportView[] }) {
  if (imports.length === 0) return <p>Aucun import pour le moment.</p>;
  return (
    <TableWrapper>
      <table>
        <caption className="visually-hidden">Imports du patrimoine, du plus récent au plus ancien</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Fichier</th>
            <th scope="col">État</th>
            <th scope="col">Lignes valides / en erreur</th>
            <th scope="col">Créés</th>
            <th scope="col">Modifiés</th>
            <th scope="col">Inchangés</th>
            <th scope="col">Absents</th>
            <th scope="col">Par</th>
            <th scope="col">Erreurs</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id}>
              <td>{formatDateTime(i.createdAt)}</td>
              <th scope="row">
                {i.filename}
                <br />
                <span className="muted">
                  {i.shape ? importShapeLabels[i.shape] : 'forme non reconnue'}
                  {i.mode === 'valid_rows_only' ? ', lignes valides seulement' : ''}
                </span>
              </th>
              <td>
                <ImportStatusBadge status={i.status} label={i.statusLabel} />
              </td>
              <td>
                {formatNumber(i.counts.rowsValid)} / {formatNumber(i.counts.rowsInvalid)}
              </td>
              <td>{n(i.counts.created)}</td>
              <td>{n(i.counts.updated)}</td>
              <td>{n(i.counts.unchanged)}</td>
              <td>{n(i.counts.missing)}</td>
              <td>{i.createdBy ?? '—'}</td>
              <td>
                {i.counts.errors > 0 ? (
                  <a href={i.links.errorFile} download>
                    {formatNumber(i.counts.errors)} (fichier CSV)
                    <span className="visually-hidden"> — erreurs de « {i.filename} »</span>
                  </a>
                ) : (
                  'aucune'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}
