import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { importShapeLabels, importShapes, type ImportMode, type StockImportView } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { DemoNotice, StockHeading, StockNav, useStock } from './housing-ui';
import { useStockImport } from './useStockImport';

const modeLabels: Record<ImportMode, string> = {
  all_or_nothing: "Ne rien importer (tout ou rien) : je corrige le fichier puis je l'importe à nouveau",
  valid_rows_only:
    'Importer seulement les lignes valides : les lignes en erreur sont ignorées et signalées dans le rapport',
};

/** Importing the stock (RPLS CSV or the xlsx template): the form, the progress, the report, and past imports. */
export function ImportPage() {
  const { id = '' } = useParams();
  const { stock, error: stockError, reload: reloadStock } = useStock(id);
  usePageTitle(stock ? `Imports — ${stock.name}` : 'Imports du patrimoine');
  const history = useApi<StockImportView[]>(`/api/stocks/${id}/imports`);
  const { run, start } = useStockImport(id);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [fileError, setFileError] = useState<string | undefined>(undefined);

  const reloadHistory = history.reload;
  const finished = run.result !== null || run.error !== null;
  useEffect(() => {
    if (!finished) return;
    reloadHistory();
    reloadStock();
  }, [finished, reloadHistory, reloadStock]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError('Choisissez un fichier RPLS (.csv) ou le modèle Copil (.xlsx).');
    setFileError(undefined);
    void start(file, mode);
  };

  return (
    <>
      <StockHeading section="Imports du patrimoine" stock={stock} />
      <StockNav id={id} />
      <ErrorMessage error={stockError} />
      <DemoNotice notice={stock?.demoNotice} />
      {stock?.canImport ? (
        <section aria-labelledby="titre-importer" className="panel">
          <h2 id="titre-importer">Importer un fichier</h2>
          <p>Fichiers acceptés :</p>
          <ul>
            <li>
              le fichier RPLS du bailleur en CSV séparé par des points-virgules « ; », encodé en UTF-8 ou en Latin-1 ;
              formes reconnues :{' '}
              {importShapes
                .filter((s) => s !== 'template')
                .map((s) => importShapeLabels[s])
                .join(' ; ')}
              ;
            </li>
            <li>le modèle xlsx de Copil (ci-dessous).</li>
          </ul>
          <p>
            Chaque ligne est vérifiée ; une erreur est rapportée avec sa ligne, sa colonne et sa raison. Les logements
            sont mis à jour par identifiant (IDENT_REP, sinon IDENT_INT) ; ceux absents du fichier sont signalés, jamais
            supprimés. Le premier import remplace le patrimoine de démonstration.
          </p>
          <p>
            <a href="/api/stock-imports/template.xlsx" download>
              Télécharger le modèle d'import (xlsx, avec la notice des colonnes)
            </a>
          </p>
          <form onSubmit={submit} aria-labelledby="titre-importer" noValidate>
            <Field
              label="Fichier à importer"
              hint="CSV (.csv, .txt) ou xlsx, 100 Mo au plus"
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              error={fileError ?? run.error?.fieldMessage('file')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <fieldset className="radio-group">
              <legend>Si le fichier contient des erreurs</legend>
              {(Object.keys(modeLabels) as ImportMode[]).map((m) => (
                <label key={m}>
                  <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
                  {modeLabels[m]}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button-primary" disabled={run.busy}>
              {run.busy ? 'Import en cours…' : 'Importer le fichier'}
            </button>
          </form>
        </section>
      ) : stock ? (
        <p>
          Seuls les agents de l'office et l'administrateur importent le patrimoine ; vous pouvez consulter les imports.
        </p>
      ) : null}

      {run.busy ? <ImportProgress run={run} /> : null}
      {!run.busy && finished ? (
        <ImportReport
          view={run.result}
          error={run.error}
          busy={run.busy}
          onImportValidRows={run.file ? () => void start(run.file!, 'valid_rows_only') : null}
        />
      ) : null}

      <section aria-labelledby="titre-historique" className="panel">
        <h2 id="titre-historique">Imports précédents</h2>
        <ErrorMessage error={history.error} />
        {history.loading && !history.data ? <Loading /> : null}
        {history.data ? <ImportHistory imports={history.data} /> : null}
      </section>
    </>
  );
}
