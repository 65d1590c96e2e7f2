import { Link, useParams } from 'react-router';
import { envelopeKindLabels, type EnvelopeView, type FinanceOverview } from '../../../contracts/finance';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { envelopeKindShortLabels, formatDate, formatEuros } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { AllocationForm, RevisionForm } from './EnvelopeForms';
import { YearChart, YearTable } from './YearChart';
import { TableWrapper } from '../../ui/TableWrapper';
import { DeliberationOf, useDecisionTargets } from '../governance/DeliberationOf';

/** The envelopes (AP and AE): voted → allocated → committed → requested → paid, by year, the forecast and the lapse watch. */
export function FinancePage() {
  usePageTitle('Finances');
  const { id } = useParams();
  const { data, error, loading, reload } = useApi<FinanceOverview>(`/api/conventions/${id}/finance`);
  return (
    <>
      <h1>Finances</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p>
            Les enveloppes pluriannuelles votées par le Département, leurs délibérations d'application annuelles, les
            conventions financières qui les engagent et les versements.
          </p>
          {data.envelopes.length === 0 ? (
            <p>Aucune enveloppe financière n'est enregistrée pour cette convention.</p>
          ) : (
            <LapseAlerts overview={data} />
          )}
          {data.envelopes.map((envelope) => (
            <EnvelopeSection key={envelope.id} envelope={envelope} overview={data} onSaved={reload} />
          ))}
          <Exports conventionId={data.conventionId} />
        </>
      ) : null}
    </>
  );
}

function LapseAlerts({ overview }: { overview: FinanceOverview }) {
  return (
    <section aria-labelledby="titre-alertes" className="panel">
      <h2 id="titre-alertes">Alertes de caducité</h2>
      {overview.lapseAlerts.length === 0 ? (
        <p>Aucune alerte : les crédits alloués sont engagés et les demandes sont instruites dans les délais.</p>
      ) : (
        <ul className="alert-list">
          {overview.lapseAlerts.map((a, i) => (
            <li key={i}>
              <span className="alert-tag">Alerte</span> {a.message}{' '}
              {a.link ? <Link to={a.link}>Voir le détail</Link> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Figure({ term, amount }: { term: string; amount: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{formatEuros(amount)}</dd>
    </div>
  );
}

function EnvelopeSection({
  envelope: env,
  overview,
  onSaved,
}: {
  envelope: EnvelopeView;
  overview: FinanceOverview;
  onSaved(): void;
}) {
  const kind = envelopeKindShortLabels[env.kind];
  const targets = useDecisionTargets(overview.conventionId);
  const headingId = `enveloppe-${env.kind}`;
  const f = env.forecast;
  const endYear = Number(env.periodEnd.slice(0, 4));
  const firstRemaining = f.remainingYears[0];
  const lastRemaining = f.remainingYears.at(-1);
  return (
    <section aria-labelledby={headingId} className="panel envelope">
      <h2 id={headingId}>{envelopeKindLabels[env.kind]}</h2>
      <p className="muted">{env.label}</p>
      <dl className="facts">
        <Figure term="Montant voté" amount={env.initialAmount} />
        <Figure term="Montant révisé" amount={env.amount} />
        <div>
          <dt>Période</dt>
          <dd>
            du {formatDate(env.periodStart)} au {formatDate(env.periodEnd)}
          </dd>
        </div>
        <div>
          <dt>Délibération</dt>
          <dd>
            {env.deliberationRef} ({formatDate(env.deliberationDate)})
            <DeliberationOf targets={targets} type="envelope" id={env.id} />
          </dd>
        </div>
      </dl>

      <h3>Consommation</h3>
      <dl className="facts totals">
        <Figure term="Alloué" amount={env.totals.allocated} />
        <Figure term="Engagé" amount={env.totals.committed} />
        <Figure term="Demandé" amount={env.totals.requested} />
        <Figure term="Versé" amount={env.totals.paid} />
        <Figure term="Reversé" amount={env.totals.reimbursed} />
        <Figure term="Reste à allouer" amount={env.totals.leftToAllocate} />
        <Figure term="Reste à verser" amount={env.totals.leftToPay} />
      </dl>

      <h3>Prévision</h3>
      <ul className="forecast" aria-label={`Prévision ${kind}`}>
        <li>Reste à allouer : {formatEuros(env.totals.leftToAllocate)}</li>
        {f.requiredPace !== null && firstRemaining !== undefined ? (
          <li>
            Rythme annuel nécessaire{' '}
            {firstRemaining === lastRemaining ? firstRemaining : `${firstRemaining}–${lastRemaining}`} :{' '}
            {formatEuros(f.requiredPace)}
          </li>
        ) : (
          <li>Plus aucune année à allouer sur la période.</li>
        )}
        {f.missedYears.length > 0 ? (
          <li>
            {f.missedYears.length === 1
              ? `Année sans délibération d'application : ${f.missedYears[0]}`
              : `Années sans délibération d'application : ${f.missedYears.join(', ')}`}
          </li>
        ) : null}
        <li>
          Rythme actuel :{' '}
          {f.currentPace !== null ? `${formatEuros(f.currentPace)} par an` : 'aucune allocation pour le moment'}
        </li>
        {f.projectedExhaustionYear !== null ? (
          <li>Épuisement prévu en {f.projectedExhaustionYear} au rythme actuel</li>
        ) : null}
        <li>
          {f.onTrack ? (
            <span className="badge badge-ok">Dans les temps : l'enveloppe sera consommée d'ici {endYear}</span>
          ) : (
            <span className="badge badge-late">
              En retard : au rythme actuel, l'enveloppe ne sera pas consommée d'ici {endYear}
            </span>
          )}
        </li>
      </ul>

      <h3>Par année</h3>
      <YearChart envelope={env} idPrefix={`motif-${env.kind}`} />
      <YearTable envelope={env} caption={`Montants par année — ${kind}`} />

      <h3>Délibérations d'application</h3>
      <Allocations envelope={env} overview={overview} />

      {env.revisions.length > 0 ? (
        <>
          <h3>Révisions de l'enveloppe</h3>
          <ul>
            {env.revisions.map((r) => (
              <li key={r.id}>
                À compter du {formatDate(r.effectiveOn)} : {formatEuros(r.amount)} — {r.deliberationRef} (
                {formatDate(r.deliberationDate)}){r.reason ? ` — ${r.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {overview.can.setUp ? (
        <>
          <AllocationForm envelope={env} onSaved={onSaved} />
          <RevisionForm envelope={env} onSaved={onSaved} />
        </>
      ) : null}
    </section>
  );
}

function Allocations({ envelope: env, overview }: { envelope: EnvelopeView; overview: FinanceOverview }) {
  const kind = envelopeKindShortLabels[env.kind];
  const targets = useDecisionTargets(overview.conventionId);
  if (env.allocations.length === 0) return <p>Aucune délibération d'application enregistrée.</p>;
  return (
    <TableWrapper>
      <table>
        <caption className="visually-hidden">Délibérations d'application — {kind}</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">Montant</th>
            <th scope="col">Délibération</th>
            <th scope="col">Engagé</th>
            <th scope="col">Convention financière</th>
          </tr>
        </thead>
        <tbody>
          {env.allocations.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.year}</th>
              <td>{formatEuros(a.amount)}</td>
              <td>
                {a.deliberationBody}, {formatDate(a.deliberationDate)}
                {a.deliberationNumber ? `, n° ${a.deliberationNumber}` : ''}
                <DeliberationOf targets={targets} type="allocation" id={a.id} />
              </td>
              <td>{formatEuros(a.committed)}</td>
              <td>
                {a.fundingAgreementId ? (
                  <Link to={`/conventions-financieres/${a.fundingAgreementId}`}>
                    Convention financière {a.year} — {kind}
                  </Link>
                ) : overview.can.manage ? (
                  <Link
                    className="button-link"
                    to={`/conventions/${overview.conventionId}/finances/allocations/${a.id}/convention-financiere`}
                  >
                    Établir la convention financière {a.year} — {kind}
                  </Link>
                ) : (
                  'Pas encore établie'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}

const csvTables = [
  ['enveloppes', 'Enveloppes'],
  ['deliberations', "Délibérations d'application"],
  ['conventions-financieres', 'Conventions financières'],
  ['echeanciers', 'Échéanciers'],
  ['demandes-de-versement', 'Demandes de versement'],
  ['garanties', "Garanties d'emprunt"],
] as const;

/** Downloads: the whole workbook, each table as CSV for Excel, and the SCDL open-data file. */
function Exports({ conventionId }: { conventionId: string }) {
  const base = `/api/conventions/${conventionId}/exports`;
  return (
    <section aria-labelledby="titre-exports" className="panel">
      <h2 id="titre-exports">Exports</h2>
      <ul>
        <li>
          <a href={`${base}/finances.xlsx`} download>
            Classeur des finances (Excel, .xlsx)
          </a>
        </li>
        <li>
          Tableaux au format CSV pour Excel :{' '}
          {csvTables.map(([table, label], i) => (
            <span key={table}>
              {i > 0 ? ', ' : null}
              <a href={`${base}/finances.csv?table=${table}`} download>
                {label} (CSV)
              </a>
            </span>
          ))}
        </li>
        <li>
          <a href={`${base}/scdl-subventions.csv`} download>
            Données essentielles des subventions (SCDL 2.1.1, CSV)
          </a>
        </li>
      </ul>
    </section>
  );
}
