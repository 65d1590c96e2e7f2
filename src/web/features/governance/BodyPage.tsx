import { Link, useParams } from 'react-router';
import {
  actionItemStatusLabels,
  bodyKindLabels,
  mandateRoleLabels,
  matterLabels,
  sessionStatusLabels,
  type BodyDetail,
  type DelegationView,
} from '../../../contracts/governance';
import type { ActionItemView } from '../../../contracts/governance-sessions';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { MandateForm, NewMeetingForm, NewSessionForm } from './BodyForms';
import { StandingMembersSection } from './MeetingPeople';
import { bodySideLabels, personLabel, RulesList } from './governance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

/** One body: its rules in words, members and mandates, delegations, sessions (or meetings) and, for a COPIL or COTECH, its action items. */
export function BodyPage() {
  const { id } = useParams();
  const { data: body, error, loading, reload } = useApi<BodyDetail>(`/api/bodies/${id}`);
  usePageTitle(body?.name ?? 'Instance');
  if (loading && !body) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!body) return null;
  const meetingPath = body.rules.deliberative ? 'seances' : 'reunions';
  return (
    <>
      <p>
        <Link to={`/conventions/${body.conventionId}/instances`}>← Instances</Link>
      </p>
      <h1>{body.name}</h1>
      <ConventionNav id={body.conventionId} />
      <dl className="facts">
        <div>
          <dt>Type</dt>
          <dd>{bodyKindLabels[body.kind]}</dd>
        </div>
        <div>
          <dt>Côté</dt>
          <dd>
            {bodySideLabels[body.side]}
            {body.organisationName ? ` (${body.organisationName})` : ''}
          </dd>
        </div>
        <div>
          <dt>Code</dt>
          <dd>{body.code}</dd>
        </div>
        {body.rules.deliberative ? (
          <div>
            <dt>Membres en exercice</dt>
            <dd>{body.membersInOffice}</dd>
          </div>
        ) : null}
        {body.signatoryName ? (
          <div>
            <dt>Signataire des extraits</dt>
            <dd>
              {body.signatoryName}
              {body.signatoryTitle ? `, ${body.signatoryTitle}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="titre-regles">
        <h2 id="titre-regles">Règles</h2>
        <RulesList rules={body.rules} label={`Règles : ${body.name}`} />
      </section>

      <section aria-labelledby="titre-seances">
        <h2 id="titre-seances">{body.rules.deliberative ? 'Séances' : 'Réunions'}</h2>
        {body.sessions.length === 0 ? (
          <p>Aucune {body.rules.deliberative ? 'séance' : 'réunion'} enregistrée.</p>
        ) : (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                {body.rules.deliberative ? 'Séances' : 'Réunions'} de l'instance, de la plus récente à la plus ancienne
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Lieu</th>
                  {body.rules.deliberative ? <th scope="col">Convocation</th> : null}
                  {body.rules.deliberative ? <th scope="col">État</th> : null}
                  <th scope="col">Points</th>
                </tr>
              </thead>
              <tbody>
                {[...body.sessions]
                  .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
                  .map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/${meetingPath}/${s.id}`}>
                          {body.rules.deliberative ? 'Séance' : 'Réunion'} du {formatDate(s.heldOn)}
                        </Link>
                      </th>
                      <td>{s.place ?? '—'}</td>
                      {body.rules.deliberative ? (
                        <td>{s.convocation === 'second' ? 'Seconde convocation' : 'Première convocation'}</td>
                      ) : null}
                      {body.rules.deliberative ? <td>{sessionStatusLabels[s.status]}</td> : null}
                      <td>{s.itemCount}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableWrapper>
        )}
        {body.can.manage ? (
          body.rules.deliberative ? (
            <NewSessionForm body={body} />
          ) : (
            <NewMeetingForm body={body} />
          )
        ) : null}
      </section>

      {body.rules.deliberative ? null : <StandingMembersSection body={body} />}

      {body.rules.deliberative ? (
        <section aria-labelledby="titre-membres">
          <h2 id="titre-membres">Membres et mandats</h2>
          <MandatesTable body={body} />
          {body.can.manage ? <MandateForm body={body} onSaved={reload} /> : null}
        </section>
      ) : null}

      {body.delegationsGiven.length + body.delegationsReceived.length > 0 ? (
        <section aria-labelledby="titre-delegations">
          <h2 id="titre-delegations">Délégations</h2>
          <ul>
            {body.delegationsGiven.map((d) => (
              <li key={d.id}>
                Donnée à {d.toBody.name} : <DelegationText d={d} />
              </li>
            ))}
            {body.delegationsReceived.map((d) => (
              <li key={d.id}>
                Reçue de {d.fromBody.name} : <DelegationText d={d} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!body.rules.deliberative ? <ActionItemsSection bodyId={body.id} /> : null}
    </>
  );
}

export function DelegationText({ d }: { d: DelegationView }) {
  const years =
    d.fromYear && d.untilYear
      ? ` (de ${d.fromYear} à ${d.untilYear})`
      : d.fromYear
        ? ` (à partir de ${d.fromYear})`
        : d.untilYear
          ? ` (jusqu'en ${d.untilYear})`
          : '';
  return (
    <>
      {matterLabels[d.matter]}
      {years} — {d.description} Délibération <Link to={`/deliberations/${d.decisionId}`}>{d.decisionReference}</Link> du{' '}
      {formatDate(d.grantedOn)}.
    </>
  );
}

function MandatesTable({ body }: { body: BodyDetail }) {
  if (body.mandates.length === 0) return <p>Aucun mandat enregistré.</p>;
  return (
    <TableWrapper>
      <table>
        <caption className="visually-hidden">Mandats des membres de l'instance</caption>
        <thead>
          <tr>
            <th scope="col">Membre</th>
            <th scope="col">Rôle</th>
            <th scope="col">Qualité</th>
            <th scope="col">Voix</th>
            <th scope="col">Début</th>
            <th scope="col">Fin</th>
            <th scope="col">En exercice</th>
          </tr>
        </thead>
        <tbody>
          {body.mandates.map((m) => (
            <tr key={m.id}>
              <th scope="row">{personLabel(m.member)}</th>
              <td>{mandateRoleLabels[m.role]}</td>
              <td>{m.quality ?? '—'}</td>
              <td>{m.voting ? 'Délibérative' : 'Consultative'}</td>
              <td>{formatDate(m.startOn, '—')}</td>
              <td>{formatDate(m.endOn, '—')}</td>
              <td>{m.inOffice ? 'Oui' : 'Non'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}

/** Every action item of a COPIL or COTECH, with where it was raised and its state. */
function ActionItemsSection({ bodyId }: { bodyId: string }) {
  const items = useApi<ActionItemView[]>(`/api/bodies/${bodyId}/action-items`);
  return (
    <section aria-labelledby="titre-actions">
      <h2 id="titre-actions">Actions</h2>
      <ErrorMessage error={items.error} />
      {items.data?.length === 0 ? <p>Aucune action décidée.</p> : null}
      {items.data && items.data.length > 0 ? (
        <TableWrapper>
          <table>
            <caption className="visually-hidden">Actions décidées par l'instance et leur suivi</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Responsable</th>
                <th scope="col">Échéance</th>
                <th scope="col">Statut</th>
                <th scope="col">Décidée le</th>
              </tr>
            </thead>
            <tbody>
              {items.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>
                    {[a.owner ? personLabel(a.owner) : null, a.ownerOrganisation?.name].filter(Boolean).join(', ') ||
                      '—'}
                  </td>
                  <td className={a.overdue ? 'overdue' : undefined}>
                    {formatDate(a.dueOn, '—')}
                    {a.overdue ? ' (en retard)' : ''}
                  </td>
                  <td>{actionItemStatusLabels[a.status]}</td>
                  <td>
                    <Link to={`/reunions/${a.raisedAt.meetingId}`}>{formatDate(a.raisedAt.heldOn)}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}
    </section>
  );
}
