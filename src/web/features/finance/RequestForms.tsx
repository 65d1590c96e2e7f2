import { useState, type FormEvent } from 'react';
import type { DocumentInfo } from '../../../contracts/convention-content';
import { requestActionLabels, type RequestView } from '../../../contracts/finance';
import { api, ApiError, uploadFile } from '../../app/api';
import { ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';

import { TextAreaField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';

type Done = (message: string) => void;

/** Uploads a file and attaches it to the request as the evidence of one required document. */
export function AttachForm({ request, onSaved }: { request: RequestView; onSaved: Done }) {
  const required = request.scheduleLine.requiredDocuments;
  const [requirement, setRequirement] = useState(request.missingDocuments[0] ?? required[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { busy, error, run, field, setError } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: 'Fichier manquant',
          status: 0,
          code: 'VALIDATION_FAILED',
          detail: 'Choisissez le fichier à joindre.',
          errors: [{ field: 'file', message: 'Choisissez un fichier.' }],
        }),
      );
      return;
    }
    const ok = await run(async () => {
      const document = await uploadFile<DocumentInfo>(`/api/conventions/${request.conventionId}/documents`, file);
      await api('POST', `/api/payment-requests/${request.id}/documents`, { documentId: document.id, requirement });
      return null;
    });
    if (ok) {
      onSaved(`Pièce « ${requirement} » jointe : ${file.name}.`);
      setFile(null);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <div className="panel">
      <h3 id="titre-joindre">Joindre une pièce</h3>
      <ErrorMessage error={error} />
      <form key={formKey} onSubmit={submit} noValidate aria-labelledby="titre-joindre">
        {required.length > 0 ? (
          <SelectField
            label="Pièce exigée justifiée"
            required
            value={requirement}
            onChange={(e) => setRequirement(e.target.value)}
            options={required.map((r) => ({
              value: r,
              label: request.missingDocuments.includes(r) ? `${r} (manquante)` : `${r} (déjà fournie)`,
            }))}
            error={field('requirement')}
          />
        ) : (
          <Field
            label="Pièce justifiée"
            required
            value={requirement}
            onChange={(e) => setRequirement(e.target.value)}
            error={field('requirement')}
          />
        )}
        <Field
          label="Fichier"
          type="file"
          required
          hint="PDF, image, tableur ou document, 10 Mo au plus."
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.ods,.odt,.csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={field('file') ?? field('documentId')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Envoi…' : 'Joindre la pièce'}
        </button>
      </form>
    </div>
  );
}

const doneMessages: Record<string, string> = {
  submit: 'Demande transmise au Département.',
  return: "Demande renvoyée à l'office pour complément.",
  approve: 'Demande validée : service fait constaté.',
  reject: 'Demande rejetée.',
};

/** The workflow's next steps for this person; a return or a rejection needs its reason. */
export function TransitionForm({ request, onSaved }: { request: RequestView; onSaved: Done }) {
  const [comment, setComment] = useState('');
  const { busy, error, run, field } = useSubmit();
  const needsReason = request.can.actions.some((a) => a === 'return' || a === 'reject');

  async function act(action: string) {
    const ok = await run(async () => {
      await api('POST', `/api/payment-requests/${request.id}/transitions`, { action, comment: comment.trim() || null });
      return null;
    });
    if (ok) {
      setComment('');
      onSaved(doneMessages[action] ?? 'Demande mise à jour.');
    }
  }

  return (
    <section className="panel" aria-labelledby="titre-instruction">
      <h2 id="titre-instruction">
        {request.can.actions.includes('submit') ? 'Transmettre la demande' : 'Instruire la demande'}
      </h2>
      <ErrorMessage error={error} />
      <form onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="titre-instruction">
        <TextAreaField
          label="Commentaire"
          hint={
            needsReason
              ? 'Obligatoire pour un renvoi pour complément ou un rejet : il est communiqué à l’office.'
              : 'Facultatif.'
          }
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={field('comment')}
        />
        <div className="button-row">
          {request.can.actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'approve' || action === 'submit' ? 'button-primary' : undefined}
              disabled={busy}
              onClick={() => act(action)}
            >
              {requestActionLabels[action as keyof typeof requestActionLabels] ?? action}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/** Records the payment (mandate) of an approved request. */
export function PaymentForm({ request, onSaved }: { request: RequestView; onSaved: Done }) {
  const [form, setForm] = useState({ mandateNumber: '', mandateDate: '' });
  const { busy, error, run, field } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await api('POST', `/api/payment-requests/${request.id}/payment`, form);
      return null;
    });
    if (ok) onSaved(`Versement enregistré : mandat n° ${form.mandateNumber}.`);
  }

  return (
    <section className="panel" aria-labelledby="titre-versement">
      <h2 id="titre-versement">Enregistrer le versement</h2>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-labelledby="titre-versement">
        <Field
          label="Numéro de mandat"
          required
          value={form.mandateNumber}
          onChange={(e) => setForm({ ...form, mandateNumber: e.target.value })}
          error={field('mandateNumber')}
        />
        <Field
          label="Date du mandat"
          type="date"
          required
          value={form.mandateDate}
          onChange={(e) => setForm({ ...form, mandateDate: e.target.value })}
          error={field('mandateDate')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer le versement'}
        </button>
      </form>
    </section>
  );
}
