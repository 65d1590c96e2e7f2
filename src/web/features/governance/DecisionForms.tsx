import { useState, type FormEvent } from 'react';
import { correctableFields, type DecisionView } from '../../../contracts/governance-sessions';
import {
  matterLabels,
  matters,
  type BodySummary,
  type GovernanceReference,
  type Matter,
} from '../../../contracts/governance';
import { api } from '../../app/api';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';

import { orNull } from './governance-ui';
import { useSubmit } from '../../ui/useSubmit';

type OnSaved = (decision: DecisionView) => void;

/** One change to a decision: the server answers with the decision as it now is. */
function useDecisionChange(onSaved: OnSaved) {
  const submit = useSubmit();
  const change = (method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, message: string) =>
    submit.run(async () => {
      onSaved(await api<DecisionView>(method, path, body));
      return message;
    });
  return { ...submit, change };
}

function useActesOptions() {
  const reference = useApi<GovernanceReference>('/api/governance/reference');
  return (reference.data?.actesSubjects ?? []).map((s) => ({ value: s.code, label: `${s.code} — ${s.subject}` }));
}

/** Editing a decision before its minutes are approved: subject, text, ACTES code, budget, published address. */
export function EditDecisionForm({ decision, onSaved }: { decision: DecisionView; onSaved: OnSaved }) {
  const { busy, error, saved, change, field } = useDecisionChange(onSaved);
  const actes = useActesOptions();
  const [title, setTitle] = useState(decision.title);
  const [text, setText] = useState(decision.text ?? '');
  const [actesCode, setActesCode] = useState(decision.actesCode ?? '');
  const [budgetYear, setBudgetYear] = useState(decision.budgetYear ?? '');
  const [budgetName, setBudgetName] = useState(decision.budgetName ?? '');
  const [url, setUrl] = useState(decision.url ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'PATCH',
      `/api/decisions/${decision.id}`,
      {
        title,
        ...(text.trim() ? { text } : {}),
        actesCode: actesCode || null,
        budgetYear: orNull(budgetYear),
        budgetName: orNull(budgetName),
        url: orNull(url),
      },
      'Délibération modifiée.',
    );
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-modifier">
      <h2 id="titre-modifier">Modifier la délibération</h2>
      <Field label="Objet" required value={title} onChange={(e) => setTitle(e.target.value)} error={field('title')} />
      <TextAreaField
        label="Dispositif"
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={field('text')}
      />
      <SelectField
        label="Code ACTES"
        value={actesCode}
        onChange={(e) => setActesCode(e.target.value)}
        options={[{ value: '', label: 'Non renseigné' }, ...actes]}
        error={field('actesCode')}
      />
      <Field
        label="Année budgétaire"
        hint="AAAA ou AAAA/AAAA"
        value={budgetYear}
        onChange={(e) => setBudgetYear(e.target.value)}
        error={field('budgetYear')}
      />
      <Field
        label="Budget"
        hint="Par exemple « Budget principal »"
        value={budgetName}
        onChange={(e) => setBudgetName(e.target.value)}
        error={field('budgetName')}
      />
      <Field
        label="Adresse du document publié"
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={field('url')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer les modifications
      </button>
    </form>
  );
}

/** The date the decision was sent to the prefecture (contrôle de légalité) and the authority. */
export function TransmissionForm({ decision, onSaved }: { decision: DecisionView; onSaved: OnSaved }) {
  const { busy, error, saved, change, field } = useDecisionChange(onSaved);
  const [transmittedOn, setTransmittedOn] = useState(decision.transmittedOn ?? '');
  const [prefectureId, setPrefectureId] = useState(decision.prefectureId ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'PUT',
      `/api/decisions/${decision.id}/transmission`,
      { transmittedOn, prefectureId: orNull(prefectureId) },
      'Transmission enregistrée.',
    );
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-transmission">
      <h2 id="titre-transmission">Transmission au contrôle de légalité</h2>
      <Field
        label="Date de transmission"
        type="date"
        required
        value={transmittedOn}
        onChange={(e) => setTransmittedOn(e.target.value)}
        error={field('transmittedOn')}
      />
      <Field
        label="Autorité de contrôle"
        hint="Par exemple PREF062 (préfecture du Pas-de-Calais)"
        value={prefectureId}
        onChange={(e) => setPrefectureId(e.target.value.toUpperCase())}
        error={field('prefectureId')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer la transmission
      </button>
    </form>
  );
}

/** A correction after the minutes are approved: recorded as such, with its reason. */
export function CorrectionForm({
  decision,
  onSaved,
  fieldLabels,
}: {
  decision: DecisionView;
  onSaved: OnSaved;
  fieldLabels: Record<string, string>;
}) {
  const { busy, error, saved, change, field } = useDecisionChange(onSaved);
  const [target, setTarget] = useState<(typeof correctableFields)[number]>('title');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/decisions/${decision.id}/corrections`,
      { field: target, value: orNull(value), reason },
      'Rectification enregistrée.',
    );
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-rectifier">
      <h3 id="titre-rectifier">Rectifier la délibération</h3>
      <SelectField
        label="Champ rectifié"
        value={target}
        onChange={(e) => setTarget(e.target.value as typeof target)}
        options={correctableFields.map((f) => ({ value: f, label: fieldLabels[f] ?? f }))}
        error={field('field')}
      />
      <TextAreaField
        label="Nouvelle valeur"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={field('value')}
      />
      <Field
        label="Motif de la rectification"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={field('reason')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer la rectification
      </button>
    </form>
  );
}

/** The decision delegates powers to another body of the convention (e.g. the board to its Bureau). */
export function DelegationForm({ decision, onSaved }: { decision: DecisionView; onSaved: OnSaved }) {
  const bodies = useApi<BodySummary[]>(`/api/conventions/${decision.conventionId}/bodies`);
  const { busy, error, saved, change, field } = useDecisionChange(onSaved);
  const others = (bodies.data ?? []).filter((b) => b.id !== decision.body.id && b.rules.deliberative);
  const [toBodyId, setToBodyId] = useState('');
  const [matter, setMatter] = useState<Matter>('funding_agreement');
  const [fromYear, setFromYear] = useState('');
  const [untilYear, setUntilYear] = useState('');
  const [description, setDescription] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/decisions/${decision.id}/delegations`,
      {
        toBodyId: toBodyId || others[0]?.id,
        matter,
        fromYear: fromYear ? Number(fromYear) : null,
        untilYear: untilYear ? Number(untilYear) : null,
        description,
      },
      'Délégation enregistrée.',
    );
  };
  if (others.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-deleguer">
      <h3 id="titre-deleguer">Déléguer des pouvoirs</h3>
      <SelectField
        label="Instance délégataire"
        value={toBodyId || others[0]!.id}
        onChange={(e) => setToBodyId(e.target.value)}
        options={others.map((b) => ({ value: b.id, label: b.name }))}
        error={field('toBodyId')}
      />
      <SelectField
        label="Matière déléguée"
        value={matter}
        onChange={(e) => setMatter(e.target.value as Matter)}
        options={matters.map((m) => ({ value: m, label: matterLabels[m] }))}
        error={field('matter')}
      />
      <Field
        label="Première année"
        inputMode="numeric"
        value={fromYear}
        onChange={(e) => setFromYear(e.target.value)}
        error={field('fromYear')}
      />
      <Field
        label="Dernière année"
        inputMode="numeric"
        hint="Vide : sans limite"
        value={untilYear}
        onChange={(e) => setUntilYear(e.target.value)}
        error={field('untilYear')}
      />
      <TextAreaField
        label="Objet de la délégation"
        required
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={field('description')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer la délégation
      </button>
    </form>
  );
}
