import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { territoryLabels, type DwellingDetail } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { DwellingOperationsSection } from '../operations/DwellingOperationsSection';
import { RetireDwellingSection } from './RetireDwellingSection';
import { ClassBadge, DemoNotice, formatSurface, StockNav, typeLabel } from './housing-ui';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const or = (value: string | number | null, empty = 'non renseigné') => (value === null || value === '' ? empty : value);

/** One dwelling: where it is, what it is, its DPE and the class that decides its letting ban. */
export function DwellingPage() {
  const { id, dwellingId } = useParams();
  const { data: d, error, loading, reload } = useApi<DwellingDetail>(`/api/dwellings/${dwellingId}`);
  const name = d ? `Logement ${d.identRep ?? d.identInt ?? d.id}` : 'Logement';
  usePageTitle(name);
  return (
    <>
      <h1>{name}</h1>
      {id ? <StockNav id={id} /> : null}
      <p>
        <Link to={`/patrimoine/${id}/logements`}>Retour à la liste des logements</Link>
      </p>
      <ErrorMessage error={error} />
      {loading && !d ? <Loading /> : null}
      {d ? (
        <>
          {d.isDemo ? (
            <DemoNotice notice="Données de démonstration : ce logement est généré (répartition fictive) ; il sera remplacé par le premier import RPLS du bailleur." />
          ) : null}
          <section aria-labelledby="titre-dpe" className="panel">
            <h2 id="titre-dpe">Diagnostic de performance énergétique</h2>
            <dl className="facts">
              <Fact term="Étiquette retenue (la pire des deux)">
                <ClassBadge value={d.effectiveClass} />
              </Fact>
              <Fact term="Étiquette énergie">
                <ClassBadge value={d.energyClass} />
              </Fact>
              <Fact term="Étiquette gaz à effet de serre">
                <ClassBadge value={d.ghgClass} />
              </Fact>
              <Fact term="Date du DPE">{formatDate(d.dpeDate)}</Fact>
              <Fact term="Numéro du DPE">{or(d.dpeReference)}</Fact>
            </dl>
          </section>
          <RetireDwellingSection dwelling={d} onSaved={reload} />
          <DwellingOperationsSection dwellingId={d.id} />
          <section aria-labelledby="titre-localisation" className="panel">
            <h2 id="titre-localisation">Localisation</h2>
            <dl className="facts">
              <Fact term="Commune">
                {d.communeName} ({d.communeCode})
              </Fact>
              <Fact term="EPCI">{d.epciName ? `${d.epciName} (${d.epciCode})` : 'non renseigné'}</Fact>
              <Fact term="Territoire">{territoryLabels[d.territory]}</Fact>
              <Fact term="Quartier prioritaire (QPV)">{d.qpvCode ?? 'Hors QPV'}</Fact>
              <Fact term="Adresse">{or(d.address, 'non renseignée')}</Fact>
              <Fact term="Bâtiment">
                {d.building ? `${d.building.code}${d.building.name ? ` — ${d.building.name}` : ''}` : 'non renseigné'}
              </Fact>
            </dl>
          </section>
          <section aria-labelledby="titre-caracteristiques" className="panel">
            <h2 id="titre-caracteristiques">Caractéristiques</h2>
            <dl className="facts">
              <Fact term="Identifiant RPLS (IDENT_REP)">{or(d.identRep)}</Fact>
              <Fact term="Identifiant interne (IDENT_INT)">{or(d.identInt)}</Fact>
              <Fact term="Type de construction">{typeLabel(d.constructionType)}</Fact>
              <Fact term="Pièces">{or(d.rooms, 'non renseigné')}</Fact>
              <Fact term="Surface habitable">{formatSurface(d.surface)}</Fact>
              <Fact term="Année de construction">{or(d.constructionYear, 'non renseignée')}</Fact>
              <Fact term="Financement initial">{or(d.financing)}</Fact>
            </dl>
          </section>
        </>
      ) : null}
    </>
  );
}
