import { Link, useParams } from 'react-router';
import { energyClasses, territoryLabels, type StockSummary, type TrajectoryView } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDateTime, formatNumber, formatPercent } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { BarChart } from './BarChart';
import { EpciSection } from './EpciSection';
import {
  ClassBadge,
  classFill,
  DemoNotice,
  ImportStatusBadge,
  KeyFigure,
  plural,
  StockNav,
  typeLabel,
} from './housing-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const percent = (n: number, total: number) => (total === 0 ? '0 %' : formatPercent((n * 100) / total, 1));

/** A landlord's stock at a glance: dwellings, DPE classes, construction types, EPCI, establishments, last import. */
export function StockOverviewPage() {
  const { id } = useParams();
  const { data, error, loading } = useApi<StockSummary>(`/api/stocks/${id}`);
  const trajectory = useApi<TrajectoryView>(`/api/stocks/${id}/trajectory?by=epci`);
  usePageTitle(data ? `Patrimoine — ${data.name}` : 'Patrimoine');
  return (
    <>
      <h1>Patrimoine{data ? ` — ${data.name}` : null}</h1>
      {id ? <StockNav id={id} /> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading label="Chargement du patrimoine…" /> : null}
      {data ? (
        <>
          <DemoNotice notice={data.demoNotice} />
          <section aria-labelledby="titre-chiffres">
            <h2 id="titre-chiffres" className="visually-hidden">
              Chiffres clés
            </h2>
            <dl className="key-figures">
              <KeyFigure term="Logements">{formatNumber(data.dwellings)}</KeyFigure>
              <KeyFigure term="Collectifs">{formatNumber(data.byConstructionType.collective)}</KeyFigure>
              <KeyFigure term="Individuels">{formatNumber(data.byConstructionType.individual)}</KeyFigure>
              <KeyFigure term="Sans DPE">{formatNumber(data.withoutDpe)}</KeyFigure>
              <KeyFigure term="Communes">{formatNumber(data.communes)}</KeyFigure>
              <KeyFigure term="EPCI">{formatNumber(data.epcis)}</KeyFigure>
              <KeyFigure term="En QPV">{formatNumber(data.inQpv)}</KeyFigure>
              <KeyFigure term="Bâtiments">{formatNumber(data.buildings)}</KeyFigure>
            </dl>
          </section>
          <ClassSection summary={data} />
          <TypeSection summary={data} />
          <EpciSection
            stockId={data.organisationId}
            trajectory={trajectory.data}
            error={trajectory.error}
            dwellingsByEpci={data.byEpci}
          />
          <Establishments summary={data} />
          <LastImport summary={data} />
        </>
      ) : null}
    </>
  );
}

function ClassSection({ summary: s }: { summary: StockSummary }) {
  const g = s.byEffectiveClass;
  const chartSummary =
    `Graphique en barres : logements par étiquette DPE retenue (la pire des étiquettes énergie et GES). ` +
    energyClasses.map((c) => `${c} : ${formatNumber(g[c])}`).join(', ') +
    `. Sans DPE : ${formatNumber(s.withoutDpe)}. Le tableau qui suit donne chaque nombre.`;
  return (
    <section aria-labelledby="titre-classes" className="panel">
      <h2 id="titre-classes">Étiquettes DPE</h2>
      <p>
        L'étiquette retenue est la pire des deux étiquettes du DPE (énergie et gaz à effet de serre) : c'est elle qui
        décide de l'interdiction de location. {plural(g.G, 'logement')} G, {formatNumber(g.F)} F et {formatNumber(g.E)}{' '}
        E.
      </p>
      <BarChart
        bars={energyClasses.map((c) => ({ key: c, label: `Classe ${c}`, value: g[c], fill: classFill[c] }))}
        summary={chartSummary}
      />
      <TableWrapper>
        <table className="numbers">
          <caption>Logements par étiquette DPE</caption>
          <thead>
            <tr>
              <th scope="col">Classe</th>
              <th scope="col">Étiquette retenue</th>
              <th scope="col">Part</th>
              <th scope="col">Étiquette énergie</th>
              <th scope="col">Étiquette GES</th>
              <th scope="col">Liste</th>
            </tr>
          </thead>
          <tbody>
            {energyClasses.map((c) => (
              <tr key={c}>
                <th scope="row">
                  <ClassBadge value={c} />
                </th>
                <td>{formatNumber(g[c])}</td>
                <td>{percent(g[c], s.dwellings)}</td>
                <td>{formatNumber(s.byEnergyClass[c])}</td>
                <td>{formatNumber(s.byGhgClass[c])}</td>
                <td className="text">
                  {g[c] > 0 ? (
                    <Link to={`/patrimoine/${s.organisationId}/logements?effectiveClass=${c}`}>
                      Voir les logements {c}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">Sans DPE</th>
              <td>{formatNumber(s.withoutDpe)}</td>
              <td>{percent(s.withoutDpe, s.dwellings)}</td>
              <td colSpan={3}></td>
            </tr>
          </tbody>
        </table>
      </TableWrapper>
    </section>
  );
}

function TypeSection({ summary: s }: { summary: StockSummary }) {
  const types = (['collective', 'individual', 'student'] as const).map((t) => ({
    key: t,
    label: typeLabel(t),
    value: s.byConstructionType[t],
  }));
  const chartSummary = `Graphique en barres : logements par type de construction. ${types.map((t) => `${t.label} : ${formatNumber(t.value)}`).join(', ')}. Le tableau qui suit donne chaque nombre.`;
  return (
    <section aria-labelledby="titre-types" className="panel">
      <h2 id="titre-types">Types de construction</h2>
      <BarChart bars={types} summary={chartSummary} />
      <TableWrapper>
        <table className="numbers">
          <caption>Logements par type de construction et par territoire</caption>
          <thead>
            <tr>
              <th scope="col">Type ou territoire</th>
              <th scope="col">Logements</th>
              <th scope="col">Part</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.key}>
                <th scope="row">{t.label}</th>
                <td>{formatNumber(t.value)}</td>
                <td>{percent(t.value, s.dwellings)}</td>
              </tr>
            ))}
            {(['mainland', 'overseas'] as const).map((t) => (
              <tr key={t}>
                <th scope="row">{territoryLabels[t]}</th>
                <td>{formatNumber(s.territories[t])}</td>
                <td>{percent(s.territories[t], s.dwellings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrapper>
    </section>
  );
}

function Establishments({ summary: s }: { summary: StockSummary }) {
  const e = s.establishments;
  return (
    <section aria-labelledby="titre-etablissements" className="panel">
      <h2 id="titre-etablissements">Établissements</h2>
      {e.isDemo ? (
        <p className="muted">Données de démonstration : établissements générés, à compléter par le bailleur.</p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Résidences autonomie et foyers</dt>
          <dd>
            {plural(e.residences, 'établissement')}, {plural(e.beds, 'lit')}
          </dd>
        </div>
        <div>
          <dt>Béguinages</dt>
          <dd>
            {plural(e.beguinages, 'béguinage')}, {plural(e.beguinageDwellings, 'logement')}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function LastImport({ summary: s }: { summary: StockSummary }) {
  const last = s.lastImport;
  return (
    <section aria-labelledby="titre-dernier-import" className="panel">
      <h2 id="titre-dernier-import">Dernier import</h2>
      {last ? (
        <p>
          {formatDateTime(last.createdAt)} — « {last.filename} » :{' '}
          <ImportStatusBadge status={last.status} label={last.statusLabel} />
          {last.status === 'completed'
            ? ` — ${plural(last.counts.rowsValid, 'ligne importée', 'lignes importées')}`
            : null}
        </p>
      ) : (
        <p>
          {s.isDemo
            ? "Aucun import : le patrimoine affiché est celui de démonstration tant que le bailleur n'a pas importé son fichier RPLS."
            : 'Aucun import.'}
        </p>
      )}
      <p>
        <Link to={`/patrimoine/${s.organisationId}/imports`}>
          {s.can.import ? 'Importer le patrimoine (fichier RPLS ou modèle xlsx)' : 'Voir les imports du patrimoine'}
        </Link>
      </p>
    </section>
  );
}
