import { Link } from 'react-router';
import { indicatorPartyLabels } from '../../../contracts/indicators';
import type { DashboardView } from '../../../contracts/reports';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate, formatEuros, formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { formatFigure } from '../indicators/format';
import { TableWrapper } from '../../ui/TableWrapper';

const progressLabels: Record<DashboardView['progress'][number]['status'], string> = {
  open: 'en cours de saisie',
  submitted: 'transmis',
  returned: 'renvoyé pour complément',
  accepted: 'accepté',
};

/** One convention's health at a glance; every figure links to the page it comes from. */
export function ConventionDashboard({ conventionId }: { conventionId: string }) {
  const { data: d, error, loading } = useApi<DashboardView>(`/api/conventions/${conventionId}/dashboard`);
  if (loading && !d) return <Loading label="Chargement du tableau de bord…" />;
  if (error) return <ErrorMessage error={error} />;
  if (!d) return null;
  const id = d.conventionId;
  const headingId = `tableau-de-bord-${id}`;
  return (
    <section aria-labelledby={headingId} className="dashboard">
      <h2 id={headingId}>Tableau de bord : {d.title}</h2>
      <p className="muted">
        Au {formatDate(d.asOf)}. <Link to={`/conventions/${id}/bilan`}>Bilan annuel et dossier du COPIL</Link>
      </p>

      <h3>Enveloppes</h3>
      <TableWrapper>
        <table>
          <caption className="visually-hidden">Enveloppes : montant, engagé, versé et reste</caption>
          <thead>
            <tr>
              <th scope="col">Enveloppe</th>
              <th scope="col">Montant</th>
              <th scope="col">Alloué</th>
              <th scope="col">Engagé</th>
              <th scope="col">Versé</th>
              <th scope="col">Reste à allouer</th>
              <th scope="col">Reste à verser</th>
            </tr>
          </thead>
          <tbody>
            {d.envelopes.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link to={`/conventions/${id}/finances`}>{e.label}</Link>
                </th>
                <td>{formatEuros(e.amount)}</td>
                <td>{formatEuros(e.allocated)}</td>
                <td>{formatEuros(e.committed)}</td>
                <td>{formatEuros(e.paid)}</td>
                <td>{formatEuros(e.leftToAllocate)}</td>
                <td>{formatEuros(e.leftToPay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrapper>
      {d.lapseAlerts > 0 ? (
        <p>
          <Link to={`/conventions/${id}/finances`}>
            {d.lapseAlerts === 1 ? '1 alerte de veille des crédits' : `${d.lapseAlerts} alertes de veille des crédits`}
          </Link>
        </p>
      ) : null}

      <h3>Trajectoire du patrimoine</h3>
      {d.trajectory ? (
        <TableWrapper>
          <table>
            <caption className="visually-hidden">
              Logements interdits de location à chaque échéance
              {d.trajectory.isDemo ? ' (données de démonstration)' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Échéance</th>
                <th scope="col">Interdits</th>
                <th scope="col">Livrés</th>
                <th scope="col">Programmés</th>
                <th scope="col">Non programmés</th>
              </tr>
            </thead>
            <tbody>
              {d.trajectory.deadlines.map((t) => (
                <tr key={t.date}>
                  <th scope="row">
                    <Link to={`/patrimoine/${d.trajectory!.organisationId}/trajectoire`}>{formatDate(t.date)}</Link>
                  </th>
                  <td>{formatNumber(t.banned)}</td>
                  <td>{formatNumber(t.delivered)}</td>
                  <td>{formatNumber(t.planned)}</td>
                  <td>{formatNumber(t.notProgrammed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CountedPart deadlines={d.trajectory.deadlines} />
          {d.trajectory.isDemo ? <p className="muted">Patrimoine de démonstration.</p> : null}
        </TableWrapper>
      ) : (
        <p>Le patrimoine du bailleur ne vous est pas accessible.</p>
      )}

      <div className="dashboard-columns">
        <div>
          <h3>Tableaux d'avancement semestriels</h3>
          {d.progress.length === 0 ? <p>Aucun tableau d'avancement ouvert.</p> : null}
          <ul>
            {d.progress.map((p) => (
              <li key={p.id}>
                <Link to={`/tableaux-avancement/${p.id}`}>Semestre clos le {formatDate(p.periodEnd)}</Link> :{' '}
                {progressLabels[p.status]}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/conventions/${id}/tableaux-avancement`}>Tous les tableaux d'avancement</Link>
          </p>
        </div>
        <div>
          <h3>Échéances en retard</h3>
          {d.lateDuties.count === 0 ? (
            <p>Aucune échéance en retard.</p>
          ) : (
            <p>{d.lateDuties.count === 1 ? '1 échéance en retard' : `${d.lateDuties.count} échéances en retard`}</p>
          )}
          <ul>
            {d.lateDuties.items.map((duty) => (
              <li key={duty.id}>
                <Link to={`/conventions/${id}/obligations/${duty.id}`}>{duty.title}</Link> (
                {indicatorPartyLabels[duty.party]}), due le {formatDate(duty.dueOn)}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/conventions/${id}/obligations`}>Toutes les obligations</Link>
          </p>
        </div>
        <div>
          <h3>Faits signalés et garanties</h3>
          <ul>
            <li>
              <Link to={`/conventions/${id}/faits-signales`}>
                {d.reportedEvents.unacknowledged} fait{d.reportedEvents.unacknowledged > 1 ? 's' : ''} signalé
                {d.reportedEvents.unacknowledged > 1 ? 's' : ''} sans accusé de réception
              </Link>
              , {d.reportedEvents.open} en suivi
            </li>
            <li>
              <Link to={`/conventions/${id}/garanties`}>
                {d.guaranteeRequestsInExamination} demande{d.guaranteeRequestsInExamination > 1 ? 's' : ''} de garantie
                d'emprunt en examen
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <h3>Indicateurs hors cible en {d.indicatorsYear}</h3>
          {d.offTarget.length === 0 ? <p>Aucun indicateur en deçà de sa cible.</p> : null}
          <ul>
            {d.offTarget.map((o) => (
              <li key={o.id}>
                <Link to={`/indicateurs/${o.id}`}>{o.label}</Link> : {formatFigure(o.value, o.unit)} pour une cible de{' '}
                {formatFigure(o.target, o.unit)}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/conventions/${id}/indicateurs`}>Tous les indicateurs</Link>
          </p>
        </div>
        <div>
          <h3>Prochaines séances et réunions</h3>
          {d.nextMeetings.length === 0 && d.meetingsDue.length === 0 ? <p>Aucune séance prévue.</p> : null}
          <ul>
            {d.nextMeetings.map((m) => (
              <li key={m.id}>
                <Link to={m.isMeeting ? `/reunions/${m.id}` : `/seances/${m.id}`}>
                  {m.bodyName}, le {formatDate(m.heldOn)}
                </Link>
                {m.place ? ` à ${m.place}` : ''}
              </li>
            ))}
            {d.meetingsDue.map((m) => (
              <li key={m.id}>
                <Link to={`/conventions/${id}/obligations/${m.id}`}>
                  {m.code} à réunir ({m.periodLabel}), au plus tard le {formatDate(m.dueOn)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** Which part of the delivered and planned figures are dwellings counted by class (issue #21). */
function CountedPart({
  deadlines,
}: {
  deadlines: { date: string; deliveredCounted: number; plannedCounted: number }[];
}) {
  const counted = deadlines.filter((t) => t.deliveredCounted + t.plannedCounted > 0);
  if (counted.length === 0) return null;
  return (
    <p className="hint">
      Dont logements dénombrés par classe (opérations dont les logements ne sont pas encore désignés un à un) :{' '}
      {counted
        .map(
          (t) =>
            `au ${formatDate(t.date)}, ${formatNumber(t.deliveredCounted)} livrés et ${formatNumber(t.plannedCounted)} programmés`,
        )
        .join(' ; ')}
      .
    </p>
  );
}
