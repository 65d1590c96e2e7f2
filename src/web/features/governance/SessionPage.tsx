import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { sessionStatusLabels, type BodyDetail } from '../../../contracts/governance';
import type { SessionView } from '../../../contracts/governance-sessions';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { AttendancePanel } from './AttendancePanel';
import { inOfficeOn, personLabel } from './governance-ui';
import { ItemPanel } from './ItemPanel';
import { AddItemForm, SessionClosing } from './SessionForms';

/**
 * A session of a deliberative body, laid out to be filled in during the meeting: attendance and
 * proxies, then each item (who steps aside, the vote), with the figures the server computes —
 * members in office, present, represented, not taking part, quorum, outcome — shown after each
 * answer; closing, second convocation, minutes approval.
 */
export function SessionPage() {
  const { id } = useParams();
  const location = useLocation();
  const loaded = useApi<SessionView>(`/api/sessions/${id}`);
  const [answer, setAnswer] = useState<SessionView | null>(null);
  // The server's latest answer for this session wins over the first load.
  const session = answer?.id === id ? answer : loaded.data;
  const body = useApi<BodyDetail>(session ? `/api/bodies/${session.body.id}` : null);
  const title = session ? `${session.body.name} — séance du ${formatDate(session.heldOn)}` : 'Séance';
  usePageTitle(title);
  if (loaded.loading && !session) return <Loading />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!session) return null;
  const mandates = (body.data?.mandates ?? []).filter((m) => inOfficeOn(m, session.heldOn));
  const item1 = session.items[0];
  return (
    <article>
      <p>
        <Link to={`/instances/${session.body.id}`}>← {session.body.name}</Link>
      </p>
      <h1>{title}</h1>
      <ConventionNav id={session.conventionId} />
      {(location.state as { created?: boolean } | null)?.created && answer?.id !== id ? (
        <StatusMessage>Séance créée.</StatusMessage>
      ) : null}
      <dl className="facts">
        <div>
          <dt>État</dt>
          <dd>{sessionStatusLabels[session.status]}</dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>{session.place ?? 'non renseigné'}</dd>
        </div>
        <div>
          <dt>Convocation</dt>
          <dd>
            {session.convocation === 'second' ? 'Seconde convocation' : 'Première convocation'}
            {session.convenedOn
              ? `, envoyée le ${formatDate(session.convenedOn)} (${session.noticeDays} jour${(session.noticeDays ?? 0) > 1 ? 's' : ''} franc${(session.noticeDays ?? 0) > 1 ? 's' : ''})`
              : ', date non renseignée'}
          </dd>
        </div>
        <div>
          <dt>Président de séance</dt>
          <dd>{session.president ? personLabel(session.president) : 'non renseigné'}</dd>
        </div>
        {session.minutesApprovedOn ? (
          <div>
            <dt>Procès-verbal approuvé le</dt>
            <dd>{formatDate(session.minutesApprovedOn)}</dd>
          </div>
        ) : null}
        {session.firstSessionId ? (
          <div>
            <dt>Première séance</dt>
            <dd>
              <Link to={`/seances/${session.firstSessionId}`}>Séance sans quorum</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {session.warnings.length > 0 ? (
        <div className="warnings" role="status">
          <p className="alert-headline">À vérifier</p>
          <ul>
            {session.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="titre-chiffres">
        <h2 id="titre-chiffres">Chiffres de la séance</h2>
        <dl className="gov-figures">
          <div>
            <dt>Membres en exercice</dt>
            <dd>{session.membersInOffice}</dd>
          </div>
          <div>
            <dt>Présents</dt>
            <dd>{session.figures.present}</dd>
          </div>
          <div>
            <dt>Représentés</dt>
            <dd>{session.figures.represented}</dd>
          </div>
          <div>
            <dt>Excusés</dt>
            <dd>{session.figures.excused}</dd>
          </div>
          <div>
            <dt>Absents</dt>
            <dd>{session.figures.absent}</dd>
          </div>
          {session.figures.notRecorded > 0 ? (
            <div>
              <dt>Non renseignés</dt>
              <dd>{session.figures.notRecorded}</dd>
            </div>
          ) : null}
          {item1 && session.items.length === 1 ? (
            <>
              <div>
                <dt>Ne prennent pas part</dt>
                <dd>{item1.participation.notTakingPart}</dd>
              </div>
              <div>
                <dt>Votants</dt>
                <dd>{item1.participation.voters}</dd>
              </div>
            </>
          ) : null}
        </dl>
        <p className={session.quorum.reached ? 'outcome outcome-adopted' : 'outcome outcome-rejected'}>
          {session.quorum.wording}
        </p>
        {session.items.some((i) => i.outcome) ? (
          <ul aria-label="Résultats">
            {session.items
              .filter((i) => i.outcome)
              .map((i) => (
                <li key={i.id}>
                  Point {i.position} : {i.outcome!.wording}
                </li>
              ))}
          </ul>
        ) : null}
      </section>

      {/* Keyed by session: going from one session to the next (second convocation) starts the entry afresh. */}
      <AttendancePanel key={`presences-${session.id}`} session={session} mandates={mandates} onView={setAnswer} />

      {session.items.length === 0 ? <p>Aucun point à l'ordre du jour.</p> : null}
      {session.items.map((item) => (
        <ItemPanel key={item.id} session={session} item={item} onView={setAnswer} />
      ))}

      {session.can.manage && session.status === 'planned' ? (
        <AddItemForm key={`point-${session.id}`} session={session} onView={setAnswer} />
      ) : null}
      <SessionClosing key={`cloture-${session.id}`} session={session} onView={setAnswer} />
    </article>
  );
}
