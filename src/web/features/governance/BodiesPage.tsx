import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  bodyKindLabels,
  bodySides,
  type BodyKind,
  type BodySide,
  type BodySummary,
  type GovernanceReference,
} from '../../../contracts/governance';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';

import { bodySideLabels, orNull, RulesList } from './governance-ui';
import { useSubmit } from '../../ui/useSubmit';

/** The bodies of a convention with their rules in words, and adding one from a ready-made rule set. */
export function BodiesPage() {
  usePageTitle('Instances');
  const { id } = useParams();
  const { user } = useSession();
  const bodies = useApi<BodySummary[]>(`/api/conventions/${id}/bodies`);
  const mayCreate = user?.roles.some((r) => r === 'admin' || r === 'coordinator' || r === 'office_manager') ?? false;
  return (
    <>
      <h1>Instances</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Les instances de la convention, leurs règles (quorum, pouvoirs, majorité, convocation) et leurs membres. Les
        délibérations de toutes les instances sont dans{' '}
        <Link to={`/conventions/${id}/deliberations`}>Délibérations</Link>.
      </p>
      <ErrorMessage error={bodies.error} />
      {bodies.loading && !bodies.data ? <Loading /> : null}
      {bodies.data?.length === 0 ? <p>Aucune instance enregistrée.</p> : null}
      {bodies.data?.map((b) => (
        <section key={b.id} className="panel" aria-labelledby={`instance-${b.id}`}>
          <h2 id={`instance-${b.id}`}>
            <Link to={`/instances/${b.id}`}>{b.name}</Link> <span className="muted">({b.code})</span>
          </h2>
          <p>
            {bodyKindLabels[b.kind]} — {bodySideLabels[b.side]}
            {b.organisationName ? ` (${b.organisationName})` : ''} —{' '}
            {b.rules.deliberative
              ? `${b.membersInOffice} membre${b.membersInOffice > 1 ? 's' : ''} en exercice`
              : 'instance de suivi'}
          </p>
          <RulesList rules={b.rules} label={`Règles : ${b.name}`} />
        </section>
      ))}
      {mayCreate && id ? <NewBodyForm conventionId={id} /> : null}
    </>
  );
}

const defaultSide: Record<BodyKind, BodySide> = {
  oph_board: 'landlord',
  oph_bureau: 'landlord',
  department_assembly: 'department',
  standing_committee: 'department',
  steering_committee: 'joint',
  technical_committee: 'joint',
  thematic_meeting: 'joint',
};

function NewBodyForm({ conventionId }: { conventionId: string }) {
  const reference = useApi<GovernanceReference>('/api/governance/reference');
  const navigate = useNavigate();
  const { busy, error, run, field } = useSubmit();
  const [kind, setKind] = useState<BodyKind>('thematic_meeting');
  const [side, setSide] = useState<BodySide>('joint');
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [signatoryName, setSignatoryName] = useState('');
  const [signatoryTitle, setSignatoryTitle] = useState('');
  const ruleSet = reference.data?.ruleSets.find((r) => r.kind === kind);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const created = await api<{ id: string }>('POST', `/api/conventions/${conventionId}/bodies`, {
        kind,
        side,
        name,
        code,
        signatoryName: orNull(signatoryName),
        signatoryTitle: orNull(signatoryTitle),
      });
      void navigate(`/instances/${created.id}`);
      return null;
    });
  };
  return (
    <section className="panel" aria-labelledby="titre-nouvelle-instance">
      <h2 id="titre-nouvelle-instance">Ajouter une instance</h2>
      <form onSubmit={submit} noValidate>
        <SelectField
          label="Type d'instance (jeu de règles)"
          value={kind}
          onChange={(e) => {
            const k = e.target.value as BodyKind;
            setKind(k);
            setSide(defaultSide[k]);
          }}
          options={(reference.data?.ruleSets ?? []).map((r) => ({ value: r.kind, label: r.label }))}
          error={field('kind')}
        />
        {ruleSet ? (
          <>
            <p className="hint">Règles reçues (modifiables ensuite) :</p>
            <RulesList rules={ruleSet.rules} label={`Règles du type choisi : ${ruleSet.label}`} />
          </>
        ) : null}
        <Field label="Nom" required value={name} onChange={(e) => setName(e.target.value)} error={field('name')} />
        <Field
          label="Code"
          required
          hint="Préfixe des numéros de délibération, en majuscules (ex. « CA », « CP »)"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          error={field('code')}
        />
        <SelectField
          label="Côté"
          value={side}
          onChange={(e) => setSide(e.target.value as BodySide)}
          options={bodySides.map((s) => ({ value: s, label: bodySideLabels[s] }))}
          error={field('side')}
        />
        <Field
          label="Signataire des extraits"
          value={signatoryName}
          onChange={(e) => setSignatoryName(e.target.value)}
          error={field('signatoryName')}
        />
        <Field
          label="Qualité du signataire"
          value={signatoryTitle}
          onChange={(e) => setSignatoryTitle(e.target.value)}
          error={field('signatoryTitle')}
        />
        <ErrorMessage error={error} />
        <button type="submit" className="button-primary" disabled={busy}>
          Ajouter l'instance
        </button>
      </form>
    </section>
  );
}
