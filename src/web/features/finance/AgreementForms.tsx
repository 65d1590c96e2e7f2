import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { scheduleKindLabels, type AgreementView, type RequestView } from '../../../contracts/finance';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { centsToTyped, formatEuros, toApiAmount, typedCents } from '../../../contracts/format';
import { AmountField } from './finance-ui';
import { TextAreaField } from '../../ui/Field';
import type { OperationList } from '../../../contracts/operations';
import { useApi } from '../../ui/useApi';
import { useSubmit } from '../../ui/useSubmit';

/** The office drafts a payment request on one line of the schedule, then completes it on its page. */
export function NewRequestForm({ agreement }: { agreement: AgreementView }) {
  const navigate = useNavigate();
  const remainingOf = (lineId: string) => {
    const line = agreement.schedule.find((l) => l.id === lineId);
    if (!line) return '';
    const left = (typedCents(line.amount) ?? 0n) - (typedCents(line.requested) ?? 0n);
    return left > 0n ? centsToTyped(left) : '';
  };
  const firstLine = agreement.schedule[0]?.id ?? '';
  const [form, setForm] = useState({
    scheduleLineId: firstLine,
    amount: remainingOf(firstLine),
    description: '',
    operationId: '',
  });
  // A request may name an operation affected to this agreement (operations domain).
  const affectedOperations = agreement.affectations.filter(
    (x, i, all) => x.operationId && all.findIndex((y) => y.operationId === x.operationId) === i,
  );
  const { busy, error, run, field } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await api<RequestView>('POST', `/api/funding-agreements/${agreement.id}/payment-requests`, {
        scheduleLineId: form.scheduleLineId,
        amount: toApiAmount(form.amount),
        description: form.description || null,
        operationId: form.operationId || null,
      });
      navigate(`/demandes-de-versement/${created.id}`, { state: { created: true } });
      return null;
    });
  }

  return (
    <section className="panel" aria-labelledby="titre-nouvelle-demande">
      <h3 id="titre-nouvelle-demande">Nouvelle demande de versement</h3>
      <p>
        La demande est d'abord enregistrée en brouillon : vous y joignez ensuite les pièces exigées puis la transmettez
        au Département.
      </p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        <SelectField
          label="Ligne de l'échéancier"
          required
          value={form.scheduleLineId}
          onChange={(e) => setForm({ ...form, scheduleLineId: e.target.value, amount: remainingOf(e.target.value) })}
          options={agreement.schedule.map((l) => ({
            value: l.id,
            label: `${scheduleKindLabels[l.kind]} — ${l.label} (${formatEuros(l.amount)})`,
          }))}
          error={field('scheduleLineId')}
        />
        <AmountField
          label="Montant demandé"
          required
          value={form.amount}
          onChange={(amount) => setForm({ ...form, amount })}
          error={field('amount')}
        />
        <TextAreaField
          label="Description"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
          error={field('description')}
        />
        {affectedOperations.length > 0 ? (
          <SelectField
            label="Opération concernée"
            value={form.operationId}
            onChange={(e) => setForm({ ...form, operationId: e.target.value })}
            options={[
              { value: '', label: 'Aucune en particulier' },
              ...affectedOperations.map((x) => ({ value: x.operationId!, label: x.operationLabel })),
            ]}
            error={field('operationId')}
          />
        ) : null}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Créer la demande (brouillon)'}
        </button>
      </form>
    </section>
  );
}

/** The coordinator affects part of the agreement to an operation. */
export function AffectationForm({
  agreementId,
  conventionId,
  onSaved,
}: {
  agreementId: string;
  conventionId: string;
  onSaved(): void;
}) {
  const empty = { operationLabel: '', amount: '', operationId: '' };
  // The operations whose funding plan counts on this agreement's subsidy (operations domain).
  const operations =
    useApi<OperationList>(`/api/conventions/${conventionId}/operations`).data?.items.filter((o) =>
      o.subsidyAgreementIds.includes(agreementId),
    ) ?? [];
  const [form, setForm] = useState(empty);
  const { busy, error, saved, run, field } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', `/api/funding-agreements/${agreementId}/affectations`, {
        operationLabel: form.operationLabel,
        amount: toApiAmount(form.amount),
        operationId: form.operationId || null,
      });
      const message = `Affectation enregistrée : ${form.operationLabel}, ${formatEuros(toApiAmount(form.amount))}.`;
      setForm(empty);
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Affecter un montant à une opération</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Nouvelle affectation">
        {operations.length > 0 ? (
          <SelectField
            label="Opération du programme"
            value={form.operationId}
            onChange={(e) => {
              const o = operations.find((x) => x.id === e.target.value);
              setForm({
                ...form,
                operationId: e.target.value,
                operationLabel: o ? `${o.reference} — ${o.label}` : form.operationLabel,
                amount: o && !form.amount ? o.departmentSubsidy.replace('.', ',') : form.amount,
              });
            }}
            options={[
              { value: '', label: 'Aucune (libellé libre)' },
              ...operations.map((o) => ({ value: o.id, label: `${o.reference} — ${o.label}` })),
            ]}
            error={field('operationId')}
          />
        ) : null}
        <Field
          label="Opération"
          required
          value={form.operationLabel}
          onChange={(e) => setForm({ ...form, operationLabel: e.target.value })}
          error={field('operationLabel')}
        />
        <AmountField
          label="Montant affecté"
          required
          value={form.amount}
          onChange={(amount) => setForm({ ...form, amount })}
          error={field('amount')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : "Enregistrer l'affectation"}
        </button>
      </form>
    </details>
  );
}

/** The coordinator issues a revenue order (titre de recette) for sums found unjustified. */
export function ReimbursementForm({ agreementId, onSaved }: { agreementId: string; onSaved(): void }) {
  const empty = { amount: '', reason: '', revenueOrderNumber: '', issuedOn: '' };
  const [form, setForm] = useState(empty);
  const { busy, error, saved, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', `/api/funding-agreements/${agreementId}/reimbursements`, {
        ...form,
        amount: toApiAmount(form.amount),
      });
      const message = `Titre de recette n° ${form.revenueOrderNumber} enregistré : ${formatEuros(toApiAmount(form.amount))}.`;
      setForm(empty);
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Émettre un titre de recette (reversement)</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Nouveau reversement">
        <AmountField
          label="Montant à reverser"
          required
          value={form.amount}
          onChange={set('amount')}
          error={field('amount')}
        />
        <TextAreaField
          label="Motif"
          required
          value={form.reason}
          onChange={(e) => set('reason')(e.target.value)}
          error={field('reason')}
        />
        <Field
          label="Numéro du titre de recette"
          required
          value={form.revenueOrderNumber}
          onChange={(e) => set('revenueOrderNumber')(e.target.value)}
          error={field('revenueOrderNumber')}
        />
        <Field
          label="Date d'émission"
          type="date"
          required
          value={form.issuedOn}
          onChange={(e) => set('issuedOn')(e.target.value)}
          error={field('issuedOn')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer le titre de recette'}
        </button>
      </form>
    </details>
  );
}
