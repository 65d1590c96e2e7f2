import { useState, type FormEvent } from 'react';
import type { DocumentInfo } from '../../../contracts/convention-content';
import {
  decidingBodies,
  decidingBodyLabels,
  guaranteeRequestStatusLabels,
  type GuaranteeRequestsList,
  type GuaranteeRequestView,
} from '../../../contracts/guarantee-requests';
import { formatDate, formatEuros, toApiAmount } from '../../../contracts/format';
import { api, ApiError, uploadFile } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { useSubmit } from '../../ui/useSubmit';
import { AmountField, formatPercent } from './finance-ui';

/**
 * Article 3.1: the office files guarantee requests with their documents; the Département examines
 * them and records the decision of the Commission permanente or the Conseil départemental. A
 * granted request enters the register (`onRegisterChanged`).
 */
export function GuaranteeRequestsSection({
  conventionId,
  onRegisterChanged,
}: {
  conventionId: string;
  onRegisterChanged(): void;
}) {
  const { data, error, loading, reload } = useApi<GuaranteeRequestsList>(
    `/api/conventions/${conventionId}/guarantee-requests`,
  );
  const [announce, setAnnounce] = useState<string | null>(null);
  const done = (message: string) => {
    setAnnounce(message);
    reload();
    onRegisterChanged();
  };
  const pending = data?.requests.filter((r) => r.status === 'submitted' || r.status === 'in_examination') ?? [];
  return (
    <section aria-labelledby="titre-demandes-garantie">
      <h2 id="titre-demandes-garantie">Demandes de garantie</h2>
      <p>
        Article 3 : le Département examine, selon son règlement des garanties d'emprunt, les demandes déposées par
        l'office ; la Commission permanente ou le Conseil départemental décide.
      </p>
      {announce ? <StatusMessage>{announce}</StatusMessage> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p>
            {pending.length} demande{pending.length > 1 ? 's' : ''} en examen.
          </p>
          {data.can.submit ? <RequestForm conventionId={conventionId} onSaved={done} /> : null}
          {data.requests.map((r) => (
            <RequestCard key={r.id} request={r} onSaved={done} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function RequestForm({ conventionId, onSaved }: { conventionId: string; onSaved(message: string): void }) {
  const empty = {
    lender: '',
    contractNumber: '',
    operationLabel: '',
    loanAmount: '',
    guaranteedShare: '',
    termYears: '',
    documentLabel: 'Offre de prêt',
  };
  const [form, setForm] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { busy, error, run, field, setError } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError(
        new ApiError({
          type: 'about:blank',
          title: 'Pièce manquante',
          status: 0,
          code: 'VALIDATION_FAILED',
          detail: 'Joignez au moins une pièce (offre de prêt…).',
          errors: [{ field: 'file', message: 'Choisissez un fichier.' }],
        }),
      );
      return;
    }
    const ok = await run(async () => {
      const document = await uploadFile<DocumentInfo>(`/api/conventions/${conventionId}/documents`, file);
      const created = await api<GuaranteeRequestView>('POST', `/api/conventions/${conventionId}/guarantee-requests`, {
        lender: form.lender,
        contractNumber: form.contractNumber,
        operationLabel: form.operationLabel,
        loanAmount: toApiAmount(form.loanAmount),
        guaranteedShare: toApiAmount(form.guaranteedShare.replace('%', '')),
        termYears: form.termYears ? Number(form.termYears) : null,
        documents: [{ documentId: document.id, label: form.documentLabel }],
      });
      onSaved(`Demande ${created.reference} déposée.`);
      return null;
    });
    if (ok) {
      setForm(empty);
      setFile(null);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <details className="panel form-panel">
      <summary>Déposer une demande de garantie</summary>
      <ErrorMessage error={error} />
      <form key={formKey} onSubmit={submit} noValidate aria-label="Nouvelle demande de garantie">
        <Field
          label="Prêteur"
          required
          value={form.lender}
          onChange={(e) => set('lender')(e.target.value)}
          error={field('lender')}
        />
        <Field
          label="Numéro du contrat ou de l'offre de prêt"
          required
          value={form.contractNumber}
          onChange={(e) => set('contractNumber')(e.target.value)}
          error={field('contractNumber')}
        />
        <Field
          label="Opération financée"
          required
          value={form.operationLabel}
          onChange={(e) => set('operationLabel')(e.target.value)}
          error={field('operationLabel')}
        />
        <AmountField
          label="Montant du prêt"
          required
          value={form.loanAmount}
          onChange={set('loanAmount')}
          error={field('loanAmount')}
        />
        <Field
          label="Quotité demandée (%)"
          required
          inputMode="decimal"
          hint="Par exemple 50 ou 50,00"
          value={form.guaranteedShare}
          onChange={(e) => set('guaranteedShare')(e.target.value)}
          error={field('guaranteedShare')}
        />
        <Field
          label="Durée (années)"
          type="number"
          min={1}
          max={80}
          value={form.termYears}
          onChange={(e) => set('termYears')(e.target.value)}
          error={field('termYears')}
        />
        <Field
          label="Nature de la pièce"
          required
          value={form.documentLabel}
          onChange={(e) => set('documentLabel')(e.target.value)}
          error={field('documents.0.label')}
        />
        <Field
          label="Pièce jointe"
          type="file"
          required
          hint="PDF, image, tableur ou document, 10 Mo au plus."
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.ods,.odt"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={field('file') ?? field('documents') ?? field('documents.0.documentId')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Envoi…' : 'Déposer la demande'}
        </button>
      </form>
    </details>
  );
}

function RequestCard({ request: r, onSaved }: { request: GuaranteeRequestView; onSaved(message: string): void }) {
  const [notes, setNotes] = useState(r.examinationNotes ?? '');
  const [decision, setDecision] = useState({
    decision: 'granted',
    decidedOn: '',
    decidingBody: 'commission_permanente',
    deliberationRef: '',
  });
  const { busy, error, run, field } = useSubmit();
  const headingId = `demande-${r.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {r.reference} — {r.operationLabel}
      </h3>
      <dl className="facts">
        <dt>Prêt</dt>
        <dd>
          {formatEuros(r.loanAmount)}, {r.lender}, contrat {r.contractNumber}
          {r.termYears ? `, ${r.termYears} ans` : ''}
        </dd>
        <dt>Quotité demandée</dt>
        <dd>{formatPercent(r.guaranteedShare)}</dd>
        <dt>Déposée le</dt>
        <dd>{formatDate(r.submittedOn)}</dd>
        <dt>État</dt>
        <dd>
          {guaranteeRequestStatusLabels[r.status]}
          {r.decidedOn && r.decidingBody
            ? ` : ${decidingBodyLabels[r.decidingBody]} du ${formatDate(r.decidedOn)}, délibération ${r.deliberationRef}`
            : ''}
        </dd>
        <dt>Pièces</dt>
        <dd>
          {r.documents.map((d) => (
            <span key={d.id}>
              <a href={`/api/documents/${d.id}`}>
                {d.label} ({d.filename})
              </a>{' '}
            </span>
          ))}
        </dd>
        {r.examinationNotes ? (
          <>
            <dt>Examen</dt>
            <dd>
              {r.examinationStartedOn ? `Depuis le ${formatDate(r.examinationStartedOn)} : ` : ''}
              {r.examinationNotes}
            </dd>
          </>
        ) : null}
      </dl>
      <ErrorMessage error={error} />
      {r.can.examine ? (
        <form
          noValidate
          aria-label={`Examen de la demande ${r.reference}`}
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api('POST', `/api/guarantee-requests/${r.id}/examination`, { notes });
              onSaved(`Demande ${r.reference} en examen.`);
              return null;
            });
          }}
        >
          <TextAreaField
            label={`Notes d'examen (${r.reference})`}
            required
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            error={field('notes')}
          />
          <button type="submit" disabled={busy}>
            {r.status === 'submitted' ? 'Mettre en examen' : "Enregistrer les notes d'examen"}
          </button>
        </form>
      ) : null}
      {r.can.decide ? (
        <form
          noValidate
          aria-label={`Décision sur la demande ${r.reference}`}
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api('POST', `/api/guarantee-requests/${r.id}/decision`, decision);
              onSaved(
                decision.decision === 'granted'
                  ? `Demande ${r.reference} accordée : la garantie est inscrite au registre.`
                  : `Demande ${r.reference} refusée.`,
              );
              return null;
            });
          }}
        >
          <SelectField
            label="Décision"
            value={decision.decision}
            onChange={(e) => setDecision({ ...decision, decision: e.target.value })}
            options={[
              { value: 'granted', label: 'Garantie accordée' },
              { value: 'refused', label: 'Garantie refusée' },
            ]}
            error={field('decision')}
          />
          <SelectField
            label="Instance"
            value={decision.decidingBody}
            onChange={(e) => setDecision({ ...decision, decidingBody: e.target.value })}
            options={decidingBodies.map((b) => ({ value: b, label: decidingBodyLabels[b] }))}
            error={field('decidingBody')}
          />
          <Field
            label="Date de la décision"
            type="date"
            required
            value={decision.decidedOn}
            onChange={(e) => setDecision({ ...decision, decidedOn: e.target.value })}
            error={field('decidedOn')}
          />
          <Field
            label="Référence de la délibération"
            required
            value={decision.deliberationRef}
            onChange={(e) => setDecision({ ...decision, deliberationRef: e.target.value })}
            error={field('deliberationRef')}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            Enregistrer la décision
          </button>
        </form>
      ) : null}
    </section>
  );
}
