import { useState, type FormEvent } from 'react';
import type { EventView } from '../../../contracts/obligations-communication';
import { api, ApiError, uploadFile } from '../../app/api';
import { ErrorMessage } from '../../ui/feedback';
import { Field, TextAreaField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';

const decisionLabels = { changes_requested: 'modifications demandées', validated: 'validée' } as const;

/** The invitation's versions and, for whoever may act now, the form to submit a version or decide on it. */
export function InvitationPanel({ event, onChange }: { event: EventView; onChange(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      setComment('');
      onChange();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: 'Fichier manquant',
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'Joignez le projet d’invitation.',
          errors: [{ field: 'file', message: 'Fichier obligatoire.' }],
        }),
      );
      return;
    }
    void run(async () => {
      const doc = await uploadFile<{ id: string }>(`/api/conventions/${event.conventionId}/documents`, file);
      await api('POST', `/api/communication-events/${event.id}/invitations`, { documentId: doc.id });
    });
  };
  const decide = (decision: 'validated' | 'changes_requested') =>
    run(() =>
      api('POST', `/api/communication-events/${event.id}/invitations/decision`, { decision, comment: comment || null }),
    );
  return (
    <div className="invitation">
      <h3>Invitation</h3>
      {event.invitations.length > 0 ? (
        <ol>
          {event.invitations.map((v) => (
            <li key={v.version}>
              Version {v.version} soumise le {formatDate(v.submittedOn)} :{' '}
              <a href={`/api/documents/${v.document.id}`}>{v.document.filename}</a>
              {v.decision ? ` — ${decisionLabels[v.decision]} le ${formatDate(v.decidedOn)}` : ' — en attente'}
              {v.decisionComment ? ` (« ${v.decisionComment} »)` : ''}
            </li>
          ))}
        </ol>
      ) : null}
      <ErrorMessage error={error} />
      {event.can.submitInvitation ? (
        <form onSubmit={submit} noValidate aria-label={`Soumettre l’invitation : ${event.title}`}>
          <Field
            label="Projet d’invitation (PDF)"
            type="file"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            error={error?.fieldMessage('file') ?? error?.fieldMessage('documentId')}
          />
          <button type="submit">Soumettre au Département</button>
        </form>
      ) : null}
      {event.can.decideInvitation ? (
        <div role="group" aria-label={`Décision sur l’invitation : ${event.title}`}>
          <TextAreaField
            label="Modifications demandées"
            hint="Obligatoire pour demander des modifications."
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={error?.fieldMessage('comment')}
          />
          <button type="button" onClick={() => void decide('changes_requested')}>
            Demander des modifications
          </button>
          <button type="button" onClick={() => void decide('validated')}>
            Valider avant impression
          </button>
        </div>
      ) : null}
    </div>
  );
}
