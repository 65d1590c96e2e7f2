import { useState } from 'react';
import { useParams } from 'react-router';
import type { ConventionDetail } from '../../../contracts/convention-content';
import { ApiError, downloadFile, saveDownload } from '../../app/api';
import { ConventionNav } from '../conventions/ConventionNav';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { SelectField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';

type Kind = 'annual-review' | 'copil-pack';
const kindLabels: Record<Kind, string> = { 'annual-review': 'Bilan annuel', 'copil-pack': 'Dossier du COPIL' };

/** Choose a year, then download the annual review or the COPIL pack as PDF (to read) or DOCX (to edit). */
export function ReviewPage() {
  const { id } = useParams();
  const { data: convention, error, loading } = useApi<ConventionDetail>(`/api/conventions/${id}`);
  usePageTitle('Bilan annuel');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (loading && !convention) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!convention) return null;
  const first = Number(convention.periodStart.slice(0, 4));
  const last = Math.min(Number(convention.periodEnd.slice(0, 4)), thisYear);
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
  const chosen = year ?? String(years.includes(thisYear - 1) ? thisYear - 1 : years[0]);

  async function download(kind: Kind, format: 'pdf' | 'docx') {
    const what = `${kindLabels[kind]} ${chosen} (${format.toUpperCase()})`;
    setBusy(`Génération du document « ${what} » en cours…`);
    setDone(null);
    setFailure(null);
    try {
      const { blob, filename } = await downloadFile(`/api/conventions/${id}/${kind}?year=${chosen}&format=${format}`);
      saveDownload(blob, filename);
      setDone(`Document prêt : ${filename}.`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e : null);
    } finally {
      setBusy(null);
    }
  }

  return (
    <article>
      <ConventionNav id={convention.id} />
      <h1>Bilan annuel</h1>
      <p>
        Le bilan reprend, pour l'année choisie, l'état des engagements objectif par objectif, les indicateurs au regard
        de leurs cibles (graphique et tableau), les finances, les opérations livrées et la trajectoire du patrimoine, la
        gouvernance de l'année et les obligations. Le dossier du COPIL y ajoute le projet de demande de l'année suivante
        (prévisionnel de volumes et montants demandés). Le PDF se lit et s'imprime, le DOCX se modifie.
      </p>
      <p>
        Accessibilité : le PDF n'est pas balisé (sa bibliothèque, pdfmake, ne produit pas de PDF balisé), un lecteur
        d'écran n'y retrouve ni titres ni tableaux. Le DOCX est la version accessible : titres, tableaux avec en-têtes
        et graphique décrit par un texte de remplacement et suivi de ses données.
      </p>
      <SelectField
        label="Année du bilan"
        value={chosen}
        onChange={(e) => setYear(e.target.value)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div aria-live="polite">
        {busy ? <p role="status">{busy}</p> : null}
        {done ? <StatusMessage>{done}</StatusMessage> : null}
      </div>
      <ErrorMessage error={failure} />
      {(['annual-review', 'copil-pack'] as const).map((kind) => (
        <section key={kind} aria-labelledby={`titre-${kind}`} className="panel">
          <h2 id={`titre-${kind}`}>
            {kindLabels[kind]} {chosen}
            {kind === 'copil-pack' ? ` et projet de demande ${Number(chosen) + 1}` : ''}
          </h2>
          <p>
            <button
              type="button"
              className="button-primary"
              disabled={busy !== null}
              onClick={() => void download(kind, 'pdf')}
            >
              Télécharger en PDF
            </button>{' '}
            <button type="button" disabled={busy !== null} onClick={() => void download(kind, 'docx')}>
              Télécharger en DOCX
            </button>
          </p>
        </section>
      ))}
      <section aria-labelledby="titre-donnees" className="panel">
        <h2 id="titre-donnees">Toutes les données de la convention</h2>
        <p>
          Un classeur xlsx, une feuille par domaine : convention et parties, engagements, finances, trajectoire,
          opérations, délibérations, obligations, indicateurs.{' '}
          <a href={`/api/conventions/${convention.id}/exports/convention.xlsx`} download>
            Télécharger le classeur de la convention (xlsx)
          </a>
        </p>
      </section>
    </article>
  );
}
