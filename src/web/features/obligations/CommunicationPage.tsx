import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  eventKindLabels,
  eventKinds,
  invitationStatusLabels,
  supportKinds,
  supportLabels,
  type EventView,
} from '../../../contracts/obligations-communication';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { InvitationPanel } from './InvitationPanel';
import { ProofsPanel } from './ProofsPanel';

/** Article 6: events with the supports that must carry the Département's logo, their invitation workflow and proofs of publicity. */
export function CommunicationPage() {
  usePageTitle('Communication (article 6)');
  const { id } = useParams();
  const events = useApi<EventView[]>(`/api/conventions/${id}/communication-events`);
  return (
    <>
      <h1>Communication (article 6)</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Le logo « 62, Pas-de-Calais Mon Département » figure sur les supports de chaque opération ou événement. Les
        invitations officielles sont soumises au Département et validées avant impression ; les justificatifs de
        publicité sont déposés puis vérifiés.
      </p>
      <ErrorMessage error={events.error} />
      {events.loading && !events.data ? <Loading /> : null}
      {events.data?.length === 0 ? <p>Aucun événement déclaré.</p> : null}
      {events.data?.map((e) => (
        <section key={e.id} className="panel" aria-labelledby={`evenement-${e.id}`}>
          <h2 id={`evenement-${e.id}`}>{e.title}</h2>
          <p>
            {eventKindLabels[e.kind]}
            {e.eventOn ? `, le ${formatDate(e.eventOn)}` : ''}. Supports avec le logo :{' '}
            {e.requiredSupports.map((s) => supportLabels[s]).join(', ')}.
          </p>
          <p className="invitation-status">
            Invitation : <strong>{invitationStatusLabels[e.invitationStatus]}</strong>
            {e.printingReady ? '' : ' — impression non autorisée'}
          </p>
          <InvitationPanel event={e} onChange={events.reload} />
          <ProofsPanel event={e} onChange={events.reload} />
        </section>
      ))}
      {id ? <NewEventForm conventionId={id} onSaved={events.reload} /> : null}
    </>
  );
}

function NewEventForm({ conventionId, onSaved }: { conventionId: string; onSaved(): void }) {
  const [kind, setKind] = useState<string>('inauguration');
  const [title, setTitle] = useState('');
  const [eventOn, setEventOn] = useState('');
  const [supports, setSupports] = useState<string[]>(['invitations']);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api('POST', `/api/conventions/${conventionId}/communication-events`, {
        kind,
        title,
        eventOn: eventOn || null,
        requiredSupports: supports,
      });
      setError(null);
      setTitle('');
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouvel-evenement">
      <h2 id="nouvel-evenement">Déclarer un événement</h2>
      <ErrorMessage error={error} />
      <SelectField
        label="Type"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] }))}
      />
      <Field
        label="Intitulé"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={error?.fieldMessage('title')}
      />
      <Field
        label="Date de l’événement"
        type="date"
        value={eventOn}
        onChange={(e) => setEventOn(e.target.value)}
        error={error?.fieldMessage('eventOn')}
      />
      <fieldset>
        <legend>Supports où le logo doit figurer</legend>
        {supportKinds.map((s) => (
          <label key={s} className="checkbox">
            <input
              type="checkbox"
              checked={supports.includes(s)}
              onChange={(e) => setSupports(e.target.checked ? [...supports, s] : supports.filter((x) => x !== s))}
            />{' '}
            {supportLabels[s]}
          </label>
        ))}
        {error?.fieldMessage('requiredSupports') ? (
          <p className="field-error">{error.fieldMessage('requiredSupports')}</p>
        ) : null}
      </fieldset>
      <button type="submit">Déclarer l’événement</button>
    </form>
  );
}
