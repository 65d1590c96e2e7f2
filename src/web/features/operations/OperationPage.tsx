import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { requestStatusLabels, type RequestStatus } from '../../../contracts/finance';
import {
  fundingSourceLabels,
  operationKindLabels,
  operationStatusLabels,
  phaseLabels,
  phases,
  programmeLabels,
  type OperationView,
} from '../../../contracts/operations';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatEuros, formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { TableWrapper } from '../../ui/TableWrapper';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One operation: its facts, its phases on a timeline, its dwellings, its funding and payment requests. */
export function OperationPage() {
  const { operationId } = useParams();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const { data: o, error, loading } = useApi<OperationView>(`/api/operations/${operationId}`);
  usePageTitle(o ? `${o.reference} — ${o.label}` : 'Opération');
  return (
    <>
      <h1>{o ? `${o.reference} — ${o.label}` : 'Opération'}</h1>
      {o ? <ConventionNav id={o.conventionId} /> : null}
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      {loading && !o ? <Loading /> : null}
      {o ? (
        <>
          <p>
            <Link to={`/conventions/${o.conventionId}/operations`}>Retour aux opérations</Link>
            {o.can.write ? (
              <>
                {' · '}
                <Link to={`/operations/${o.id}/modifier`}>Modifier l'opération</Link>
              </>
            ) : null}
          </p>
          <section className="panel" aria-labelledby="titre-op">
            <h2 id="titre-op">L'opération</h2>
            <dl className="facts">
              <Fact term="Nature">{operationKindLabels[o.kind]}</Fact>
              <Fact term="Programme">{programmeLabels[o.programme]}</Fact>
              <Fact term="Commune">
                {o.communeName}
                {o.epciName ? ` (${o.epciName})` : ''}
              </Fact>
              <Fact term="Résidence">{o.residence ?? '—'}</Fact>
              <Fact term="État">{operationStatusLabels[o.status]}</Fact>
              <Fact term="Avancement">{o.percentComplete} %</Fact>
              <Fact term="Dépenses à date">
                {o.spent ? formatEuros(o.spent) : '—'}
                {o.spentOn ? ` (tableau d'avancement accepté, état au ${formatDate(o.spentOn)})` : ''}
              </Fact>
              <Fact term="Consommation avant / après">
                {o.energyBefore ?? '—'} / {o.energyAfter ?? '—'} kWh/m²·an
              </Fact>
              <Fact term="Coût HT / TTC">
                {o.costExclTax ? formatEuros(o.costExclTax) : '—'} / {o.costInclTax ? formatEuros(o.costInclTax) : '—'}
              </Fact>
              <Fact term="Risques">{o.risks ?? '—'}</Fact>
              <Fact term="Commentaires">{o.comments ?? '—'}</Fact>
            </dl>
          </section>
          <section className="panel" aria-labelledby="titre-phases">
            <h2 id="titre-phases">Calendrier des phases</h2>
            <ol className="timeline">
              {phases.map((p) => {
                const phase = o.phases.find((x) => x.phase === p);
                return (
                  <li key={p}>
                    <strong>{phaseLabels[p]}</strong> : prévue {formatDate(phase?.plannedOn, '—')}, réelle{' '}
                    {formatDate(phase?.actualOn, '—')}
                  </li>
                );
              })}
            </ol>
          </section>
          <section className="panel" aria-labelledby="titre-logements">
            <h2 id="titre-logements">Logements ({o.dwellingCount})</h2>
            {o.dwellings.length + o.classCounts.length + o.unclassifiedDwellings === 0 ? (
              <p>Aucun logement.</p>
            ) : (
              <TableWrapper>
                <table>
                  <caption className="visually-hidden">Logements de l'opération et classes</caption>
                  <thead>
                    <tr>
                      <th scope="col">Logement</th>
                      <th scope="col">Classe avant</th>
                      <th scope="col">Classe visée</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.dwellings.map((d) => (
                      <tr key={d.dwellingId}>
                        <th scope="row">
                          <Link to={`/patrimoine/${o.organisationId}/logements/${d.dwellingId}`}>{d.label}</Link> (
                          {d.communeName})
                        </th>
                        <td>{d.classBefore ?? 'sans DPE'}</td>
                        <td>{d.targetClass ?? '—'}</td>
                      </tr>
                    ))}
                    {o.classCounts.map((c) => (
                      <tr key={c.classBefore}>
                        <th scope="row">{c.count} logement(s) non identifié(s)</th>
                        <td>{c.classBefore}</td>
                        <td>{c.targetClass ?? '—'}</td>
                      </tr>
                    ))}
                    {o.unclassifiedDwellings > 0 ? (
                      <tr>
                        <th scope="row">{o.unclassifiedDwellings} logement(s) sans classe connue (hors trajectoire)</th>
                        <td>—</td>
                        <td>—</td>
                      </tr>
                    ) : null}
                  </tbody>
                </table>
              </TableWrapper>
            )}
          </section>
          <section className="panel" aria-labelledby="titre-financement">
            <h2 id="titre-financement">Plan de financement</h2>
            {o.fundingLines.length === 0 ? (
              <p>Aucun financement.</p>
            ) : (
              <TableWrapper>
                <table>
                  <caption className="visually-hidden">Financements de l'opération</caption>
                  <thead>
                    <tr>
                      <th scope="col">Source</th>
                      <th scope="col">Montant</th>
                      <th scope="col">Convention financière</th>
                      <th scope="col">Affecté par le Département</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.fundingLines.map((l) => (
                      <tr key={l.id}>
                        <th scope="row">{fundingSourceLabels[l.source]}</th>
                        <td>{formatEuros(l.amount)}</td>
                        <td>
                          {l.fundingAgreementId ? (
                            <Link to={`/conventions-financieres/${l.fundingAgreementId}`}>{l.agreementLabel}</Link>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td>{l.fundingAgreementId ? formatEuros(l.affected) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrapper>
            )}
            <h3>Demandes de versement de l'opération</h3>
            {o.paymentRequests.length === 0 ? (
              <p>Aucune demande de versement.</p>
            ) : (
              <ul>
                {o.paymentRequests.map((r) => (
                  <li key={r.id}>
                    <Link to={`/demandes-de-versement/${r.id}`}>Demande de {formatEuros(r.amount)}</Link> —{' '}
                    {requestStatusLabels[r.status as RequestStatus]}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
