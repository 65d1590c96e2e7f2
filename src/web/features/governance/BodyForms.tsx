import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  civilities,
  mandateRoleLabels,
  mandateRoles,
  type BodyDetail,
  type Civility,
  type MandateRole,
  type MemberView,
} from '../../../contracts/governance';
import type { MeetingView, SessionView } from '../../../contracts/governance-sessions';
import { api } from '../../app/api';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';

import { inOfficeOn, orNull, personLabel } from './governance-ui';
import { useSubmit } from '../../ui/useSubmit';

const NEW = 'nouvelle';

/** Adds a member to a body: a person already known in the convention (any spelling) or a new one, and the mandate. */
export function MandateForm({ body, onSaved }: { body: BodyDetail; onSaved(): void }) {
  const members = useApi<MemberView[]>(`/api/conventions/${body.conventionId}/members`);
  const { busy, error, saved, run, field } = useSubmit();
  const [memberId, setMemberId] = useState(NEW);
  const [civility, setCivility] = useState<Civility | ''>('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [role, setRole] = useState<MandateRole>('member');
  const [quality, setQuality] = useState('');
  const [voting, setVoting] = useState(true);
  const [startOn, setStartOn] = useState('');
  const [endOn, setEndOn] = useState('');
  const withMandate = new Set(body.mandates.map((m) => m.member.id));
  const candidates = (members.data ?? []).filter((m) => !withMandate.has(m.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      let id = memberId;
      let name = candidates.find((m) => m.id === id)?.formalName ?? '';
      if (id === NEW) {
        const created = await api<MemberView>('POST', `/api/conventions/${body.conventionId}/members`, {
          civility: civility || null,
          firstName: orNull(firstName),
          lastName,
        });
        id = created.id;
        name = created.formalName;
        members.reload();
      }
      await api<BodyDetail>('POST', `/api/bodies/${body.id}/mandates`, {
        memberId: id,
        role,
        quality: orNull(quality),
        voting,
        startOn: startOn || null,
        endOn: endOn || null,
      });
      setMemberId(NEW);
      setFirstName('');
      setLastName('');
      setQuality('');
      onSaved();
      return `Mandat de ${name} enregistré.`;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-membre">
      <h3 id="titre-ajout-membre">Ajouter un membre</h3>
      <SelectField
        label="Personne"
        hint="Une personne déjà connue dans la convention (toutes ses graphies la désignent), ou une nouvelle personne"
        value={memberId}
        onChange={(e) => setMemberId(e.target.value)}
        options={[
          { value: NEW, label: 'Nouvelle personne…' },
          ...candidates.map((m) => ({ value: m.id, label: personLabel(m) })),
        ]}
      />
      {memberId === NEW ? (
        <>
          <SelectField
            label="Civilité"
            value={civility}
            onChange={(e) => setCivility(e.target.value as Civility | '')}
            options={[{ value: '', label: 'Non renseignée' }, ...civilities.map((c) => ({ value: c, label: c }))]}
            error={field('civility')}
          />
          <Field
            label="Prénom"
            value={firstName}
            onChange={(e) => setFirstName(e.target.value)}
            error={field('firstName')}
          />
          <Field
            label="Nom"
            required
            value={lastName}
            onChange={(e) => setLastName(e.target.value)}
            error={field('lastName')}
          />
        </>
      ) : null}
      <SelectField
        label="Rôle"
        value={role}
        onChange={(e) => setRole(e.target.value as MandateRole)}
        options={mandateRoles.map((r) => ({ value: r, label: mandateRoleLabels[r] }))}
        error={field('role')}
      />
      <Field
        label="Qualité"
        hint="Par exemple « Conseiller départemental »"
        value={quality}
        onChange={(e) => setQuality(e.target.value)}
        error={field('quality')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={voting} onChange={(e) => setVoting(e.target.checked)} /> Voix délibérative
      </label>
      <Field
        label="Début du mandat"
        type="date"
        value={startOn}
        onChange={(e) => setStartOn(e.target.value)}
        error={field('startOn')}
      />
      <Field
        label="Fin du mandat"
        type="date"
        value={endOn}
        onChange={(e) => setEndOn(e.target.value)}
        error={field('endOn')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Ajouter le membre
      </button>
    </form>
  );
}

/** A new session: date, place, convocation date (the server warns when the notice is short), president and first item. */
export function NewSessionForm({ body }: { body: BodyDetail }) {
  const navigate = useNavigate();
  const { busy, error, run, field } = useSubmit();
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [convenedOn, setConvenedOn] = useState('');
  const [presidentId, setPresidentId] = useState(
    body.mandates.find((m) => m.role === 'president' && m.inOffice)?.member.id ?? '',
  );
  const [title, setTitle] = useState('');
  const inOffice = body.mandates.filter((m) => inOfficeOn(m, heldOn || '9999-12-31'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const session = await api<SessionView>('POST', `/api/bodies/${body.id}/sessions`, {
        heldOn,
        place: orNull(place),
        convenedOn: convenedOn || null,
        presidentMemberId: presidentId || null,
        items: title.trim() ? [{ title }] : [],
      });
      void navigate(`/seances/${session.id}`, { state: { created: true } });
      return null;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-nouvelle-seance">
      <h3 id="titre-nouvelle-seance">Nouvelle séance</h3>
      <Field
        label="Date de la séance"
        type="date"
        required
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={field('heldOn')}
      />
      <Field label="Lieu" value={place} onChange={(e) => setPlace(e.target.value)} error={field('place')} />
      <Field
        label="Date de convocation"
        type="date"
        hint={
          body.rules.convocationNoticeDays !== null
            ? `Le règlement demande ${body.rules.convocationNoticeDays} jours francs au moins.`
            : undefined
        }
        value={convenedOn}
        onChange={(e) => setConvenedOn(e.target.value)}
        error={field('convenedOn')}
      />
      <SelectField
        label="Président de séance"
        value={presidentId}
        onChange={(e) => setPresidentId(e.target.value)}
        options={[
          { value: '', label: 'Le président en exercice' },
          ...inOffice.map((m) => ({ value: m.member.id, label: personLabel(m.member) })),
        ]}
        error={field('presidentMemberId')}
      />
      <Field
        label="Premier point de l'ordre du jour"
        hint="Facultatif : les points s'ajoutent aussi sur la page de la séance"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={field('items.0.title')}
      />
      <ErrorMessage error={error} />
      <button type="submit" className="button-primary" disabled={busy}>
        Créer la séance
      </button>
    </form>
  );
}

/** A new COPIL, COTECH or thematic meeting; its agenda starts from the body's default one (the COTECH's four purposes). */
export function NewMeetingForm({ body }: { body: BodyDetail }) {
  const navigate = useNavigate();
  const { busy, error, run, field } = useSubmit();
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState(body.rules.defaultAgenda.join('\n'));
  const [withStanding, setWithStanding] = useState(true);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const lines = agenda
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const meeting = await api<MeetingView>('POST', `/api/bodies/${body.id}/meetings`, {
        heldOn,
        place: orNull(place),
        agenda: lines,
        participants: [],
        withStandingMembers: withStanding,
      });
      void navigate(`/reunions/${meeting.id}`, { state: { created: true } });
      return null;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-nouvelle-reunion">
      <h3 id="titre-nouvelle-reunion">Nouvelle réunion</h3>
      <Field
        label="Date de la réunion"
        type="date"
        required
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={field('heldOn')}
      />
      <Field label="Lieu" value={place} onChange={(e) => setPlace(e.target.value)} error={field('place')} />
      <TextAreaField
        label="Ordre du jour"
        hint="Un point par ligne ; proposé d'après l'instance (pour le COTECH : les quatre objets de l'article 4)"
        rows={6}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
        error={field('agenda')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={withStanding} onChange={(e) => setWithStanding(e.target.checked)} /> Inviter les
        membres permanents de l'instance
      </label>
      <ErrorMessage error={error} />
      <button type="submit" className="button-primary" disabled={busy}>
        Créer la réunion
      </button>
    </form>
  );
}
