import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { dutyPartyLabels, evidenceLabels, type InstanceView } from '../../../contracts/obligations';
import { api, ApiError, uploadFile } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, TextAreaField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { StatusBadge } from './obligations-ui';

/** One due instance of a duty: what is owed, by whom, by when, its evidence; the owing party marks it done with a document. */
export function InstancePage() {
  const { id, instanceId } = useParams();
  const instance = useApi<InstanceView>(`/api/duty-instances/${instanceId}`);
  const i = instance.data;
  const [justDone, setJustDone] = useState(false);
  usePageTitle(i ? `${i.duty.title} — ${i.periodLabel}` : 'Échéance');
  return (
    <>
      <h1>{i ? `${i.duty.title} — ${i.periodLabel}` : 'Échéance'}</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        <Link to={`/conventions/${id}/obligations`}>Retour au calendrier</Link>
      </p>
      <ErrorMessage error={instance.error} />
      {justDone ? <StatusMessage>Échéance marquée faite.</StatusMessage> : null}
      {instance.loading && !i ? <Loading /> : null}
      {i ? (
        <>
          <dl className="facts">
            <div>
              <dt>Statut</dt>
              <dd>
                <StatusBadge status={i.status} />
              </dd>
            </div>
            <div>
              <dt>Date due</dt>
              <dd>
                {formatDate(i.dueOn)}
                {i.dueOn !== i.nominalDueOn
                  ? ` (reportée du ${formatDate(i.nominalDueOn)}, week-end ou jour férié)`
                  : ''}
              </dd>
            </div>
            <div>
              <dt>Partie qui la doit</dt>
              <dd>{dutyPartyLabels[i.duty.party]}</dd>
            </div>
            <div>
              <dt>Article</dt>
              <dd>{i.duty.articleNumber}</dd>
            </div>
            <div>
              <dt>Preuve attendue</dt>
              <dd>
                {i.duty.evidenceDescription} ({evidenceLabels[i.duty.evidenceKind]})
              </dd>
            </div>
          </dl>
          <section aria-labelledby="preuve">
            <h2 id="preuve">Preuve</h2>
            {i.evidence ? (
              <p>
                {i.evidence.source === 'resolved' ? i.evidence.label : `Marquée faite le ${formatDate(i.evidence.on)}`}
                {i.doneLate ? ' — après la date due.' : '.'}
                {i.evidence.documentId ? (
                  <>
                    {' '}
                    <a href={`/api/documents/${i.evidence.documentId}`}>Télécharger la pièce</a>
                  </>
                ) : null}
                {i.evidence.note ? ` Commentaire : ${i.evidence.note}` : null}
              </p>
            ) : (
              <p>Aucune preuve pour l’instant.</p>
            )}
            {i.warning ? <p role="note">Hors période : {i.warning}</p> : null}
          </section>
          {i.can.markDone ? (
            <MarkDoneForm
              conventionId={i.conventionId}
              instanceId={i.id}
              onDone={() => {
                setJustDone(true);
                instance.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function MarkDoneForm({
  conventionId,
  instanceId,
  onDone,
}: {
  conventionId: string;
  instanceId: string;
  onDone(): void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: 'Pièce manquante',
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Joignez la pièce qui prouve que l’obligation est remplie.',
          errors: [{ field: 'file', message: 'Pièce obligatoire.' }],
        }),
      );
      return;
    }
    setBusy(true);
    try {
      const doc = await uploadFile<{ id: string }>(`/api/conventions/${conventionId}/documents`, file);
      await api('POST', `/api/duty-instances/${instanceId}/done`, { documentId: doc.id, note: note || null });
      setError(null);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="marquer">
      <h2 id="marquer">Marquer faite</h2>
      <ErrorMessage error={error} />
      <Field
        label="Pièce justificative"
        type="file"
        required
        error={error?.fieldMessage('file') ?? error?.fieldMessage('documentId')}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <TextAreaField label="Commentaire" value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={busy}>
        Marquer faite
      </button>
    </form>
  );
}
