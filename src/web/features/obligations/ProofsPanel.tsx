import { useState, type FormEvent } from 'react';
import { proofKindLabels, proofKinds, type EventView } from '../../../contracts/obligations-communication';
import { api, ApiError, uploadFile } from '../../app/api';
import { ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';

const checkLabels = { pending: 'à vérifier', accepted: 'accepté', rejected: 'refusé' } as const;

/** Proofs of publicity: deposited by the office (file or link), checked by the Département. */
export function ProofsPanel({ event, onChange }: { event: EventView; onChange(): void }) {
  const [kind, setKind] = useState<string>('photo');
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      onChange();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const doc = file
        ? await uploadFile<{ id: string }>(`/api/conventions/${event.conventionId}/documents`, file)
        : null;
      await api('POST', `/api/communication-events/${event.id}/proofs`, {
        kind,
        description,
        documentId: doc?.id ?? null,
        url: url || null,
      });
      setDescription('');
      setUrl('');
    });
  };
  return (
    <div className="proofs">
      <h3>Justificatifs de publicité</h3>
      {event.proofs.length === 0 ? <p>Aucun justificatif déposé.</p> : null}
      <ul>
        {event.proofs.map((p) => (
          <li key={p.id}>
            {proofKindLabels[p.kind]} : {p.description} ({formatDate(p.submittedOn)}){' '}
            {p.document ? <a href={`/api/documents/${p.document.id}`}>{p.document.filename}</a> : null}
            {p.url ? <a href={p.url}>{p.url}</a> : null} — <strong>{checkLabels[p.checkStatus]}</strong>
            {event.can.checkProof && p.checkStatus === 'pending' ? (
              <>
                {' '}
                <button
                  type="button"
                  onClick={() =>
                    void run(() => api('POST', `/api/publicity-proofs/${p.id}/check`, { status: 'accepted' }))
                  }
                >
                  Accepter <span className="visually-hidden">{p.description}</span>
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void run(() => api('POST', `/api/publicity-proofs/${p.id}/check`, { status: 'rejected' }))
                  }
                >
                  Refuser <span className="visually-hidden">{p.description}</span>
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      {event.can.addProof ? (
        <form onSubmit={add} noValidate aria-label={`Déposer un justificatif : ${event.title}`}>
          <SelectField
            label="Type de justificatif"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={proofKinds.map((k) => ({ value: k, label: proofKindLabels[k] }))}
          />
          <Field
            label="Description"
            required
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={error?.fieldMessage('description')}
          />
          <Field
            label="Fichier"
            type="file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            error={error?.fieldMessage('documentId')}
          />
          <Field
            label="Ou lien (vidéo, article)"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            error={error?.fieldMessage('url')}
          />
          <button type="submit">Déposer le justificatif</button>
        </form>
      ) : null}
    </div>
  );
}
