import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  commitmentPartyLabels,
  commitmentStatusLabels,
  commitmentStatuses,
  type CommitmentDetail,
  type CommitmentStatus,
  type DocumentInfo,
} from '../../../contracts/convention-content';
import { api, uploadFile } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { StatusBadge } from './ObjectivesPage';
import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

/** One commitment: its text, its status year by year, its history, and the form for the responsible party. */
export function CommitmentPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { data: c, error, loading, reload } = useApi<CommitmentDetail>(`/api/commitments/${id}`);
  usePageTitle(c ? `Engagement ${c.code}` : 'Engagement');
  if (loading && !c) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!c) return null;
  const requestedYear = Number(params.get('annee')) || undefined;
  return (
    <article>
      <p>
        <Link to={`/conventions/${c.conventionId}/objectifs${requestedYear ? `?annee=${requestedYear}` : ''}`}>
          ← Objectifs et engagements
        </Link>
      </p>
      <h1>Engagement {c.code}</h1>
      <blockquote className="commitment-text">{c.text}</blockquote>
      <dl className="facts">
        <div>
          <dt>Partie responsable</dt>
          <dd>{commitmentPartyLabels[c.party]}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>
            <Link to={`/conventions/${c.conventionId}#article-${c.article}`}>Article {c.article}</Link>
          </dd>
        </div>
        {c.objective ? (
          <div>
            <dt>Objectif</dt>
            <dd>
              {c.objective.code}. {c.objective.title}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Axe</dt>
          <dd>
            {c.axis.code} {c.axis.title}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="titre-etat-annuel">
        <h2 id="titre-etat-annuel">État par année</h2>
        <TableWrapper>
          <table>
            <caption className="visually-hidden">État de l'engagement pour chaque année de la convention</caption>
            <thead>
              <tr>
                <th scope="col">Année</th>
                <th scope="col">État</th>
                <th scope="col">Commentaire</th>
                <th scope="col">Justificatif</th>
              </tr>
            </thead>
            <tbody>
              {c.years.map(({ year, current }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td>
                    <StatusBadge status={current?.status ?? null} />
                  </td>
                  <td>{current?.comment ?? '—'}</td>
                  <td>
                    <Evidence entry={current} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      </section>

      {c.canSet ? (
        <StatusForm commitment={c} initialYear={requestedYear} onSaved={reload} />
      ) : (
        <p className="muted">
          L'état de cet engagement est renseigné par{' '}
          {c.party === 'both' ? 'les parties' : c.party === 'department' ? 'le Département' : "l'office"}.
        </p>
      )}

      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique">Historique</h2>
        {c.history.length === 0 ? <p>Aucun état renseigné pour le moment.</p> : null}
        <ol className="history">
          {c.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.setAt)} — {h.setBy} : {h.year}, <StatusBadge status={h.status} />
              {h.comment ? <> — « {h.comment} »</> : null} <Evidence entry={h} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function Evidence({ entry }: { entry: CommitmentDetail['history'][number] | null }) {
  if (!entry) return <>—</>;
  return (
    <>
      {entry.evidenceDocument ? (
        <a href={`/api/documents/${entry.evidenceDocument.id}`}>{entry.evidenceDocument.filename}</a>
      ) : null}
      {entry.evidenceDocument && entry.evidenceUrl ? ' · ' : null}
      {entry.evidenceUrl ? (
        <a href={entry.evidenceUrl} rel="noreferrer noopener" target="_blank">
          lien
        </a>
      ) : null}
      {!entry.evidenceDocument && !entry.evidenceUrl ? '—' : null}
    </>
  );
}

function StatusForm({
  commitment,
  initialYear,
  onSaved,
}: {
  commitment: CommitmentDetail;
  initialYear: number | undefined;
  onSaved(): void;
}) {
  const years = commitment.years.map((y) => y.year);
  const [year, setYear] = useState(String(initialYear && years.includes(initialYear) ? initialYear : years[0]));
  const [status, setStatus] = useState<CommitmentStatus>('in_progress');
  const [comment, setComment] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, saved, run } = useSubmit();
  // A new key after each save gives a fresh form, so the file input forgets the file sent.
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const document = file
        ? await uploadFile<DocumentInfo>(`/api/conventions/${commitment.conventionId}/documents`, file)
        : null;
      await api('POST', `/api/commitments/${commitment.id}/statuses`, {
        year: Number(year),
        status,
        comment: comment || null,
        evidenceUrl: evidenceUrl || null,
        evidenceDocumentId: document?.id ?? null,
      });
      setComment('');
      setEvidenceUrl('');
      setFile(null);
      setFormKey((k) => k + 1);
      onSaved();
      return `État ${year} enregistré : ${commitmentStatusLabels[status]}.`;
    });
  }

  return (
    <section aria-labelledby="titre-renseigner" className="panel">
      <h2 id="titre-renseigner">Renseigner l'état</h2>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form key={formKey} onSubmit={submit} noValidate>
        <SelectField
          label="Année"
          required
          value={year}
          onChange={(e) => setYear(e.target.value)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          error={error?.fieldMessage('year')}
        />
        <SelectField
          label="État"
          required
          value={status}
          onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
          options={commitmentStatuses.map((s) => ({ value: s, label: commitmentStatusLabels[s] }))}
          error={error?.fieldMessage('status')}
        />
        <TextAreaField
          label="Commentaire"
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={error?.fieldMessage('comment')}
        />
        <Field
          label="Lien vers un justificatif"
          type="url"
          placeholder="https://…"
          value={evidenceUrl}
          onChange={(e) => setEvidenceUrl(e.target.value)}
          error={error?.fieldMessage('evidenceUrl')}
        />
        <Field
          label="Pièce justificative"
          type="file"
          hint="PDF, image, tableur ou document, 10 Mo au plus."
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.ods,.odt,.csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={error?.fieldMessage('file') ?? error?.fieldMessage('evidenceDocumentId')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : "Enregistrer l'état"}
        </button>
      </form>
    </section>
  );
}
