import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import {
  reportedEventCategories,
  reportedEventCategoryLabels,
  reportedEventStatusLabels,
  type ReportedEventsList,
  type ReportedEventView,
} from '../../../contracts/reported-events';
import { formatDate } from '../../../contracts/format';
import { api } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSubmit } from '../../ui/useSubmit';
import { ConventionNav } from '../conventions/ConventionNav';

/**
 * Article 3.2: the events the office reports to the Département (« tout fait de nature à entraîner
 * le non-respect des dispositions de la présente convention »), their acknowledgement of receipt,
 * follow-up notes and closure.
 */
export function ReportedEventsPage() {
  usePageTitle('Faits signalés');
  const { id } = useParams();
  const { data, error, loading, reload } = useApi<ReportedEventsList>(`/api/conventions/${id}/reported-events`);
  const [announce, setAnnounce] = useState<string | null>(null);
  const done = (message: string) => {
    setAnnounce(message);
    reload();
  };
  return (
    <>
      <h1>Faits signalés au Département</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Article 3.2 : en cas de difficulté de mise en œuvre, l'office informe le Département de tout fait de nature à
        entraîner le non-respect des dispositions de la convention.
      </p>
      {announce ? <StatusMessage>{announce}</StatusMessage> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data && id ? (
        <>
          <p role="status">
            {data.counts.unacknowledged} sans accusé de réception, {data.counts.open} en suivi.
          </p>
          {data.can.report ? <ReportForm conventionId={id} list={data} onSaved={done} /> : null}
          <h2>Faits signalés</h2>
          {data.events.length === 0 ? <p>Aucun fait signalé.</p> : null}
          {data.events.map((e) => (
            <EventCard key={e.id} event={e} onSaved={done} />
          ))}
        </>
      ) : null}
    </>
  );
}

function ReportForm({
  conventionId,
  list,
  onSaved,
}: {
  conventionId: string;
  list: ReportedEventsList;
  onSaved(message: string): void;
}) {
  const empty = { category: 'delay', concerns: '', title: '', description: '', occurredOn: '' };
  const [form, setForm] = useState(empty);
  const { busy, error, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const [kind, targetId] = form.concerns.split(':');
    const ok = await run(async () => {
      const created = await api<ReportedEventView>('POST', `/api/conventions/${conventionId}/reported-events`, {
        category: form.category,
        operationId: kind === 'operation' ? targetId : null,
        commitmentId: kind === 'commitment' ? targetId : null,
        title: form.title,
        description: form.description,
        occurredOn: form.occurredOn,
      });
      onSaved(`Fait ${created.reference} signalé au Département.`);
      return null;
    });
    if (ok) setForm(empty);
  }

  return (
    <details className="panel form-panel">
      <summary>Signaler un fait</summary>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Signaler un fait">
        <SelectField
          label="Catégorie"
          required
          value={form.category}
          onChange={(e) => set('category')(e.target.value)}
          options={reportedEventCategories.map((c) => ({ value: c, label: reportedEventCategoryLabels[c] }))}
          error={field('category')}
        />
        <SelectField
          label="Concerne"
          value={form.concerns}
          onChange={(e) => set('concerns')(e.target.value)}
          options={[
            { value: '', label: 'Le programme dans son ensemble' },
            ...list.targets.operations.map((o) => ({ value: `operation:${o.id}`, label: `Opération ${o.label}` })),
            ...list.targets.commitments.map((c) => ({ value: `commitment:${c.id}`, label: `Engagement ${c.label}` })),
          ]}
          error={field('operationId') ?? field('commitmentId')}
        />
        <Field
          label="Objet"
          required
          value={form.title}
          onChange={(e) => set('title')(e.target.value)}
          error={field('title')}
        />
        <TextAreaField
          label="Description"
          required
          value={form.description}
          onChange={(e) => set('description')(e.target.value)}
          error={field('description')}
        />
        <Field
          label="Date du fait"
          type="date"
          required
          value={form.occurredOn}
          onChange={(e) => set('occurredOn')(e.target.value)}
          error={field('occurredOn')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Envoi…' : 'Signaler au Département'}
        </button>
      </form>
    </details>
  );
}

function EventCard({ event: e, onSaved }: { event: ReportedEventView; onSaved(message: string): void }) {
  const [note, setNote] = useState('');
  const { busy, error, run, field } = useSubmit();
  const headingId = `fait-${e.id}`;
  const act = (path: string, body: unknown, message: string) =>
    run(async () => {
      await api('POST', `/api/reported-events/${e.id}/${path}`, body);
      setNote('');
      onSaved(message);
      return null;
    });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {e.reference} — {e.title}
      </h3>
      <dl className="facts">
        <dt>Catégorie</dt>
        <dd>{reportedEventCategoryLabels[e.category]}</dd>
        <dt>Concerne</dt>
        <dd>{e.concerns.label}</dd>
        <dt>Date du fait</dt>
        <dd>{formatDate(e.occurredOn)}</dd>
        <dt>Signalé le</dt>
        <dd>{formatDate(e.reportedOn)}</dd>
        <dt>État</dt>
        <dd>
          {reportedEventStatusLabels[e.status]}
          {e.acknowledgedOn ? ` (accusé de réception du ${formatDate(e.acknowledgedOn)})` : ''}
          {e.closedOn ? `, clos le ${formatDate(e.closedOn)}` : ''}
        </dd>
      </dl>
      <p>{e.description}</p>
      {e.notes.length > 0 ? (
        <>
          <h4>Suivi</h4>
          <ul>
            {e.notes.map((n) => (
              <li key={n.id}>
                {formatDate(n.writtenOn)}, {n.side} : {n.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {e.closingNote ? <p>Clôture : {e.closingNote}</p> : null}
      <ErrorMessage error={error} />
      {e.can.acknowledge ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void act('acknowledgement', {}, `Réception du fait ${e.reference} accusée.`)}
        >
          Accuser réception du fait {e.reference}
        </button>
      ) : null}
      {e.can.addNote || e.can.close ? (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            void act('notes', { note }, `Note de suivi ajoutée au fait ${e.reference}.`);
          }}
          noValidate
          aria-label={`Suivi du fait ${e.reference}`}
        >
          <TextAreaField
            label={`Note sur le fait ${e.reference}`}
            value={note}
            onChange={(ev) => setNote(ev.target.value)}
            error={field('note')}
          />
          {e.can.addNote ? (
            <button type="submit" disabled={busy}>
              Ajouter la note de suivi
            </button>
          ) : null}
          {e.can.close ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void act('closure', { note }, `Suivi du fait ${e.reference} clos.`)}
            >
              Clore le suivi avec cette note
            </button>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
