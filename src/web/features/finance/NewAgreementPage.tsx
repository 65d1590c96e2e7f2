import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AgreementView, AllocationView, EnvelopeView, FinanceOverview } from '../../../contracts/finance';
import { api } from '../../app/api';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import {
  centsToTyped,
  envelopeKindShortLabels,
  formatDate,
  formatEuros,
  toApiAmount,
  typedCents,
} from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { AmountField, splitList } from './finance-ui';
import { TextAreaField } from '../../ui/Field';
import { blankLine, ScheduleEditor, type LineDraft } from './ScheduleEditor';
import { useSubmit } from '../../ui/useSubmit';

/** Establishes the yearly funding agreement of an allocation, with its payment schedule. */
export function NewAgreementPage() {
  const { id, allocationId } = useParams();
  const { data, error, loading } = useApi<FinanceOverview>(`/api/conventions/${id}/finance`);
  const envelope = data?.envelopes.find((e) => e.allocations.some((a) => a.id === allocationId));
  const allocation = envelope?.allocations.find((a) => a.id === allocationId);
  const title =
    envelope && allocation
      ? `Établir la convention financière ${allocation.year} — ${envelopeKindShortLabels[envelope.kind]}`
      : 'Établir une convention financière';
  usePageTitle(title);
  return (
    <>
      <p>
        <Link to={`/conventions/${id}/finances`}>← Finances</Link>
      </p>
      <h1>{title}</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data && !allocation ? (
        <ErrorMessage>Cette délibération d'application n'existe pas pour cette convention.</ErrorMessage>
      ) : null}
      {data && envelope && allocation ? (
        allocation.fundingAgreementId ? (
          <p>
            La convention financière de cette délibération existe déjà :{' '}
            <Link to={`/conventions-financieres/${allocation.fundingAgreementId}`}>
              convention financière {allocation.year} — {envelopeKindShortLabels[envelope.kind]}
            </Link>
            .
          </p>
        ) : data.can.manage ? (
          <AgreementForm envelope={envelope} allocation={allocation} />
        ) : (
          <p>Seul le coordinateur DAT du Département établit les conventions financières.</p>
        )
      ) : null}
    </>
  );
}

function AgreementForm({ envelope, allocation }: { envelope: EnvelopeView; allocation: AllocationView }) {
  const navigate = useNavigate();
  const [form, setForm] = useState({
    amount: centsToTyped(typedCents(allocation.amount) ?? 0n),
    signedOn: '',
    purpose: '',
    justificationDeadline: '',
    reimbursementClause: '',
  });
  const [lines, setLines] = useState<LineDraft[]>([blankLine('advance')]);
  const { busy, error, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await api<AgreementView>('POST', `/api/allocations/${allocation.id}/funding-agreement`, {
        amount: toApiAmount(form.amount),
        signedOn: form.signedOn || null,
        purpose: form.purpose,
        justificationDeadline: form.justificationDeadline || null,
        reimbursementClause: form.reimbursementClause || null,
        schedule: lines.map((l) => ({
          kind: l.kind,
          label: l.label,
          amount: toApiAmount(l.amount),
          condition: l.condition || null,
          requiredDocuments: splitList(l.documents),
        })),
      });
      navigate(`/conventions-financieres/${created.id}`, { state: { created: true } });
      return null;
    });
  }

  return (
    <section className="panel" aria-labelledby="titre-formulaire-convention">
      <h2 id="titre-formulaire-convention">Convention financière</h2>
      <p>
        Délibération d'application {allocation.year} : {formatEuros(allocation.amount)} ({allocation.deliberationBody},{' '}
        {formatDate(allocation.deliberationDate)}). Le montant de la convention ne peut la dépasser.
      </p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        <AmountField
          label="Montant de la convention"
          required
          value={form.amount}
          onChange={set('amount')}
          error={field('amount')}
        />
        <Field
          label="Date de signature"
          type="date"
          value={form.signedOn}
          onChange={(e) => set('signedOn')(e.target.value)}
          error={field('signedOn')}
        />
        <TextAreaField
          label="Objet"
          required
          value={form.purpose}
          onChange={(e) => set('purpose')(e.target.value)}
          error={field('purpose')}
        />
        <Field
          label="Date limite de justification"
          type="date"
          value={form.justificationDeadline}
          onChange={(e) => set('justificationDeadline')(e.target.value)}
          error={field('justificationDeadline')}
        />
        <TextAreaField
          label="Clause de reversement"
          hint="Ce que l'office reverse si les sommes ne sont pas justifiées."
          value={form.reimbursementClause}
          onChange={(e) => set('reimbursementClause')(e.target.value)}
          error={field('reimbursementClause')}
        />
        <ScheduleEditor lines={lines} onChange={setLines} amount={form.amount} field={field} />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy
            ? 'Enregistrement…'
            : `Établir la convention financière ${allocation.year} (${envelopeKindShortLabels[envelope.kind]})`}
        </button>
      </form>
    </section>
  );
}
