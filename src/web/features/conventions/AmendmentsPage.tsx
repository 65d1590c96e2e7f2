import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  amendmentChangeLabels,
  type Amendment,
  type AmendmentChangeBody,
  type ConventionDetail,
} from '../../../contracts/convention-content';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { formatDate, formatEuros, toApiAmount } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from './ConventionNav';

/** Amendments (avenants): their history, each change with the value it replaced, and the form to record one. */
export function AmendmentsPage() {
  usePageTitle('Avenants');
  const { id } = useParams();
  const list = useApi<Amendment[]>(`/api/conventions/${id}/amendments`);
  const convention = useApi<ConventionDetail>(`/api/conventions/${id}`);
  return (
    <>
      <h1>Avenants</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={list.error ?? convention.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.data.length === 0 ? (
        <p>Aucun avenant n'a été enregistré : la convention est lue telle que signée.</p>
      ) : null}
      {list.data?.map((a) => (
        <section key={a.id} className="panel" aria-labelledby={`avenant-${a.number}`}>
          <h2 id={`avenant-${a.number}`}>
            Avenant n° {a.number} : {a.object}
          </h2>
          <p>
            Signé le {formatDate(a.signedOn)}, en vigueur le {formatDate(a.effectiveOn)}
            {a.approvals ? ` — ${a.approvals}` : ''}. Enregistré par {a.createdBy}.
          </p>
          <ul>
            {a.changes.map((ch, i) => (
              <li key={i}>
                <ChangeText change={ch.change} previous={ch.previous} convention={convention.data} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {convention.data?.can.recordAmendment ? (
        <AmendmentForm convention={convention.data} nextNumber={(list.data?.length ?? 0) + 1} onSaved={list.reload} />
      ) : null}
    </>
  );
}

function ChangeText({
  change,
  previous,
  convention,
}: {
  change: AmendmentChangeBody;
  previous: unknown;
  convention: ConventionDetail | undefined;
}) {
  switch (change.field) {
    case 'period_end':
      return (
        <>
          Date de fin : {formatDate((previous as { date?: string } | null)?.date)} →{' '}
          <strong>{formatDate(change.date)}</strong>
        </>
      );
    case 'article_text':
      return (
        <>
          Article {change.articleNumber} remplacé par : <q>{change.body}</q>
        </>
      );
    case 'envelope_amount':
      return (
        <>
          Enveloppe {change.envelopeKind === 'investment' ? 'd’investissement (AP)' : 'de fonctionnement (AE)'} :{' '}
          {formatEuros((previous as { amount?: string } | null)?.amount ?? '0')} →{' '}
          <strong>{formatEuros(change.amount)}</strong>
        </>
      );
    case 'signatory': {
      const party =
        convention?.parties.find((p) => p.organisation.id === change.organisationId)?.organisation.name ?? 'une partie';
      const before = (previous as { signatories?: { fullName: string; title: string }[] } | null)?.signatories ?? [];
      return (
        <>
          Signataires de {party} : {before.map((s) => `${s.fullName} (${s.title})`).join(', ') || '—'} →{' '}
          <strong>{change.signatories.map((s) => `${s.fullName} (${s.title})`).join(', ')}</strong>
        </>
      );
    }
  }
}

function AmendmentForm({
  convention,
  nextNumber,
  onSaved,
}: {
  convention: ConventionDetail;
  nextNumber: number;
  onSaved(): void;
}) {
  const [form, setForm] = useState({
    number: String(nextNumber),
    object: '',
    signedOn: '',
    effectiveOn: '',
    approvals: '',
  });
  const [field, setField] = useState<AmendmentChangeBody['field']>('period_end');
  const [date, setDate] = useState('');
  const [articleNumber, setArticleNumber] = useState(convention.articles[0]?.number ?? '');
  const [body, setBody] = useState('');
  const [organisationId, setOrganisationId] = useState(convention.parties[0]?.organisation.id ?? '');
  const [fullName, setFullName] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const [envelopeKind, setEnvelopeKind] = useState<'investment' | 'operating'>('investment');
  const [envelopeAmount, setEnvelopeAmount] = useState('');

  function change(): AmendmentChangeBody {
    if (field === 'period_end') return { field, date };
    if (field === 'article_text') return { field, articleNumber, body };
    if (field === 'envelope_amount') return { field, envelopeKind, amount: toApiAmount(envelopeAmount) };
    return { field, organisationId, signatories: [{ fullName, title }] };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    try {
      await api('POST', `/api/conventions/${convention.id}/amendments`, {
        number: Number(form.number),
        object: form.object,
        signedOn: form.signedOn,
        effectiveOn: form.effectiveOn,
        approvals: form.approvals || null,
        changes: [change()],
      });
      setSaved(`Avenant n° ${form.number} enregistré.`);
      setForm({ number: String(Number(form.number) + 1), object: '', signedOn: '', effectiveOn: '', approvals: '' });
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  const changeError = error?.problem.errors?.find((e) => e.field.startsWith('changes'))?.message;

  return (
    <section className="panel" aria-labelledby="titre-nouvel-avenant">
      <h2 id="titre-nouvel-avenant">Enregistrer un avenant</h2>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Numéro"
          type="number"
          min={1}
          required
          value={form.number}
          onChange={(e) => setForm({ ...form, number: e.target.value })}
          error={error?.fieldMessage('number')}
        />
        <Field
          label="Objet"
          required
          value={form.object}
          onChange={(e) => setForm({ ...form, object: e.target.value })}
          error={error?.fieldMessage('object')}
        />
        <Field
          label="Date de signature"
          type="date"
          required
          value={form.signedOn}
          onChange={(e) => setForm({ ...form, signedOn: e.target.value })}
          error={error?.fieldMessage('signedOn')}
        />
        <Field
          label="Date d'effet"
          type="date"
          required
          value={form.effectiveOn}
          onChange={(e) => setForm({ ...form, effectiveOn: e.target.value })}
          error={error?.fieldMessage('effectiveOn')}
        />
        <Field
          label="Délibérations qui l'approuvent"
          hint="Ex. : délibération du Conseil départemental du …, du conseil d'administration de l'office du …"
          value={form.approvals}
          onChange={(e) => setForm({ ...form, approvals: e.target.value })}
        />
        <fieldset className="field">
          <legend>Modification</legend>
          <SelectField
            label="Élément modifié"
            value={field}
            onChange={(e) => setField(e.target.value as AmendmentChangeBody['field'])}
            options={Object.entries(amendmentChangeLabels).map(([value, label]) => ({ value, label }))}
          />
          {field === 'period_end' ? (
            <Field
              label="Nouvelle date de fin"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={changeError}
            />
          ) : null}
          {field === 'article_text' ? (
            <>
              <SelectField
                label="Article"
                value={articleNumber}
                onChange={(e) => setArticleNumber(e.target.value)}
                options={convention.articles.map((a) => ({
                  value: a.number,
                  label: `Article ${a.number} : ${a.title}`,
                }))}
                error={changeError}
              />
              <TextAreaField
                label="Nouveau texte de l'article"
                rows={6}
                required
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            </>
          ) : null}
          {field === 'envelope_amount' ? (
            <>
              <SelectField
                label="Enveloppe"
                value={envelopeKind}
                onChange={(e) => setEnvelopeKind(e.target.value as 'investment' | 'operating')}
                options={[
                  { value: 'investment', label: 'Investissement (AP)' },
                  { value: 'operating', label: 'Fonctionnement (AE)' },
                ]}
              />
              <Field
                label="Nouveau montant de l'enveloppe (€)"
                inputMode="decimal"
                required
                value={envelopeAmount}
                onChange={(e) => setEnvelopeAmount(e.target.value)}
                error={changeError}
                hint="Par exemple 110 000 000,00"
              />
            </>
          ) : null}
          {field === 'signatory' ? (
            <>
              <SelectField
                label="Partie"
                value={organisationId}
                onChange={(e) => setOrganisationId(e.target.value)}
                options={convention.parties.map((p) => ({ value: p.organisation.id, label: p.organisation.name }))}
                error={changeError}
              />
              <Field
                label="Nom du signataire"
                required
                value={fullName}
                onChange={(e) => setFullName(e.target.value)}
              />
              <Field label="Qualité" required value={title} onChange={(e) => setTitle(e.target.value)} />
            </>
          ) : null}
        </fieldset>
        <button type="submit" className="button-primary">
          Enregistrer l'avenant
        </button>
      </form>
    </section>
  );
}
