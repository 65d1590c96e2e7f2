import { useState, type FormEvent } from 'react';
import {
  actionLabels,
  entityTypeLabels,
  type AuditPage as AuditPageData,
  type ChainVerification,
} from '../../../contracts/audit';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDateTime, formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { TableWrapper } from '../../ui/TableWrapper';

interface Filters {
  entityType: string;
  action: string;
  actor: string;
  from: string;
  to: string;
}
const noFilters: Filters = { entityType: '', action: '', actor: '', from: '', to: '' };

function queryOf(filters: Filters, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  params.set('page', String(page));
  params.set('pageSize', '50');
  return `/api/audit?${params}`;
}

/** The audit trail: every change, who made it and when, with filters and an integrity check. */
export function AuditPage() {
  usePageTitle("Journal d'audit");
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const { data, error, loading } = useApi<AuditPageData>(queryOf(filters, page));
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const [verifyError, setVerifyError] = useState<ApiError | null>(null);
  const [verifying, setVerifying] = useState(false);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  }

  async function verify() {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification(await api<ChainVerification>('GET', '/api/audit/verify'));
    } catch (e) {
      setVerifyError(e instanceof ApiError ? e : null);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <>
      <h1>Journal d'audit</h1>
      <p>
        Chaque modification est enregistrée avec son auteur, sa date, l'objet concerné et son état avant et après. Les
        événements sont chaînés par empreintes : toute altération est détectée.
      </p>

      <section aria-labelledby="titre-integrite" className="panel">
        <h2 id="titre-integrite">Intégrité du journal</h2>
        <button type="button" onClick={verify} disabled={verifying}>
          {verifying ? 'Vérification…' : "Vérifier l'intégrité du journal"}
        </button>
        <ErrorMessage error={verifyError} />
        {verification?.valid ? (
          <StatusMessage>
            Journal intègre : {formatNumber(verification.checkedEvents)} événements vérifiés
            {verification.checkedCheckpoints
              ? `, conformes à ${formatNumber(verification.checkedCheckpoints)} point(s) de contrôle signé(s)`
              : ''}
            .
          </StatusMessage>
        ) : null}
        {verification && !verification.valid ? (
          <ErrorMessage>
            Journal altéré : {verification.reason}
            {verification.firstBrokenEventId ? ` (événement n° ${verification.firstBrokenEventId})` : ''}
          </ErrorMessage>
        ) : null}
      </section>

      <form className="filters" onSubmit={apply} aria-label="Filtrer le journal">
        <SelectField
          label="Objet"
          value={draft.entityType}
          onChange={set('entityType')}
          options={[
            { value: '', label: 'Tous' },
            ...Object.entries(entityTypeLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label="Action"
          value={draft.action}
          onChange={set('action')}
          options={[
            { value: '', label: 'Toutes' },
            ...Object.entries(actionLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Field label="Auteur" value={draft.actor} onChange={set('actor')} error={error?.fieldMessage('actor')} />
        <Field label="Du" type="date" value={draft.from} onChange={set('from')} error={error?.fieldMessage('from')} />
        <Field label="Au" type="date" value={draft.to} onChange={set('to')} error={error?.fieldMessage('to')} />
        <div className="filter-actions">
          <button type="submit" className="button-primary">
            Filtrer
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(noFilters);
              setFilters(noFilters);
              setPage(1);
            }}
          >
            Effacer les filtres
          </button>
        </div>
      </form>

      <ErrorMessage error={error} />
      {loading ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">
            {formatNumber(data.total)} événement{data.total > 1 ? 's' : ''} — page {data.page} sur {pages}
          </p>
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                Événements du journal d'audit, du plus récent au plus ancien
              </caption>
              <thead>
                <tr>
                  <th scope="col">N°</th>
                  <th scope="col">Date et heure</th>
                  <th scope="col">Auteur</th>
                  <th scope="col">Objet</th>
                  <th scope="col">Action</th>
                  <th scope="col">Détail</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{e.id}</td>
                    <td>{formatDateTime(e.occurredAt)}</td>
                    <td>{e.actorLabel}</td>
                    <td>
                      {entityTypeLabels[e.entityType] ?? e.entityType} <span className="muted">{e.entityId}</span>
                    </td>
                    <td>{actionLabels[e.action] ?? e.action}</td>
                    <td>
                      {e.before || e.after ? (
                        <details>
                          <summary>Avant / après</summary>
                          {e.before ? (
                            <>
                              <p className="muted">Avant</p>
                              <pre>{JSON.stringify(e.before, null, 2)}</pre>
                            </>
                          ) : null}
                          {e.after ? (
                            <>
                              <p className="muted">Après</p>
                              <pre>{JSON.stringify(e.after, null, 2)}</pre>
                            </>
                          ) : null}
                        </details>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
          <nav className="pagination" aria-label="Pages du journal">
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Page précédente
            </button>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Page suivante
            </button>
          </nav>
        </>
      ) : null}
    </>
  );
}
