import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { matterLabels } from '../../../contracts/governance';
import type { DecisionView } from '../../../contracts/governance-sessions';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate, formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { DelegationText } from './BodyPage';
import { CorrectionForm, DelegationForm, EditDecisionForm, TransmissionForm } from './DecisionForms';
import { TableWrapper } from '../../ui/TableWrapper';

const fieldLabels: Record<string, string> = {
  title: 'Objet',
  text: 'Dispositif',
  actesCode: 'Code ACTES',
  budgetYear: 'Année budgétaire',
  budgetName: 'Budget',
  url: 'Adresse du document',
};

/** One decision: number, date, ACTES subject, vote, what it decides, delegations, transmission, corrections, and its extract as PDF or DOCX. */
export function DecisionPage() {
  const { id } = useParams();
  const loaded = useApi<DecisionView>(`/api/decisions/${id}`);
  const [answer, setAnswer] = useState<DecisionView | null>(null);
  const d = answer?.id === id ? answer : loaded.data;
  usePageTitle(d ? `Délibération ${d.reference}` : 'Délibération');
  if (loaded.loading && !d) return <Loading />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!d) return null;
  return (
    <article>
      <p>
        <Link to={`/conventions/${d.conventionId}/deliberations`}>← Délibérations</Link>
      </p>
      <h1>Délibération {d.reference}</h1>
      <ConventionNav id={d.conventionId} />
      {d.locked ? (
        <p className="alert alert-info">
          Procès-verbal approuvé : la délibération ne se modifie plus ; une correction est enregistrée comme
          rectification.
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Numéro</dt>
          <dd>{d.reference}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDate(d.decidedOn)}</dd>
        </div>
        <div>
          <dt>Instance</dt>
          <dd>
            <Link to={`/instances/${d.body.id}`}>{d.body.name}</Link>
          </dd>
        </div>
        <div>
          <dt>Séance</dt>
          <dd>
            <Link to={`/seances/${d.sessionId}`}>Séance du {formatDate(d.decidedOn)}</Link>
          </dd>
        </div>
        <div>
          <dt>Matière</dt>
          <dd>
            {matterLabels[d.matter]}
            {d.matterYear ? ` ${d.matterYear}` : ''}
          </dd>
        </div>
        <div>
          <dt>Code ACTES</dt>
          <dd>{d.actesCode ? `${d.actesCode} — ${d.actesName ?? ''}` : 'non renseigné'}</dd>
        </div>
        <div>
          <dt>Transmission en préfecture</dt>
          <dd>
            {d.transmittedOn
              ? `le ${formatDate(d.transmittedOn)}${d.prefectureId ? ` (${d.prefectureId})` : ''}`
              : 'non transmise'}
          </dd>
        </div>
        {d.budgetYear || d.budgetName ? (
          <div>
            <dt>Budget</dt>
            <dd>{[d.budgetName, d.budgetYear].filter(Boolean).join(' ')}</dd>
          </div>
        ) : null}
        {d.url ? (
          <div>
            <dt>Document publié</dt>
            <dd>
              <a href={d.url}>{d.url}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {d.warnings.length > 0 ? (
        <div className="warnings">
          <ul>
            {d.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="titre-extrait">
        <h2 id="titre-extrait">Extrait du registre des délibérations</h2>
        <p className="downloads">
          <a href={`/api/decisions/${d.id}/extract.pdf`} download>
            Télécharger l'extrait (PDF)
          </a>
          <a href={`/api/decisions/${d.id}/extract.docx`} download>
            Télécharger l'extrait (DOCX, à modifier et signer)
          </a>
        </p>
      </section>

      <h2>Objet</h2>
      <p>{d.title}</p>
      {d.text ? (
        <>
          <h2>Dispositif</h2>
          {d.text.split('\n\n').map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </>
      ) : null}

      <section aria-labelledby="titre-vote">
        <h2 id="titre-vote">Vote</h2>
        {d.outcome.code === 'adopted_unrecorded' ? (
          <p>Décompte des voix non connu : la délibération est enregistrée d'après les textes qui la citent.</p>
        ) : (
          <dl className="gov-figures">
            <div>
              <dt>Membres en exercice</dt>
              <dd>{d.votes.membersInOffice}</dd>
            </div>
            <div>
              <dt>Présents</dt>
              <dd>{d.votes.present}</dd>
            </div>
            <div>
              <dt>Représentés</dt>
              <dd>{d.votes.represented}</dd>
            </div>
            <div>
              <dt>Votants</dt>
              <dd>{d.votes.voters}</dd>
            </div>
            <div>
              <dt>Pour</dt>
              <dd>{d.votes.for}</dd>
            </div>
            <div>
              <dt>Contre</dt>
              <dd>{d.votes.against}</dd>
            </div>
            <div>
              <dt>Abstentions</dt>
              <dd>{d.votes.abstention}</dd>
            </div>
            <div>
              <dt>Ne prennent pas part au vote</dt>
              <dd>{d.votes.notTakingPart}</dd>
            </div>
          </dl>
        )}
        <p className="outcome">{d.outcome.wording}</p>
      </section>

      <section aria-labelledby="titre-objets">
        <h2 id="titre-objets">Ce que décide la délibération</h2>
        {d.links.length === 0 ? (
          <p>Aucun objet lié.</p>
        ) : (
          <ul>
            {d.links.map((l) => (
              <li key={`${l.targetType}-${l.targetId}`}>
                {l.relation === 'decides' ? 'Décide : ' : 'Prend acte : '}
                {l.label}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-delegations">
        <h2 id="titre-delegations">Délégations</h2>
        {d.delegation ? (
          <p>
            Prise en vertu de la délégation de {d.delegation.fromBody.name} : <DelegationText d={d.delegation} />
          </p>
        ) : (
          <p>Prise par l'instance de sa propre compétence.</p>
        )}
        {d.delegationsGiven.length > 0 ? (
          <ul aria-label="Délégations données par cette délibération">
            {d.delegationsGiven.map((g) => (
              <li key={g.id}>
                À {g.toBody.name} : <DelegationText d={g} />
              </li>
            ))}
          </ul>
        ) : null}
        {d.can.edit ? <DelegationForm decision={d} onSaved={setAnswer} /> : null}
      </section>

      {d.can.transmit ? <TransmissionForm decision={d} onSaved={setAnswer} /> : null}
      {d.can.edit ? <EditDecisionForm key={d.id} decision={d} onSaved={setAnswer} /> : null}

      <section aria-labelledby="titre-rectifications">
        <h2 id="titre-rectifications">Rectifications</h2>
        {d.corrections.length === 0 ? (
          <p>Aucune rectification.</p>
        ) : (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                Rectifications apportées après l'approbation du procès-verbal
              </caption>
              <thead>
                <tr>
                  <th scope="col">Le</th>
                  <th scope="col">Champ</th>
                  <th scope="col">Avant</th>
                  <th scope="col">Après</th>
                  <th scope="col">Motif</th>
                  <th scope="col">Par</th>
                </tr>
              </thead>
              <tbody>
                {d.corrections.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{formatDateTime(c.correctedAt)}</th>
                    <td>{fieldLabels[c.field] ?? c.field}</td>
                    <td>{c.previous ?? '—'}</td>
                    <td>{c.corrected ?? '—'}</td>
                    <td>{c.reason}</td>
                    <td>{c.actorLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        )}
        {d.can.correct ? <CorrectionForm decision={d} onSaved={setAnswer} fieldLabels={fieldLabels} /> : null}
      </section>
    </article>
  );
}
