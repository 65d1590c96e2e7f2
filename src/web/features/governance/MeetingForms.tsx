import { useState, type FormEvent } from 'react';
import {
  actionItemStatuses,
  actionItemStatusLabels,
  civilities,
  type ActionItemStatus,
  type Civility,
  type MemberView,
} from '../../../contracts/governance';
import type { ActionItemView, MeetingView } from '../../../contracts/governance-sessions';
import { api } from '../../app/api';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';

import { orNull, personLabel, useParties } from './governance-ui';
import { useSubmit } from '../../ui/useSubmit';

type OnView = (meeting: MeetingView) => void;
const NEW = 'nouveau';

/** One change to a meeting: the server answers with the meeting as it now is. */
function useMeetingChange(onView: OnView) {
  const submit = useSubmit();
  const change = (method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, message: string) =>
    submit.run(async () => {
      onView(await api<MeetingView>(method, path, body));
      return message;
    });
  return { ...submit, change };
}

/** Adds a participant, a person known in the convention or a new one with their organisation (one of the parties). */
export function ParticipantForm({ meeting, onView }: { meeting: MeetingView; onView: OnView }) {
  const members = useApi<MemberView[]>(`/api/conventions/${meeting.conventionId}/members`);
  const parties = useParties(meeting.conventionId);
  const { busy, error, saved, change, field } = useMeetingChange(onView);
  const [memberId, setMemberId] = useState(NEW);
  const [civility, setCivility] = useState<Civility | ''>('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [fn, setFn] = useState('');
  const [status, setStatus] = useState<'present' | 'excused' | 'absent'>('present');
  const already = new Set(meeting.participants.map((p) => p.member.id));
  const candidates = (members.data ?? []).filter((m) => !already.has(m.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const current = meeting.participants.map((p) => ({
      memberId: p.member.id,
      status: p.status === 'represented' ? 'excused' : p.status,
    }));
    const added =
      memberId === NEW
        ? {
            civility: civility || null,
            firstName: orNull(firstName),
            lastName,
            organisationId: organisationId || null,
            function: orNull(fn),
            status,
          }
        : { memberId, status };
    const known = candidates.find((m) => m.id === memberId);
    const name = known ? personLabel(known) : `${civility} ${firstName} ${lastName}`.trim();
    const feminine = (known ? known.civility : civility) === 'Mme';
    void change(
      'PUT',
      `/api/meetings/${meeting.id}/participants`,
      { participants: [...current, added] },
      `${name} ajouté${feminine ? 'e' : ''} aux participants.`,
    ).then((ok) => {
      if (ok) {
        setMemberId(NEW);
        setFirstName('');
        setLastName('');
        setFn('');
        members.reload();
      }
    });
  };
  const i = meeting.participants.length;
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-participant">
      <h3 id="titre-ajout-participant">Ajouter un participant</h3>
      <SelectField
        label="Personne"
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
          />
          <Field
            label="Prénom"
            value={firstName}
            onChange={(e) => setFirstName(e.target.value)}
            error={field(`participants.${i}.firstName`)}
          />
          <Field
            label="Nom"
            required
            value={lastName}
            onChange={(e) => setLastName(e.target.value)}
            error={field(`participants.${i}.lastName`)}
          />
          <SelectField
            label="Organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[
              { value: '', label: 'Non renseignée' },
              ...parties.map((p) => ({ value: p.organisationId, label: p.name })),
            ]}
            error={field(`participants.${i}.organisationId`)}
          />
          <Field
            label="Fonction"
            value={fn}
            onChange={(e) => setFn(e.target.value)}
            error={field(`participants.${i}.function`)}
          />
        </>
      ) : null}
      <SelectField
        label="Présence"
        value={status}
        onChange={(e) => setStatus(e.target.value as typeof status)}
        options={[
          { value: 'present', label: 'Présent' },
          { value: 'excused', label: 'Excusé' },
          { value: 'absent', label: 'Absent' },
        ]}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Ajouter le participant
      </button>
    </form>
  );
}

export function MinutesForm({ meeting, onView }: { meeting: MeetingView; onView: OnView }) {
  const { busy, error, saved, change, field } = useMeetingChange(onView);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change('PATCH', `/api/meetings/${meeting.id}`, { minutes: orNull(minutes) }, 'Compte rendu enregistré.');
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextAreaField
        label="Compte rendu de la réunion"
        rows={8}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={field('minutes')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer le compte rendu
      </button>
    </form>
  );
}

export function MeetingDecisionForm({ meeting, onView }: { meeting: MeetingView; onView: OnView }) {
  const { busy, error, saved, change, field } = useMeetingChange(onView);
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/meetings/${meeting.id}/decisions`,
      { text, agendaItemId: itemId || null },
      'Décision ajoutée au relevé.',
    ).then((ok) => ok && setText(''));
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-decision">
      <h3 id="titre-ajout-decision">Ajouter une décision</h3>
      <TextAreaField
        label="Décision"
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={field('text')}
      />
      <SelectField
        label="Point de l'ordre du jour"
        value={itemId}
        onChange={(e) => setItemId(e.target.value)}
        options={[
          { value: '', label: 'Aucun en particulier' },
          ...meeting.agenda.map((a) => ({ value: a.id, label: `${a.position}. ${a.title}` })),
        ]}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Ajouter la décision
      </button>
    </form>
  );
}

/** An action decided at the meeting: what, who (a participant and/or a party), by when. */
export function ActionItemForm({ meeting, onView }: { meeting: MeetingView; onView: OnView }) {
  const parties = useParties(meeting.conventionId);
  const { busy, error, saved, change, field } = useMeetingChange(onView);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/meetings/${meeting.id}/action-items`,
      { title, ownerMemberId: owner || null, ownerOrganisationId: organisationId || null, dueOn: dueOn || null },
      'Action enregistrée.',
    ).then((ok) => {
      if (ok) setTitle('');
    });
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-action">
      <h3 id="titre-ajout-action">Décider une action</h3>
      <Field label="Action" required value={title} onChange={(e) => setTitle(e.target.value)} error={field('title')} />
      <SelectField
        label="Responsable"
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        options={[
          { value: '', label: 'Non désigné' },
          ...meeting.participants.map((p) => ({ value: p.member.id, label: personLabel(p.member) })),
        ]}
        error={field('ownerMemberId')}
      />
      <SelectField
        label="Organisation responsable"
        hint="Sans choix : celle du responsable"
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        options={[
          { value: '', label: 'Celle du responsable' },
          ...parties.map((p) => ({ value: p.organisationId, label: p.name })),
        ]}
        error={field('ownerOrganisationId')}
      />
      <Field
        label="Échéance"
        type="date"
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        error={field('dueOn')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer l'action
      </button>
    </form>
  );
}

/** The follow-up of an earlier action at this meeting: its new status and a comment. */
export function FollowUpForm({
  meeting,
  item,
  onSaved,
}: {
  meeting: MeetingView;
  item: ActionItemView;
  onSaved(): void;
}) {
  const { busy, error, saved, run, field } = useSubmit();
  const [status, setStatus] = useState<ActionItemStatus>(item.status);
  const [comment, setComment] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api<ActionItemView>('PATCH', `/api/action-items/${item.id}`, {
        status,
        comment: orNull(comment),
        meetingId: meeting.id,
      });
      onSaved();
      return `Suivi de « ${item.title} » enregistré.`;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Suivi : ${item.title}`}>
      <SelectField
        label="Nouveau statut"
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionItemStatus)}
        options={actionItemStatuses.map((s) => ({ value: s, label: actionItemStatusLabels[s] }))}
        error={field('status')}
      />
      <Field
        label="Commentaire"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={field('comment')}
      />
      <button type="submit" disabled={busy}>
        Enregistrer le suivi
      </button>
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
    </form>
  );
}
