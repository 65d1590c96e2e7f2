import { useState, type FormEvent } from 'react';
import type { EnvelopeView } from '../../../contracts/finance';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { envelopeKindShortLabels, formatEuros, toApiAmount } from '../../../contracts/format';
import { AmountField } from './finance-ui';
import { TextAreaField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';

/** Records the yearly allocation (délibération d'application) of an envelope. */
export function AllocationForm({ envelope, onSaved }: { envelope: EnvelopeView; onSaved(): void }) {
  const kind = envelopeKindShortLabels[envelope.kind];
  const nextYear =
    Math.max(Number(envelope.periodStart.slice(0, 4)) - 1, ...envelope.allocations.map((a) => a.year)) + 1;
  const empty = {
    year: String(nextYear),
    amount: '',
    deliberationBody: 'Conseil départemental',
    deliberationDate: '',
    deliberationNumber: '',
  };
  const [form, setForm] = useState(empty);
  const { busy, error, saved, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const answer = await api<{ id: string; warning: string | null }>(
        'POST',
        `/api/envelopes/${envelope.id}/allocations`,
        {
          year: Number(form.year),
          amount: toApiAmount(form.amount),
          deliberationBody: form.deliberationBody,
          deliberationDate: form.deliberationDate,
          deliberationNumber: form.deliberationNumber || null,
        },
      );
      // Voted outside the 1st quarter: recorded all the same, and the answer's warning is shown (issue #19).
      const message = `Délibération d'application ${form.year} enregistrée : ${formatEuros(toApiAmount(form.amount))}.${answer.warning ? ` Attention : ${answer.warning}` : ''}`;
      setForm({ ...empty, year: String(Number(form.year) + 1) });
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Enregistrer une délibération d'application ({kind})</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label={`Nouvelle délibération d'application — ${kind}`}>
        <Field
          label="Année"
          type="number"
          required
          value={form.year}
          onChange={(e) => set('year')(e.target.value)}
          error={field('year')}
        />
        <AmountField label="Montant" required value={form.amount} onChange={set('amount')} error={field('amount')} />
        <Field
          label="Instance qui délibère"
          required
          value={form.deliberationBody}
          onChange={(e) => set('deliberationBody')(e.target.value)}
          error={field('deliberationBody')}
        />
        <Field
          label="Date de la délibération"
          type="date"
          required
          value={form.deliberationDate}
          onChange={(e) => set('deliberationDate')(e.target.value)}
          error={field('deliberationDate')}
        />
        <Field
          label="Numéro de la délibération"
          value={form.deliberationNumber}
          onChange={(e) => set('deliberationNumber')(e.target.value)}
          error={field('deliberationNumber')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer la délibération'}
        </button>
      </form>
    </details>
  );
}

/** Revises an envelope by deliberation, from an effective date. */
export function RevisionForm({ envelope, onSaved }: { envelope: EnvelopeView; onSaved(): void }) {
  const kind = envelopeKindShortLabels[envelope.kind];
  const empty = { effectiveOn: '', amount: '', deliberationRef: '', deliberationDate: '', reason: '' };
  const [form, setForm] = useState(empty);
  const { busy, error, saved, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', `/api/envelopes/${envelope.id}/revisions`, {
        effectiveOn: form.effectiveOn,
        amount: toApiAmount(form.amount),
        deliberationRef: form.deliberationRef,
        deliberationDate: form.deliberationDate,
        reason: form.reason || null,
      });
      const message = `Révision enregistrée : ${formatEuros(toApiAmount(form.amount))} à compter du ${form.effectiveOn.split('-').reverse().join('/')}.`;
      setForm(empty);
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Réviser l'enveloppe ({kind})</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label={`Révision de l'enveloppe — ${kind}`}>
        <Field
          label="Date d'effet"
          type="date"
          required
          value={form.effectiveOn}
          onChange={(e) => set('effectiveOn')(e.target.value)}
          error={field('effectiveOn')}
        />
        <AmountField
          label="Nouveau montant de l'enveloppe"
          required
          value={form.amount}
          onChange={set('amount')}
          error={field('amount')}
        />
        <Field
          label="Référence de la délibération"
          required
          value={form.deliberationRef}
          onChange={(e) => set('deliberationRef')(e.target.value)}
          error={field('deliberationRef')}
        />
        <Field
          label="Date de la délibération"
          type="date"
          required
          value={form.deliberationDate}
          onChange={(e) => set('deliberationDate')(e.target.value)}
          error={field('deliberationDate')}
        />
        <TextAreaField
          label="Motif"
          value={form.reason}
          onChange={(e) => set('reason')(e.target.value)}
          error={field('reason')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer la révision'}
        </button>
      </form>
    </details>
  );
}
