import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { actionItemStatusLabels, attendanceStatusLabels } from '../../../contracts/governance';
import type { ActionItemView, MeetingView } from '../../../contracts/governance-sessions';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDate, formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { personLabel } from './governance-ui';
import { ActionItemForm, FollowUpForm, MeetingDecisionForm, MinutesForm, ParticipantForm } from './MeetingForms';
import { CoChairsSection, InviteStandingMembers, MinutesDownloads } from './MeetingPeople';
import { TableWrapper } from '../../ui/TableWrapper';

/** A COPIL, COTECH or thematic meeting: agenda, participants of both parties, minutes, decisions, action items and the follow-up of earlier ones. */
export function MeetingPage() {
  const { id } = useParams();
  const location = useLocation();
  const loaded = useApi<MeetingView>(`/api/meetings/${id}`);
  const [answer, setAnswer] = useState<MeetingView | null>(null);
  const m = answer?.id === id ? answer : loaded.data;
  const title = m ? `${m.body.name} — réunion du ${formatDate(m.heldOn)}` : 'Réunion';
  usePageTitle(title);
  if (loaded.loading && !m) return <Loading />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!m) return null;
  const refresh = () => {
    setAnswer(null);
    loaded.reload();
  };
  return (
    <article>
      <p>
        <Link to={`/instances/${m.body.id}`}>← {m.body.name}</Link>
        {m.previousMeetingId ? (
          <>
            {' · '}
            <Link to={`/reunions/${m.previousMeetingId}`}>Réunion précédente</Link>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      <ConventionNav id={m.conventionId} />
      {(location.state as { created?: boolean } | null)?.created && answer?.id !== id ? (
        <StatusMessage>Réunion créée.</StatusMessage>
      ) : null}
      <p>Lieu : {m.place ?? 'non renseigné'}</p>
      {m.windowWarning ? <p role="note">Hors période : {m.windowWarning}</p> : null}

      {m.coChairs ? <CoChairsSection meeting={m} onView={setAnswer} /> : null}

      <section aria-labelledby="titre-odj">
        <h2 id="titre-odj">Ordre du jour</h2>
        {m.agenda.length === 0 ? (
          <p>Aucun point.</p>
        ) : (
          <ol>
            {m.agenda.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="titre-participants">
        <h2 id="titre-participants">Participants</h2>
        {m.participants.length === 0 ? (
          <p>Aucun participant enregistré.</p>
        ) : (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">Participants de la réunion, des deux parties</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Fonction</th>
                  <th scope="col">Présence</th>
                </tr>
              </thead>
              <tbody>
                {m.participants.map((p) => (
                  <tr key={p.member.id}>
                    <th scope="row">{personLabel(p.member)}</th>
                    <td>{p.organisation?.name ?? '—'}</td>
                    <td>{p.function ?? '—'}</td>
                    <td>{attendanceStatusLabels[p.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        )}
        {m.can.manage ? <InviteStandingMembers meeting={m} onView={setAnswer} /> : null}
        {m.can.manage ? <ParticipantForm key={m.id} meeting={m} onView={setAnswer} /> : null}
      </section>

      <section aria-labelledby="titre-cr">
        <h2 id="titre-cr">Compte rendu</h2>
        <MinutesDownloads meeting={m} />
        {m.can.manage ? (
          <MinutesForm key={m.id} meeting={m} onView={setAnswer} />
        ) : m.minutes ? (
          m.minutes.split('\n\n').map((para, i) => <p key={i}>{para}</p>)
        ) : (
          <p>Pas encore de compte rendu.</p>
        )}
      </section>

      <section aria-labelledby="titre-decisions">
        <h2 id="titre-decisions">Relevé de décisions</h2>
        {m.decisions.length === 0 ? (
          <p>Aucune décision.</p>
        ) : (
          <ul>
            {m.decisions.map((d) => (
              <li key={d.id}>
                {d.agendaItemId ? `Point ${m.agenda.find((a) => a.id === d.agendaItemId)?.position ?? '?'} : ` : ''}
                {d.text}
              </li>
            ))}
          </ul>
        )}
        {m.can.manage ? <MeetingDecisionForm key={m.id} meeting={m} onView={setAnswer} /> : null}
      </section>

      <section aria-labelledby="titre-actions">
        <h2 id="titre-actions">Actions décidées</h2>
        <ActionTable items={m.actionItems} caption="Actions décidées à cette réunion" />
        {m.can.manage ? <ActionItemForm key={m.id} meeting={m} onView={setAnswer} /> : null}
      </section>

      <section aria-labelledby="titre-suivi">
        <h2 id="titre-suivi">Suivi des actions des réunions précédentes</h2>
        {m.followUp.length === 0 ? <p>Aucune action en cours issue des réunions précédentes.</p> : null}
        {m.followUp.map((a) => (
          <div key={a.id} className="item-panel">
            <h3>{a.title}</h3>
            <ActionFacts item={a} />
            {a.history.length > 0 ? (
              <ul aria-label={`Historique : ${a.title}`}>
                {a.history.map((h, i) => (
                  <li key={i}>
                    {formatDateTime(h.occurredAt)} — {actionItemStatusLabels[h.status]}
                    {h.comment ? ` : ${h.comment}` : ''} ({h.actorLabel}
                    {h.meetingId === m.id ? ', à cette réunion' : ''})
                  </li>
                ))}
              </ul>
            ) : null}
            {m.can.followUp ? <FollowUpForm meeting={m} item={a} onSaved={refresh} /> : null}
          </div>
        ))}
      </section>
    </article>
  );
}

function ActionFacts({ item }: { item: ActionItemView }) {
  return (
    <p>
      Responsable :{' '}
      {[item.owner ? personLabel(item.owner) : null, item.ownerOrganisation?.name].filter(Boolean).join(', ') ||
        'non désigné'}{' '}
      · Échéance :{' '}
      <span className={item.overdue ? 'overdue' : undefined}>
        {formatDate(item.dueOn, 'aucune')}
        {item.overdue ? ' (en retard)' : ''}
      </span>{' '}
      · Statut : {actionItemStatusLabels[item.status]} · Décidée le {formatDate(item.raisedAt.heldOn)}
    </p>
  );
}

function ActionTable({ items, caption }: { items: ActionItemView[]; caption: string }) {
  if (items.length === 0) return <p>Aucune action.</p>;
  return (
    <TableWrapper>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Responsable</th>
            <th scope="col">Échéance</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.title}</th>
              <td>
                {[a.owner ? personLabel(a.owner) : null, a.ownerOrganisation?.name].filter(Boolean).join(', ') || '—'}
              </td>
              <td className={a.overdue ? 'overdue' : undefined}>
                {formatDate(a.dueOn, '—')}
                {a.overdue ? ' (en retard)' : ''}
              </td>
              <td>{actionItemStatusLabels[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}
