import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  tableStatusLabels,
  type ProgressTableList,
  type ProgressTableView,
} from '../../../contracts/operations-progress';
import { api } from '../../app/api';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/Field';
import { formatDateTime, formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';

import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

/** The half-years a table can be opened for: the last four half-year ends up to the current one. */
function recentHalfYears(today = new Date()): string[] {
  const year = today.getFullYear();
  return [
    `${year}-12-31`,
    `${year}-06-30`,
    `${year - 1}-12-31`,
    `${year - 1}-06-30`,
    `${year - 2}-12-31`,
    `${year - 2}-06-30`,
  ];
}
const halfLabel = (end: string) =>
  `${end.endsWith('06-30') ? '1er' : '2d'} semestre ${end.slice(0, 4)} (état au ${formatDate(end, '—')})`;

/** The progress tables of a convention, one per half-year; the office opens the next one. */
export function ProgressTablesPage() {
  usePageTitle("Tableaux d'avancement semestriels");
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useApi<ProgressTableList>(`/api/conventions/${id}/progress-tables`);
  const choices = recentHalfYears().filter((d) => !data?.items.some((t) => t.periodEnd === d));
  const [periodEnd, setPeriodEnd] = useState('');
  const { busy, error: openError, run } = useSubmit();

  async function open(event: FormEvent) {
    event.preventDefault();
    let table: ProgressTableView | null = null;
    const ok = await run(async () => {
      table = await api<ProgressTableView>('POST', `/api/conventions/${id}/progress-tables`, {
        periodEnd: periodEnd || choices[0],
      });
      return null;
    });
    if (ok && table) navigate(`/tableaux-avancement/${(table as ProgressTableView).id}`);
  }

  return (
    <>
      <h1>Tableaux d'avancement semestriels</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>L'état au 30 juin est dû le 31 juillet ; l'état au 31 décembre, le 31 janvier suivant.</p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data?.can.open && choices.length > 0 ? (
        <form className="panel inline-form" onSubmit={open} aria-label="Ouvrir un tableau">
          <ErrorMessage error={openError} />
          <SelectField
            label="Semestre à ouvrir"
            value={periodEnd || choices[0]}
            onChange={(e) => setPeriodEnd(e.target.value)}
            options={choices.map((d) => ({ value: d, label: halfLabel(d) }))}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            Ouvrir le tableau
          </button>
        </form>
      ) : null}
      {data ? (
        data.items.length === 0 ? (
          <p role="status">Aucun tableau ouvert.</p>
        ) : (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">Tableaux d'avancement</caption>
              <thead>
                <tr>
                  <th scope="col">Semestre</th>
                  <th scope="col">Échéance</th>
                  <th scope="col">État</th>
                  <th scope="col">Transmis le</th>
                  <th scope="col">Accepté le</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">
                      <Link to={`/tableaux-avancement/${t.id}`}>{t.label}</Link>
                    </th>
                    <td>
                      {formatDate(t.dueDate, '—')}
                      {t.late ? ' (en retard)' : ''}
                    </td>
                    <td>{tableStatusLabels[t.status]}</td>
                    <td>{t.submittedAt ? formatDateTime(t.submittedAt) : '—'}</td>
                    <td>{t.acceptedAt ? formatDateTime(t.acceptedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        )
      ) : null}
    </>
  );
}
