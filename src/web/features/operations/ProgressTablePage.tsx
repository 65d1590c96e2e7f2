import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { operationStatusLabels } from '../../../contracts/operations';
import { tableStatusLabels, type ProgressDiff, type ProgressTableView } from '../../../contracts/operations-progress';
import { api } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { formatDateTime, formatEuros, formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';

import { ProgressRowsEditor } from './ProgressRowsEditor';
import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

/** A half-year's progress table: the office fills and submits it; the Département comments, returns or accepts it. */
export function ProgressTablePage() {
  const { tableId } = useParams();
  const loaded = useApi<ProgressTableView>(`/api/progress-tables/${tableId}`);
  const [table, setTable] = useState<ProgressTableView | undefined>(undefined);
  useEffect(() => setTable(loaded.data), [loaded.data]);
  usePageTitle(table ? `Tableau d'avancement — ${table.label}` : "Tableau d'avancement");
  const act = useSubmit();
  const [reason, setReason] = useState('');

  async function transition(action: 'submit' | 'return' | 'accept') {
    await act.run(async () => {
      setTable(
        await api<ProgressTableView>('POST', `/api/progress-tables/${tableId}/transitions`, {
          action,
          comment: reason.trim() || null,
        }),
      );
      setReason('');
      return {
        submit: 'Tableau transmis au Département.',
        return: "Tableau renvoyé à l'office.",
        accept: 'Tableau accepté.',
      }[action];
    });
  }

  return (
    <>
      <h1>{table ? `Tableau d'avancement — ${table.label}` : "Tableau d'avancement"}</h1>
      {table ? <ConventionNav id={table.conventionId} /> : null}
      <ErrorMessage error={loaded.error} />
      {loaded.loading && !table ? <Loading /> : null}
      {table ? (
        <>
          <p>
            <Link to={`/conventions/${table.conventionId}/tableaux-avancement`}>Tous les tableaux</Link>
          </p>
          <p role="status">
            État : <strong>{tableStatusLabels[table.status]}</strong> — échéance le {formatDate(table.dueDate, '—')}
            {table.late ? ' (en retard)' : ''}.
          </p>
          {table.reviewComment ? <p>Motif du Département : {table.reviewComment}</p> : null}
          <ErrorMessage error={act.error} />
          {act.saved ? <StatusMessage>{act.saved}</StatusMessage> : null}
          {table.can.edit ? (
            <ProgressRowsEditor key={table.id} table={table} onSaved={setTable} />
          ) : (
            <RowsView table={table} onChange={setTable} />
          )}
          {table.can.submit ? (
            <button
              type="button"
              className="button-primary"
              disabled={act.busy}
              onClick={() => void transition('submit')}
            >
              Transmettre au Département
            </button>
          ) : null}
          {table.can.review ? (
            <section className="panel" aria-labelledby="titre-instruction">
              <h2 id="titre-instruction">Instruction</h2>
              <TextAreaField
                label="Motif du renvoi"
                hint="Obligatoire pour renvoyer le tableau à l'office."
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={act.field('comment')}
              />
              <div className="button-row">
                <button type="button" disabled={act.busy} onClick={() => void transition('return')}>
                  Renvoyer à l'office
                </button>
                <button
                  type="button"
                  className="button-primary"
                  disabled={act.busy}
                  onClick={() => void transition('accept')}
                >
                  Accepter le tableau
                </button>
              </div>
            </section>
          ) : null}
          <section className="panel" aria-labelledby="titre-versions">
            <h2 id="titre-versions">Versions transmises</h2>
            {table.snapshots.length === 0 ? (
              <p>Pas encore transmis.</p>
            ) : (
              <ul>
                {table.snapshots.map((s) => (
                  <li key={s.version}>
                    Version {s.version}, transmise le {formatDateTime(s.submittedAt)} par {s.submittedBy}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <DiffSection table={table} />
        </>
      ) : null}
    </>
  );
}

/** The rows as read by the Département (with a comment per operation while it reviews) or once submitted. */
function RowsView({ table, onChange }: { table: ProgressTableView; onChange: (t: ProgressTableView) => void }) {
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries(table.rows.map((r) => [r.operationId, r.reviewComment ?? ''])),
  );
  const save = useSubmit();
  if (table.rows.length === 0) return <p>Le tableau n'a pas encore été transmis par l'office.</p>;
  return (
    <section className="panel" aria-labelledby="titre-lignes">
      <h2 id="titre-lignes">Avancement des opérations</h2>
      <ErrorMessage error={save.error} />
      {save.saved ? <StatusMessage>{save.saved}</StatusMessage> : null}
      <TableWrapper>
        <table>
          <caption className="visually-hidden">Avancement des opérations au {formatDate(table.periodEnd, '—')}</caption>
          <thead>
            <tr>
              <th scope="col">Opération</th>
              <th scope="col">État</th>
              <th scope="col">Avancement</th>
              <th scope="col">Ordre de service</th>
              <th scope="col">Livraison</th>
              <th scope="col">Dépenses à date</th>
              <th scope="col">Commentaire de l'office</th>
              <th scope="col">Commentaire du Département</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.operationId}>
                <th scope="row">
                  <Link to={`/operations/${r.operationId}`}>
                    {r.reference} — {r.label}
                  </Link>
                </th>
                <td>{operationStatusLabels[r.status]}</td>
                <td>{r.percentComplete} %</td>
                <td>{formatDate(r.startActualOn, '—')}</td>
                <td>{formatDate(r.deliveryActualOn, '—')}</td>
                <td>{r.spent ? formatEuros(r.spent) : '—'}</td>
                <td>{r.officeComment ?? '—'}</td>
                <td>
                  {table.can.review ? (
                    <div className="inline-form">
                      <Field
                        label={<span className="visually-hidden">Commentaire du Département sur {r.reference}</span>}
                        value={comments[r.operationId] ?? ''}
                        onChange={(e) => setComments({ ...comments, [r.operationId]: e.target.value })}
                      />
                      <button
                        type="button"
                        disabled={save.busy}
                        onClick={() =>
                          void save.run(async () => {
                            onChange(
                              await api<ProgressTableView>(
                                'PUT',
                                `/api/progress-tables/${table.id}/rows/${r.operationId}/review-comment`,
                                { comment: comments[r.operationId]?.trim() || null },
                              ),
                            );
                            return `Commentaire enregistré pour ${r.reference}.`;
                          })
                        }
                      >
                        Enregistrer le commentaire sur {r.reference}
                      </button>
                    </div>
                  ) : (
                    (r.reviewComment ?? '—')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrapper>
    </section>
  );
}

/** What changed since another half-year. */
function DiffSection({ table }: { table: ProgressTableView }) {
  const [against, setAgainst] = useState(table.others[0]?.id ?? '');
  const { data, error } = useApi<ProgressDiff>(
    against ? `/api/progress-tables/${table.id}/diff?against=${against}` : null,
  );
  if (table.others.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="titre-differences">
      <h2 id="titre-differences">Différences entre semestres</h2>
      <SelectField
        label="Comparer avec"
        value={against}
        onChange={(e) => setAgainst(e.target.value)}
        options={table.others.map((o) => ({ value: o.id, label: o.label }))}
      />
      <ErrorMessage error={error} />
      {data ? (
        data.notice ? (
          <p role="status">{data.notice}</p>
        ) : data.changes.length === 0 ? (
          <p role="status">
            Aucune différence entre le {data.from.label} et le {data.to.label}.
          </p>
        ) : (
          <TableWrapper>
            <table>
              <caption>
                Du {data.from.label} au {data.to.label}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Opération</th>
                  <th scope="col">Changement</th>
                  <th scope="col">Avant</th>
                  <th scope="col">Après</th>
                </tr>
              </thead>
              <tbody>
                {data.changes.flatMap((c) =>
                  c.change === 'changed'
                    ? c.fields.map((f) => (
                        <tr key={`${c.operationId}-${f.field}`}>
                          <th scope="row">
                            {c.reference} — {c.label}
                          </th>
                          <td>{f.label}</td>
                          <td>{f.before ?? '—'}</td>
                          <td>{f.after ?? '—'}</td>
                        </tr>
                      ))
                    : [
                        <tr key={c.operationId}>
                          <th scope="row">
                            {c.reference} — {c.label}
                          </th>
                          <td>{c.change === 'added' ? 'Opération ajoutée' : 'Opération retirée'}</td>
                          <td>—</td>
                          <td>—</td>
                        </tr>,
                      ],
                )}
              </tbody>
            </table>
          </TableWrapper>
        )
      ) : null}
    </section>
  );
}
